package io.github.vncustoms.monitoring.incident;

import io.github.vncustoms.core.access.AccessPolicy;
import io.github.vncustoms.core.access.Account;
import io.github.vncustoms.core.audit.AuditEvent;
import io.github.vncustoms.core.audit.AuditJournal;
import io.github.vncustoms.core.error.AccessDeniedException;
import io.github.vncustoms.core.error.InvalidStateException;
import io.github.vncustoms.core.error.NotFoundException;
import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.paging.Page;
import io.github.vncustoms.core.paging.PageRequest;
import io.github.vncustoms.monitoring.incident.spi.IncidentSink;
import io.github.vncustoms.monitoring.internal.Fields;
import io.github.vncustoms.monitoring.internal.incident.IncidentTexts;
import io.github.vncustoms.monitoring.internal.incident.StripedLocks;
import io.github.vncustoms.monitoring.reconcile.Discrepancy;
import io.github.vncustoms.monitoring.reconcile.DiscrepancyKind;
import io.github.vncustoms.monitoring.reconcile.ReconciliationListener;
import io.github.vncustoms.monitoring.reconcile.RunSummary;
import io.github.vncustoms.monitoring.transfer.ExportRun;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Raises, updates and resolves incidents from what reconciliation finds (MON-T-04), each routed to
 * the unit responsible for the system (MON-T-07, QĐ 3035 Art. 4.3 and Art. 13), and answers the
 * people who look them up, within their scope.
 *
 * <pre>{@code
 * IncidentDesk desk = IncidentDesk.builder(IncidentRouting.qd3035(units, "TCHQ-CNTT", "TCHQ-TXNK", "TCHQ-DTCBL"))
 *         .sink(mySink)             // default: an InMemoryIncidentSink
 *         .clock(clock)
 *         .journal(journal)         // optional: every state change is journaled
 *         .policy(policy)           // who sees what; default: AccessPolicy over the routing's directory
 *         .build();
 * reconciler.listener(desk);        // the desk is a ReconciliationListener
 * Page<Incident> mine = desk.incidents(caller, IncidentQuery.builder().states(IncidentState.OPEN).build(),
 *         PageRequest.first(50));
 * }</pre>
 *
 * <h2>The life of an incident</h2>
 * <ul>
 *   <li><b>Opened</b> by a {@link #discrepancy(Discrepancy) discrepancy} whose problem
 *       ({@link Discrepancy#problemKey()}: kind, system, sending and receiving unit) has no open
 *       incident, for the unit the {@link IncidentRouting} names for the system.</li>
 *   <li><b>Updated</b>, not opened again, by a discrepancy of a problem that has an open incident:
 *       one more occurrence, the latest discrepancy, a new update time.</li>
 *   <li><b>Resolved when the discrepancy is resolved</b>: a run reconciled on a flow shows what works
 *       again ({@link #runReconciled(RunSummary)}). A clean run (no discrepancy) on the flow
 *       ({@code system}, {@code fromUnit}, {@code toUnit}) resolves every open incident of that flow,
 *       of every kind. Any run on the flow, clean or not, resolves its open
 *       {@link DiscrepancyKind#EXPECTED_RUN_MISSING}: the run happened. A run resolves only the
 *       incidents whose latest discrepancy is not after the run's export time: a run older than the
 *       problem proves nothing about it, even if it is settled later. A person may also
 *       {@link #resolve(Account, String, String) resolve} an incident by hand, with a note.</li>
 * </ul>
 * A resolved incident stays resolved; the next occurrence of its problem opens a new incident.
 *
 * <h2>Who sees what</h2>
 * A caller sees an incident when its {@link AccessPolicy} lets it see the unit at either end of the
 * flow (where the problem shows: the sender or the receiver) or the responsible unit. So by default a
 * branch sees the incidents of its own flows, a department those of its flows and its branches',
 * headquarters all of them, and a responsible department those routed to it (if the policy gives it
 * its own unit only). Look-ups never return an incident out of scope; asking for one by id is an
 * {@link AccessDeniedException}, journaled by the policy's denial listener.
 *
 * <h2>Journal</h2>
 * With a journal, every state change is appended as an {@link AuditEvent}: action
 * {@code incident.opened}, {@code incident.updated} or {@code incident.resolved}; object type
 * {@code incident}, the incident's id and its responsible unit; details {@code kind}, {@code system},
 * {@code flow} ({@code fromUnit->toUnit}), {@code requirement}, {@code problemKey},
 * {@code occurrences}, {@code state}, and the run, file and resolution where there are. Changes the
 * desk makes by itself name the {@linkplain Builder#systemActor(String) system actor} at the
 * responsible unit; a manual resolution names the account. The change is kept in the sink first,
 * then journaled; if the journal fails, the exception reaches the caller and the change stands.
 *
 * <p>Immutable and thread-safe: the reconciler and people may call it concurrently. Opening or
 * updating, and resolving, are atomic per problem key within one desk, so one open problem never
 * has two incidents; a sink shared by several desks must refuse a second open incident itself
 * ({@link IncidentSink#opened(Incident)}).
 */
public final class IncidentDesk implements ReconciliationListener {
    /** The actor named for the changes the desk makes by itself, unless the builder sets another. */
    public static final String DEFAULT_SYSTEM_ACTOR = "vncustoms-incident-desk";

    private final IncidentRouting routing;
    private final IncidentSink sink;
    private final Clock clock;
    private final AuditJournal journal;
    private final AccessPolicy policy;
    private final String systemActor;
    private final String origin;
    private final Locale locale;
    private final StripedLocks locks = new StripedLocks(64);

    private IncidentDesk(Builder b) {
        this.routing = b.routing;
        this.sink = b.sink == null ? InMemoryIncidentSink.create() : b.sink;
        this.clock = b.clock;
        this.journal = b.journal;
        this.policy = b.policy == null ? AccessPolicy.builder(b.routing.directory()).build() : b.policy;
        this.systemActor = b.systemActor;
        this.origin = b.origin;
        this.locale = b.locale;
    }

    /**
     * Starts a desk that routes incidents with the given routing.
     *
     * @param routing which unit answers for each system
     * @return a builder
     */
    public static Builder builder(IncidentRouting routing) {
        return new Builder(routing);
    }

    /**
     * Returns a builder holding this desk's settings, to make a variant; the variant shares the sink.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(routing).sink(sink).clock(clock).policy(policy).systemActor(systemActor)
                .origin(origin).locale(locale);
        b.journal = journal;
        return b;
    }

    /**
     * Returns the routing incidents follow.
     *
     * @return the routing
     */
    public IncidentRouting routing() {
        return routing;
    }

    /**
     * Raises an incident for a discrepancy; the same as {@link #raise(Discrepancy)}.
     *
     * @param discrepancy the discrepancy
     * @throws ValidationException if no unit is responsible for the discrepancy's system
     */
    @Override
    public void discrepancy(Discrepancy discrepancy) {
        raise(discrepancy);
    }

    /**
     * Opens an incident for a discrepancy, or, if its problem already has an open incident, counts
     * one more occurrence of that incident.
     *
     * @param discrepancy the discrepancy
     * @return the incident opened or updated
     * @throws ValidationException if no unit is responsible for the discrepancy's system; the message
     *     names the system and the routed systems
     */
    public Incident raise(Discrepancy discrepancy) {
        Objects.requireNonNull(discrepancy, "discrepancy");
        String unit = routing.responsibleUnit(discrepancy.system());
        String key = discrepancy.problemKey();
        ReentrantLock lock = locks.lockFor(key);
        lock.lock();
        try {
            Optional<Incident> open = sink.findOpen(key);
            if (open.isPresent()) {
                Incident updated = open.get().withRepeat(discrepancy, clock.instant());
                sink.updated(updated);
                journal("incident.updated", updated, systemActor, updated.responsibleUnit());
                return updated;
            }
            Incident opened = Incident.open(newId(), unit, discrepancy, clock.instant());
            sink.opened(opened);
            journal("incident.opened", opened, systemActor, opened.responsibleUnit());
            return opened;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Resolves the incidents a settled run shows resolved; the same as {@link #resolveByRun(RunSummary)}.
     *
     * @param summary the run's figures
     */
    @Override
    public void runReconciled(RunSummary summary) {
        resolveByRun(summary);
    }

    /**
     * Resolves the incidents a settled run shows resolved: on the run's flow, every open incident if
     * the run is clean, else only an open {@link DiscrepancyKind#EXPECTED_RUN_MISSING}; in both cases
     * only incidents whose latest discrepancy is not after the run's export time.
     *
     * @param summary the run's figures
     * @return the incidents resolved, in {@link DiscrepancyKind} order; empty if none
     */
    public List<Incident> resolveByRun(RunSummary summary) {
        Objects.requireNonNull(summary, "summary");
        ExportRun run = summary.run();
        List<DiscrepancyKind> kinds = summary.clean() ? List.of(DiscrepancyKind.values())
                : List.of(DiscrepancyKind.EXPECTED_RUN_MISSING);
        String note = IncidentTexts.text(locale, summary.clean() ? "resolution.cleanRun" : "resolution.runHappened",
                run.runId(), IncidentTexts.time(locale, run.exportedAt()));
        List<Incident> resolved = new ArrayList<>();
        for (DiscrepancyKind kind : kinds) {
            String key = kind.name() + '|' + run.system() + '|' + run.fromUnit() + '|' + run.toUnit();
            ReentrantLock lock = locks.lockFor(key);
            lock.lock();
            try {
                Optional<Incident> open = sink.findOpen(key);
                if (open.isPresent() && !run.exportedAt().isBefore(open.get().latest().at())) {
                    Incident done = open.get().withResolution(clock.instant(), systemActor, note);
                    sink.resolved(done);
                    journal("incident.resolved", done, systemActor, done.responsibleUnit());
                    resolved.add(done);
                }
            } finally {
                lock.unlock();
            }
        }
        return List.copyOf(resolved);
    }

    /**
     * Resolves an incident by hand.
     *
     * @param actor the account resolving it; it must see the incident
     * @param incidentId the incident's id
     * @param note why it is resolved, e.g. what was done; not blank
     * @return the resolved incident
     * @throws NotFoundException if no incident has that id
     * @throws AccessDeniedException if the actor may not see the incident
     * @throws ValidationException if the note is blank or longer than 2,000 characters
     * @throws InvalidStateException if the incident is already resolved
     */
    public Incident resolve(Account actor, String incidentId, String note) {
        Objects.requireNonNull(actor, "actor");
        Incident current = lookUp(incidentId);
        requireVisible(actor, current, "resolve incident " + current.id());
        String text = Fields.text(Fields.require(note, "note"), "note");
        ReentrantLock lock = locks.lockFor(current.problemKey());
        lock.lock();
        try {
            Incident latest = lookUp(current.id());
            if (!latest.isOpen()) {
                throw new InvalidStateException("Incident " + latest.id() + " was already resolved at "
                        + latest.resolvedAt() + " by " + latest.resolvedBy()
                        + ": expected an OPEN incident; a new occurrence of the problem opens a new incident");
            }
            Incident done = latest.withResolution(clock.instant(), actor.id(), text);
            sink.resolved(done);
            journal("incident.resolved", done, actor.id(), actor.unitCode());
            return done;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Returns one incident, if the caller may see it.
     *
     * @param caller the account asking
     * @param incidentId the incident's id
     * @return the incident
     * @throws NotFoundException if no incident has that id
     * @throws AccessDeniedException if the caller may not see it
     */
    public Incident incident(Account caller, String incidentId) {
        Objects.requireNonNull(caller, "caller");
        Incident incident = lookUp(incidentId);
        requireVisible(caller, incident, "see incident " + incident.id());
        return incident;
    }

    /**
     * Returns one page of the incidents that match a query, among those the caller may see, ordered
     * by opening time then id. An inactive account sees none.
     *
     * @param caller the account asking
     * @param query the conditions
     * @param page the slice wanted
     * @return the page, with the total number of matches the caller may see
     */
    public Page<Incident> incidents(Account caller, IncidentQuery query, PageRequest page) {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(page, "page");
        return sink.find(query, new IncidentScope(policy.unitFilter(caller)), page);
    }

    private Incident lookUp(String incidentId) {
        String id = Fields.require(incidentId, "incidentId");
        return sink.get(id).orElseThrow(() -> new NotFoundException("No incident has id " + id
                + ": expected the id of an incident the desk opened"));
    }

    private void requireVisible(Account caller, Incident incident, String action) {
        if (new IncidentScope(policy.unitFilter(caller)).test(incident)) {
            return;
        }
        // Let the policy refuse, so that the refusal reaches its denial listener (ACC-04).
        policy.requireVisible(caller, incident.responsibleUnit(), action);
        throw new AccessDeniedException("Account " + caller.id() + " may not " + action + ": it sees neither "
                + incident.fromUnit() + ", " + incident.toUnit() + " nor " + incident.responsibleUnit()
                + "; expected an account whose scope includes a unit of the flow or the responsible unit");
    }

    private String newId() {
        return "INC-" + UUID.randomUUID();
    }

    private void journal(String action, Incident incident, String actorId, String actorUnit) {
        if (journal == null) {
            return;
        }
        AuditEvent.Builder event = AuditEvent.builder()
                .actor(actorId, actorUnit)
                .action(action)
                .object("incident", incident.id(), incident.responsibleUnit())
                .origin(origin)
                .detail("kind", incident.kind().name())
                .detail("system", incident.system())
                .detail("flow", incident.fromUnit() + "->" + incident.toUnit())
                .detail("requirement", incident.requirement())
                .detail("problemKey", incident.problemKey())
                .detail("occurrences", Integer.toString(incident.occurrences()))
                .detail("state", incident.state().name());
        Discrepancy latest = incident.latest();
        if (!latest.runId().isEmpty()) {
            event.detail("runId", latest.runId());
        }
        if (!latest.fileName().isEmpty()) {
            event.detail("fileName", latest.fileName());
        }
        if (!incident.isOpen()) {
            event.detail("resolvedBy", incident.resolvedBy());
            event.detail("resolution", incident.resolution());
        }
        journal.append(event.build());
    }

    /** Collects the settings of an {@link IncidentDesk}; each setter checks its argument at once. Not thread-safe. */
    public static final class Builder {
        private final IncidentRouting routing;
        private IncidentSink sink;
        private Clock clock = Clock.systemUTC();
        private AuditJournal journal;
        private AccessPolicy policy;
        private String systemActor = DEFAULT_SYSTEM_ACTOR;
        private String origin = "local";
        private Locale locale = IncidentTexts.VIETNAMESE;

        private Builder(IncidentRouting routing) {
            this.routing = Objects.requireNonNull(routing, "routing");
        }

        /**
         * Sets where incidents are kept and passed on.
         *
         * @param sink the sink; default a new {@link InMemoryIncidentSink}
         * @return this builder
         */
        public Builder sink(IncidentSink sink) {
            this.sink = Objects.requireNonNull(sink, "sink");
            return this;
        }

        /**
         * Sets the clock that stamps opening, update and resolution times.
         *
         * @param clock the clock; default {@link Clock#systemUTC()}
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Sets the journal every state change is appended to; without one nothing is journaled.
         *
         * @param journal the journal
         * @return this builder
         */
        public Builder journal(AuditJournal journal) {
            this.journal = Objects.requireNonNull(journal, "journal");
            return this;
        }

        /**
         * Sets the policy that scopes look-ups and manual resolutions.
         *
         * @param policy the policy; default {@code AccessPolicy.builder(routing.directory()).build()}
         * @return this builder
         * @throws ValidationException if a unit the routing names is not in the policy's directory
         */
        public Builder policy(AccessPolicy policy) {
            Objects.requireNonNull(policy, "policy");
            List<String> units = new ArrayList<>(routing.routes().values());
            if (!routing.defaultUnit().isEmpty()) {
                units.add(routing.defaultUnit());
            }
            List<String> unknown = units.stream().distinct().filter(u -> policy.directory().find(u).isEmpty()).sorted().toList();
            if (!unknown.isEmpty()) {
                throw new ValidationException("policy", "The access policy's directory (" + policy.directory().era().id()
                        + ") lacks the responsible unit(s) " + unknown
                        + " of the routing: expected a policy over the directory the routing was built on");
            }
            this.policy = policy;
            return this;
        }

        /**
         * Sets the actor named in the journal for the changes the desk makes by itself (opening,
         * updating, resolving by a run); its unit is the incident's responsible unit.
         *
         * @param actorId e.g. the monitoring service's name; default {@value IncidentDesk#DEFAULT_SYSTEM_ACTOR}
         * @return this builder
         * @throws ValidationException if blank or longer than 100 characters
         */
        public Builder systemActor(String actorId) {
            this.systemActor = Fields.id(actorId, "systemActor");
            return this;
        }

        /**
         * Sets the origin journaled with every change.
         *
         * @param origin e.g. the application server's host name; default {@code "local"}
         * @return this builder
         * @throws ValidationException if blank or longer than 100 characters
         */
        public Builder origin(String origin) {
            this.origin = Fields.id(origin, "origin");
            return this;
        }

        /**
         * Sets the language of the resolution notes the desk writes itself.
         *
         * @param locale English for an English locale, Vietnamese for any other; default Vietnamese
         * @return this builder
         */
        public Builder locale(Locale locale) {
            this.locale = IncidentTexts.language(Objects.requireNonNull(locale, "locale"));
            return this;
        }

        /**
         * Builds the desk.
         *
         * @return an immutable, thread-safe desk
         */
        public IncidentDesk build() {
            return new IncidentDesk(this);
        }
    }
}
