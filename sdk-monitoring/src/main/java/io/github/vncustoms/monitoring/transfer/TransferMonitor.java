package io.github.vncustoms.monitoring.transfer;

import io.github.vncustoms.core.access.AccessPolicy;
import io.github.vncustoms.core.access.Account;
import io.github.vncustoms.core.access.AccountState;
import io.github.vncustoms.core.access.UnitFilter;
import io.github.vncustoms.core.error.AccessDeniedException;
import io.github.vncustoms.core.error.NotFoundException;
import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.org.UnitDirectory;
import io.github.vncustoms.core.paging.Page;
import io.github.vncustoms.core.paging.PageRequest;
import io.github.vncustoms.monitoring.internal.transfer.EventLabels;
import io.github.vncustoms.monitoring.transfer.spi.TransferLedger;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Records transfer events as they happen and answers history look-ups within each caller's scope
 * (MON-T-01..03, MON-T-05, MON-T-06).
 *
 * <pre>{@code
 * UnitDirectory units = UnitDirectories.sample();
 * AccessPolicy policy = AccessPolicy.builder(units).denialListener(journal::recordDenial).build();
 * TransferMonitor monitor = TransferMonitor.builder(units, policy).build();
 *
 * monitor.record(ExportRun.of("01AB-0930", "SLXNK", "01AB", "HQ01", exportedAt,
 *         List.of(ExportedFile.automatic("TK_01AB_0001.xml", 48_213))));
 * Page<RecordedTransfer> page = monitor.history(caller,
 *         TransferQuery.builder().systems("SLXNK").build(), PageRequest.first(50));
 * }</pre>
 *
 * <p>Every event is checked against the {@link TransferMatrix} and the unit directory before it is
 * stored: an unknown unit, a flow sideways or between unrelated units, or a flow or operation the
 * regulation does not have (risk data sent bottom-up, risk data applied at a department) is a
 * {@link ValidationException} and nothing is recorded. A caller sees a recorded event when its
 * access policy reaches the unit where the operation happened and the matrix lets the caller's
 * level monitor that operation on that flow (Art. 7–11); out-of-scope records are never returned.
 *
 * <p>Immutable and thread-safe: any number of threads may record and look up at once; each event
 * gets exactly one sequence number from the ledger.
 */
public final class TransferMonitor {
    private static final System.Logger LOG = System.getLogger(TransferMonitor.class.getName());

    private final UnitDirectory directory;
    private final AccessPolicy policy;
    private final TransferMatrix matrix;
    private final TransferLedger ledger;
    private final Clock clock;
    private final TransferListener listener;

    private TransferMonitor(Builder b) {
        this.directory = b.directory;
        this.policy = b.policy;
        this.matrix = b.matrix;
        this.ledger = b.ledger != null ? b.ledger : new InMemoryTransferLedger();
        this.clock = b.clock;
        this.listener = b.listener;
    }

    /**
     * Starts a monitor over a unit directory and the access policy that scopes its look-ups.
     *
     * @param directory the units events may name
     * @param policy the access policy; it must follow the same directory
     * @return a builder
     * @throws NullPointerException if an argument is {@code null}
     * @throws ValidationException if the policy follows another directory
     */
    public static Builder builder(UnitDirectory directory, AccessPolicy policy) {
        return new Builder(directory, policy);
    }

    /**
     * Validates an event's flow and records it (MON-T-01).
     *
     * @param event the event
     * @return the recorded event, with its sequence number, recording time and levels
     * @throws NullPointerException if the event is {@code null}
     * @throws ValidationException if a unit is unknown, the flow goes sideways or between unrelated
     *     units, or the regulation has no such flow or operation; nothing is recorded then
     */
    public RecordedTransfer record(TransferEvent event) {
        Objects.requireNonNull(event, "event");
        TransferRule rule = matrix.resolve(event, directory);
        RecordedTransfer recorded = ledger.append(event, rule.fromLevel(), rule.toLevel(), clock.instant());
        notifyListener(recorded);
        return recorded;
    }

    /**
     * Validates every event, then records them all in list order, or none: if one event is bad,
     * every bad event is reported at once and nothing is recorded.
     *
     * @param events the events
     * @return the recorded events, in list order
     * @throws NullPointerException if the list is {@code null}
     * @throws ValidationException naming, in {@link ValidationException#problems()}, the index of
     *     each missing or invalid event and what is wrong with it
     */
    public List<RecordedTransfer> recordAll(List<? extends TransferEvent> events) {
        Objects.requireNonNull(events, "events");
        List<TransferEvent> accepted = new ArrayList<>(events.size());
        List<TransferRule> rules = new ArrayList<>(events.size());
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            TransferEvent event = events.get(i);
            if (event == null) {
                problems.add("event " + i + " is missing: expected a transfer event");
                continue;
            }
            try {
                rules.add(matrix.resolve(event, directory));
                accepted.add(event);
            } catch (ValidationException e) {
                problems.add("event " + i + " (" + EventLabels.of(event) + "): " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException("events", problems.size() + " of " + events.size()
                    + " transfer events are invalid, so none was recorded: " + String.join("; ", problems),
                    problems, null);
        }
        List<RecordedTransfer> recorded = new ArrayList<>(accepted.size());
        for (int i = 0; i < accepted.size(); i++) {
            TransferRule rule = rules.get(i);
            recorded.add(ledger.append(accepted.get(i), rule.fromLevel(), rule.toLevel(), clock.instant()));
        }
        recorded.forEach(this::notifyListener);
        return List.copyOf(recorded);
    }

    /**
     * Returns what a caller may see of the ledger (MON-T-05): the units its access policy reaches,
     * and the matrix rows that list the level of its unit among the levels that monitor them.
     *
     * @param caller the account asking
     * @return the scope; an inactive account's scope lets nothing through
     * @throws NullPointerException if the caller is {@code null}
     * @throws NotFoundException if an active caller's unit is not in the directory
     */
    public TransferScope scopeOf(Account caller) {
        Objects.requireNonNull(caller, "caller");
        if (caller.state() != AccountState.ACTIVE) {
            return new TransferScope(UnitFilter.none(), List.of());
        }
        UnitFilter units = policy.unitFilter(caller);
        int level = directory.get(caller.unitCode()).level();
        return new TransferScope(units, matrix.rules().stream().filter(r -> r.monitoredBy().contains(level)).toList());
    }

    /**
     * Looks up the history of monitored operations (MON-T-06), ordered by occurrence then sequence.
     * Units the query names must all be visible to the caller; records outside the caller's scope
     * are left out.
     *
     * @param caller the account asking
     * @param query the conditions
     * @param page the slice wanted
     * @return the page, with the total number of visible matches
     * @throws NullPointerException if an argument is {@code null}
     * @throws AccessDeniedException if the query names a unit the caller may not see; the refusal is
     *     first passed to the policy's denial listener
     * @throws NotFoundException if the query names a unit that is not in the directory
     */
    public Page<RecordedTransfer> history(Account caller, TransferQuery query, PageRequest page) {
        Objects.requireNonNull(page, "page");
        return ledger.find(query, checkedScope(caller, query), page);
    }

    /**
     * Passes every visible record that matches a query to a consumer, in the order of
     * {@link #history}, for reports over a period (MON-T-06).
     *
     * @param caller the account asking
     * @param query the conditions
     * @param sink receives each visible record, on the calling thread
     * @throws NullPointerException if an argument is {@code null}
     * @throws AccessDeniedException if the query names a unit the caller may not see; the refusal is
     *     first passed to the policy's denial listener
     * @throws NotFoundException if the query names a unit that is not in the directory
     */
    public void scan(Account caller, TransferQuery query, Consumer<? super RecordedTransfer> sink) {
        Objects.requireNonNull(sink, "sink");
        ledger.scan(query, checkedScope(caller, query), sink);
    }

    /**
     * Returns one recorded event by its sequence number, if the caller may see it.
     *
     * @param caller the account asking
     * @param sequence the sequence number
     * @return the record
     * @throws NullPointerException if the caller is {@code null}
     * @throws NotFoundException if no record has that number
     * @throws AccessDeniedException if the caller's policy does not reach the unit where the
     *     operation happened, or the caller's level may not monitor that operation on that flow (the
     *     message names the article and the level); either refusal reaches the policy's denial
     *     listener first
     */
    public RecordedTransfer get(Account caller, long sequence) {
        Objects.requireNonNull(caller, "caller");
        RecordedTransfer recorded = ledger.get(sequence).orElseThrow(() -> new NotFoundException("No transfer event has"
                + " sequence number " + sequence + ": expected a number the ledger gave, from 1 (it holds "
                + ledger.size() + " events)"));
        TransferEvent e = recorded.event();
        String action = "read transfer event " + sequence + " (" + EventLabels.of(e) + ")";
        policy.requireVisible(caller, e.unitCode(), action);
        int level = directory.get(caller.unitCode()).level();
        Optional<TransferRule> rule = matrix.rule(e.system(), recorded.fromLevel(), recorded.toLevel(), e.operation());
        if (rule.isEmpty()) {
            policy.deny(caller, e.unitCode(), action, "unit " + caller.unitCode() + " is at level " + level + ", and "
                    + e.system() + " " + e.operation() + " from level " + recorded.fromLevel()
                    + " to level " + recorded.toLevel() + " is not a flow of the transfer matrix in force"
                    + "; expected a flow the matrix lets the caller's level monitor");
        }
        if (!rule.get().monitoredBy().contains(level)) {
            policy.deny(caller, e.unitCode(), action, "unit " + caller.unitCode() + " is at level " + level + ", and under "
                    + rule.get().basis() + ", " + e.system() + " " + e.operation()
                    + " from level " + recorded.fromLevel() + " to level " + recorded.toLevel()
                    + " is monitored only by level(s) " + rule.get().monitoredBy()
                    + "; expected an account at one of those levels");
        }
        return recorded;
    }

    /**
     * Returns the matrix events are checked against.
     *
     * @return the matrix
     */
    public TransferMatrix matrix() {
        return matrix;
    }

    /**
     * Returns the ledger events are recorded in, for the SDK's own processing (reconciliation,
     * reports); callers' look-ups go through {@link #history} so that scope applies.
     *
     * @return the ledger
     */
    public TransferLedger ledger() {
        return ledger;
    }

    /**
     * Returns a builder holding this monitor's settings, the same ledger included, to make a variant.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder(directory, policy).matrix(matrix).ledger(ledger).clock(clock).listener(listener);
    }

    @Override
    public String toString() {
        return "TransferMonitor[" + matrix + ", " + ledger + "]";
    }

    private TransferScope checkedScope(Account caller, TransferQuery query) {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(query, "query");
        for (String unit : new TreeSet<>(query.units())) {
            policy.requireVisible(caller, unit, "look up the transfer history");
        }
        return scopeOf(caller);
    }

    private void notifyListener(RecordedTransfer recorded) {
        try {
            listener.recorded(recorded);
        } catch (RuntimeException e) {
            // The event is already in the ledger: throwing would make the caller think it was not
            // and report it again.
            LOG.log(System.Logger.Level.WARNING, "Transfer listener failed on event " + recorded.sequence()
                    + " (" + EventLabels.of(recorded.event()) + "); the event stays recorded", e);
        }
    }

    /** Collects the settings of a {@link TransferMonitor}; each setter checks its argument at once. Not thread-safe. */
    public static final class Builder {
        private final UnitDirectory directory;
        private final AccessPolicy policy;
        private TransferMatrix matrix = TransferMatrix.qd3035();
        private TransferLedger ledger;
        private Clock clock = Clock.systemUTC();
        private TransferListener listener = recorded -> { };

        private Builder(UnitDirectory directory, AccessPolicy policy) {
            this.directory = Objects.requireNonNull(directory, "directory");
            this.policy = Objects.requireNonNull(policy, "policy");
            if (!policy.directory().equals(directory)) {
                throw new ValidationException("policy", "The access policy follows another unit directory ("
                        + policy.directory().era().id() + ", " + policy.directory().size() + " units) than the monitor's ("
                        + directory.era().id() + ", " + directory.size() + " units)"
                        + ": expected the same directory, so that flows and scopes are decided on the same units");
            }
        }

        /**
         * Sets the monitoring matrix; default {@link TransferMatrix#qd3035()}.
         *
         * @param matrix the matrix
         * @return this builder
         * @throws NullPointerException if {@code null}
         */
        public Builder matrix(TransferMatrix matrix) {
            this.matrix = Objects.requireNonNull(matrix, "matrix");
            return this;
        }

        /**
         * Sets the ledger; default a new {@link InMemoryTransferLedger} per built monitor.
         *
         * @param ledger the ledger
         * @return this builder
         * @throws NullPointerException if {@code null}
         */
        public Builder ledger(TransferLedger ledger) {
            this.ledger = Objects.requireNonNull(ledger, "ledger");
            return this;
        }

        /**
         * Sets the clock that stamps recording times; default {@link Clock#systemUTC()}.
         *
         * @param clock the clock
         * @return this builder
         * @throws NullPointerException if {@code null}
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Sets who is told of each recorded event; default nobody.
         *
         * @param listener the listener, thread-safe
         * @return this builder
         * @throws NullPointerException if {@code null}
         */
        public Builder listener(TransferListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Builds the monitor.
         *
         * @return an immutable, thread-safe monitor
         */
        public TransferMonitor build() {
            return new TransferMonitor(this);
        }
    }
}
