package io.github.vncustoms.valuation.observation;

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
import io.github.vncustoms.valuation.approval.ApprovalState;
import io.github.vncustoms.valuation.approval.ApprovalTrail;
import io.github.vncustoms.valuation.approval.LeaderCompetence;
import io.github.vncustoms.valuation.approval.LeaderDecision;
import io.github.vncustoms.valuation.approval.Submission;
import io.github.vncustoms.valuation.approval.ValuationRoles;
import io.github.vncustoms.valuation.approval.Verdict;
import io.github.vncustoms.valuation.goods.Comparability;
import io.github.vncustoms.valuation.goods.GoodsDescriptor;
import io.github.vncustoms.valuation.internal.observation.StripedLocks;
import io.github.vncustoms.valuation.internal.observation.ValuationAccess;
import io.github.vncustoms.valuation.observation.spi.ValuationStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The customs valuation database (cơ sở dữ liệu trị giá hải quan; QĐ 2344 Art. 3, 6, 7, 9): where
 * officers enter price observations, propose the ones that need a leader's acceptance, where leaders
 * decide, and where every reader sees only what the access policy lets them (VAL-02, VAL-14..17,
 * VAL-20).
 *
 * <pre>{@code
 * ValuationDatabase db = ValuationDatabase.builder(InMemoryValuationStore.create(), policy)
 *         .clock(clock).journal(journal).origin("val-app-01").build();
 *
 * // customs' own result: entered at once (Art. 7.1.a.1)
 * PriceObservation declared = db.record(officer, PriceObservation.builder().goods(phone)
 *         .source(PriceSource.CUSTOMS_VALUATION_RESULT).unitPrice(Money.of("412.50", "USD"))
 *         .unit(UnitOfMeasure.PIECE).priceDate(day).determinedOn(day).reference("104512345678"));
 *
 * // an internet offer: a proposal (tờ trình), then a leader's "chấp nhận" (Art. 6.1.d)
 * PriceObservation offer = db.propose(officer, offerDraft, "Giá chào bán của đại lý chính hãng", List.of("in-trang-web.pdf"));
 * db.decide(leader, offer.id(), Verdict.ACCEPTED, "");
 *
 * List<PriceObservation> window = db.comparables(officer, phone, day.minusMonths(6), day);
 * }</pre>
 *
 * <h2>Entering</h2>
 * The database completes each draft: it stamps the entry time from its clock, the entering unit and
 * officer from the account, and an id from its generator unless the draft carries one. The draft is
 * completed in place. {@link #record} takes customs' own records, which need no approval
 * (declaration-file results, the risk list, compliance history); {@link #propose} takes the other
 * sources of Art. 2.4 and b.2.4–b.2.5, which are stored {@link ApprovalState#PENDING} and count only
 * once a competent leader accepted them ({@link LeaderCompetence}). A proposal not accepted stays on
 * record with its decision (VAL-14). Only ACTIVE accounts with {@link ValuationRoles#OFFICER} enter
 * and propose.
 *
 * <h2>Reading</h2>
 * Reading needs an ACTIVE account holding a valuation role ({@link ValuationRoles#OFFICER},
 * {@link ValuationRoles#LEADER} or {@link ValuationRoles#LIST_ISSUER}); an officer who left the
 * function is refused (VAL-20). Look-ups return only observations entered by units in the caller's
 * {@linkplain AccessPolicy#unitFilter scope}; asking for one outside it by id is refused.
 *
 * <h2>Journal</h2>
 * Every refusal reaches the policy's denial listener (ACC-04). With a journal, every change is
 * appended: action {@value #RECORDED}, {@value #PROPOSED} or {@value #DECIDED}; object type
 * {@value #OBJECT_TYPE}, the observation's id and entering unit; the account as actor; details naming
 * the source, the goods, the price and the state, and the reasoning or the verdict. The change is
 * stored first, then journaled; if the journal fails, the exception reaches the caller and the change
 * stands.
 *
 * <p>Immutable and thread-safe. Decisions on one observation are serialised within one database.
 */
public final class ValuationDatabase {
    /** The journal action of an observation entered without approval. */
    public static final String RECORDED = "valuation.observation.recorded";
    /** The journal action of an observation proposed to a leader. */
    public static final String PROPOSED = "valuation.observation.proposed";
    /** The journal action of a leader's decision on a proposal. */
    public static final String DECIDED = "valuation.observation.decided";
    /** The journal object type of price observations. */
    public static final String OBJECT_TYPE = "price-observation";

    private static final int MAX_DETAIL = 4000;

    private final ValuationStore store;
    private final AccessPolicy policy;
    private final Clock clock;
    private final AuditJournal journal;
    private final Supplier<String> ids;
    private final String origin;
    private final StripedLocks locks = new StripedLocks(64);

    private ValuationDatabase(Builder b) {
        this.store = b.store;
        this.policy = b.policy;
        this.clock = b.clock;
        this.journal = b.journal;
        this.ids = b.ids;
        this.origin = b.origin;
    }

    /**
     * Starts a database over a store and an access policy.
     *
     * @param store where observations are kept
     * @param policy who sees what; its denial listener journals refusals
     * @return a builder
     */
    public static Builder builder(ValuationStore store, AccessPolicy policy) {
        return new Builder(store, policy);
    }

    /**
     * Returns a builder holding this database's settings, to make a variant; the variant shares the store.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(store, policy).clock(clock).idGenerator(ids).origin(origin);
        b.journal = journal;
        return b;
    }

    /**
     * Enters an observation from a source that needs no approval: declaration-file results, the
     * risk list, compliance history (QĐ 2344 Art. 2.1–2.3, 7.1; VAL-02, VAL-18).
     *
     * @param officer the officer entering it
     * @param draft the observation without entry time, entering unit and officer (and, if wished,
     *     without id); completed in place
     * @return the stored observation
     * @throws AccessDeniedException if the account is not an ACTIVE {@link ValuationRoles#OFFICER}
     * @throws ValidationException if the source needs a leader's acceptance (use {@link #propose}) or
     *     the draft is otherwise invalid
     * @throws InvalidStateException if the draft's id is taken
     * @throws NotFoundException if the officer's unit is not in the policy's directory
     * @throws NullPointerException if a required part of the draft is missing
     */
    public PriceObservation record(Account officer, PriceObservation.Builder draft) {
        Objects.requireNonNull(draft, "draft");
        ValuationAccess.requireOfficer(policy, officer, "record a price observation");
        Instant now = clock.instant();
        ApprovalTrail none = ApprovalTrail.notRequired();
        stamp(draft, officer, now).approval(none);
        if (draft.source() != null && draft.source().needsApproval()) {
            throw new ValidationException("source", "Source " + draft.source() + " needs a proposal (tờ trình) and a leader's "
                    + "acceptance before it counts (QĐ 2344 Art. 6; VAL-15..17): expected propose(...) "
                    + "with the reasoning and evidence, not record(...)");
        }
        PriceObservation observation = build(draft);
        store.insert(observation);
        journal(officer, RECORDED, observation, describe(observation));
        return observation;
    }

    /**
     * Proposes an observation from a source that needs a leader's acceptance (tờ trình; QĐ 2344
     * Art. 6; VAL-15..17): world market and ministry prices, the press, internet offers, fraud
     * signals, domestic market surveys (with their survey sheet, VAL-16), foreign customs, exporters,
     * appraisal bodies. It is stored {@link ApprovalState#PENDING} and does not count until accepted.
     *
     * @param officer the proposing officer
     * @param draft the observation without entry time, entering unit, officer and approval (and, if
     *     wished, without id); completed in place
     * @param reasoning the reasoning and basis for the price (lập luận, cơ sở)
     * @param evidence the printed or copied finding, survey sheet or documents it rests on, at least one
     * @return the stored, pending observation
     * @throws AccessDeniedException if the account is not an ACTIVE {@link ValuationRoles#OFFICER}
     * @throws ValidationException if the source needs no approval (use {@link #record}), the
     *     reasoning is blank, no evidence is cited, or the draft is otherwise invalid
     * @throws InvalidStateException if the draft's id is taken
     * @throws NotFoundException if the officer's unit is not in the policy's directory
     * @throws NullPointerException if a required part of the draft is missing
     */
    public PriceObservation propose(Account officer, PriceObservation.Builder draft, String reasoning, List<String> evidence) {
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(reasoning, "reasoning");
        Objects.requireNonNull(evidence, "evidence");
        ValuationAccess.requireOfficer(policy, officer, "propose a price observation");
        Instant now = clock.instant();
        Submission submission = new Submission(officer.id(), officer.unitCode(), reasoning, evidence, now);
        ApprovalTrail pending = ApprovalTrail.pending(submission);
        stamp(draft, officer, now).approval(pending);
        if (draft.source() != null && !draft.source().needsApproval()) {
            throw new ValidationException("source", "Source " + draft.source() + " is customs' own record and needs no "
                    + "proposal (QĐ 2344 Art. 2.1–2.3, 7.1): expected record(...), not propose(...)");
        }
        PriceObservation observation = build(draft);
        store.insert(observation);
        Map<String, String> details = describe(observation);
        details.put("reasoning", clip(submission.reasoning()));
        details.put("evidence", clip(String.join("; ", submission.evidence())));
        if (observation.survey() != null) {
            details.put("surveyOfficers", String.join(", ", observation.survey().officers()));
            details.put("surveyAddress", clip(observation.survey().address()));
        }
        journal(officer, PROPOSED, observation, details);
        return observation;
    }

    /**
     * Records a leader's decision on a proposal: "chấp nhận" or "không chấp nhận" (QĐ 2344 Art. 6.1;
     * VAL-14, VAL-15). An accepted observation counts from then on; one not accepted stays on record
     * and never counts.
     *
     * @param leader the deciding leader: an ACTIVE {@link ValuationRoles#LEADER} of the proposer's
     *     unit or a unit above it, not the proposer
     * @param observationId the proposed observation's id
     * @param verdict accepted or not accepted
     * @param remark the leader's remark, may be empty
     * @return the decided observation
     * @throws NotFoundException if no observation has that id
     * @throws AccessDeniedException if the account may not read valuation data (VAL-20), or may not
     *     decide this proposal; the message lists every reason
     * @throws InvalidStateException if the observation needs no decision or was already decided
     */
    public PriceObservation decide(Account leader, String observationId, Verdict verdict, String remark) {
        Objects.requireNonNull(leader, "leader");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(remark, "remark");
        Objects.requireNonNull(observationId, "observationId");
        // Nobody outside the valuation function learns whether the id exists or what it is (VAL-20).
        ValuationAccess.requireReader(policy, leader, "decide on the proposal of price observation " + observationId.strip());
        PriceObservation current = lookUp(observationId);
        String action = "decide on the proposal of price observation " + current.id();
        Submission submission = current.approval().submission();
        if (submission == null) {
            requireVisible(leader, current, action);
            throw new InvalidStateException("Price observation " + current.id() + " comes from " + current.source()
                    + ", customs' own record, and takes no leader's decision: expected an observation with a pending proposal");
        }
        List<String> problems = LeaderCompetence.over(policy.directory()).problems(leader, submission);
        if (!problems.isEmpty()) {
            policy.deny(leader, ValuationAccess.refusalTarget(policy, current.enteringUnit(), leader), action,
                    String.join("; ", problems) + ": expected an ACTIVE " + ValuationRoles.LEADER
                            + " of the proposer's unit or a unit above it, other than the proposer (VAL-15)");
        }
        ReentrantLock lock = locks.lockFor(current.id());
        lock.lock();
        try {
            PriceObservation latest = lookUp(current.id());
            LeaderDecision earlier = latest.approval().decision();
            if (earlier != null) {
                throw new InvalidStateException("The proposal of price observation " + latest.id() + " was already decided ("
                        + earlier.verdict().vietnamese() + " by " + earlier.leaderId() + " at " + earlier.decidedAt()
                        + "): expected a PENDING proposal; a decision is final and stays on record (VAL-14)");
            }
            PriceObservation decided = latest.withDecision(
                    new LeaderDecision(leader.id(), leader.unitCode(), verdict, remark, clock.instant()));
            store.update(decided);
            LeaderDecision decision = decided.approval().decision();
            Map<String, String> details = new TreeMap<>();
            details.put("source", decided.source().name());
            details.put("hsCode", decided.goods().hsCode().formatted());
            details.put("goods", clip(decided.goods().describe()));
            details.put("verdict", decision.verdict().name());
            details.put("verdictText", decision.verdict().vietnamese());
            details.put("remark", clip(decision.remark()));
            details.put("proposer", submission.proposerId());
            details.put("proposerUnit", submission.proposerUnit());
            details.put("state", decided.approval().state().name());
            journal(leader, DECIDED, decided, details);
            return decided;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Returns one observation, if the caller may see it.
     *
     * @param caller the account asking
     * @param observationId the id
     * @return the observation, in whatever state
     * @throws AccessDeniedException if the account may not read valuation data (VAL-20) or the
     *     observation was entered outside its scope
     * @throws NotFoundException if no observation has that id
     */
    public PriceObservation get(Account caller, String observationId) {
        ValuationAccess.requireReader(policy, caller, "read price observation " + observationId);
        PriceObservation observation = lookUp(observationId);
        requireVisible(caller, observation, "read price observation " + observation.id());
        return observation;
    }

    /**
     * Returns one page of the observations that match a query, among those entered by units in the
     * caller's scope, ordered by entry time then id.
     *
     * @param caller the account asking
     * @param query the conditions
     * @param page the slice wanted
     * @return the page, with the total number of visible matches
     * @throws AccessDeniedException if the account may not read valuation data (VAL-20)
     */
    public Page<PriceObservation> search(Account caller, ObservationQuery query, PageRequest page) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(page, "page");
        ValuationAccess.requireReader(policy, caller, "search price observations");
        return store.find(query, policy.unitFilter(caller), page);
    }

    /**
     * Returns the counting observations of identical or similar goods priced within a window, for
     * the look-back rule (QĐ 2344 Art. 5.1.b.2.1–b.2.2; VAL-05): the same HS code, a
     * {@link GoodsDescriptor#compareWith comparison} other than {@link Comparability#DIFFERENT},
     * accepted or needing no approval, not doubtful, and entered by a unit in the caller's scope.
     * Pending and not-accepted proposals never appear.
     *
     * @param caller the account asking
     * @param goods the goods to compare with
     * @param from the first price date, inclusive
     * @param to the last price date, inclusive
     * @return the observations, ordered by entry time then id; {@code goods.compareWith(o.goods())}
     *     tells identical from similar
     * @throws AccessDeniedException if the account may not read valuation data (VAL-20)
     * @throws ValidationException if the window ends before it starts
     */
    public List<PriceObservation> comparables(Account caller, GoodsDescriptor goods, LocalDate from, LocalDate to) {
        Objects.requireNonNull(goods, "goods");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        ObservationQuery query = ObservationQuery.builder().hsCode(goods.hsCode()).countsOnly().priceDates(from, to).build();
        ValuationAccess.requireReader(policy, caller, "read comparable price observations");
        List<PriceObservation> found = new ArrayList<>();
        for (PriceObservation o : store.select(query, policy.unitFilter(caller))) {
            if (o.goods().hsCode().equals(goods.hsCode()) && goods.compareWith(o.goods()) != Comparability.DIFFERENT) {
                found.add(o);
            }
        }
        return List.copyOf(found);
    }

    private PriceObservation build(PriceObservation.Builder draft) {
        if (draft.id() == null) {
            draft.id(ids.get());
        }
        return draft.build();
    }

    private PriceObservation.Builder stamp(PriceObservation.Builder draft, Account officer, Instant now) {
        policy.directory().get(officer.unitCode());
        return draft.enteredAt(now).enteringUnit(officer.unitCode()).enteringOfficer(officer.id());
    }

    private PriceObservation lookUp(String observationId) {
        Objects.requireNonNull(observationId, "observationId");
        String id = observationId.strip();
        return store.find(id).orElseThrow(() -> new NotFoundException("No price observation has id " + id
                + ": expected the id of an observation entered or proposed in the valuation database"));
    }

    private void requireVisible(Account caller, PriceObservation observation, String action) {
        if (policy.unitFilter(caller).test(observation.enteringUnit())) {
            return;
        }
        if (policy.directory().find(observation.enteringUnit()).isPresent()) {
            policy.requireVisible(caller, observation.enteringUnit(), action);
        }
        policy.deny(caller, ValuationAccess.refusalTarget(policy, observation.enteringUnit(), caller), action,
                "the observation was entered by unit " + observation.enteringUnit() + ", outside the account's scope"
                        + ": expected an account whose scope includes the entering unit");
    }

    private static Map<String, String> describe(PriceObservation o) {
        Map<String, String> details = new TreeMap<>();
        details.put("source", o.source().name());
        details.put("sourceGroup", o.source().group().name());
        details.put("hsCode", o.goods().hsCode().formatted());
        details.put("goods", clip(o.goods().describe()));
        details.put("unitPrice", o.unitPrice().toString());
        details.put("unit", o.unit().code());
        details.put("commercialLevel", o.commercialLevel().name());
        details.put("priceDate", o.priceDate().toString());
        details.put("determinedOn", o.determinedOn().toString());
        details.put("suspicious", Boolean.toString(o.suspicious()));
        details.put("state", o.approval().state().name());
        if (!o.reference().isEmpty()) {
            details.put("reference", clip(o.reference()));
        }
        return details;
    }

    private void journal(Account actor, String action, PriceObservation o, Map<String, String> details) {
        if (journal == null) {
            return;
        }
        journal.append(AuditEvent.builder()
                .actor(actor)
                .action(action)
                .object(OBJECT_TYPE, o.id(), o.enteringUnit())
                .origin(origin)
                .details(details)
                .build());
    }

    private static String clip(String text) {
        if (text.length() <= MAX_DETAIL) {
            return text;
        }
        int end = MAX_DETAIL - 1;
        return text.substring(0, Character.isHighSurrogate(text.charAt(end - 1)) ? end - 1 : end) + "…";
    }

    /** Collects the settings of a {@link ValuationDatabase}; each setter checks its argument at once. Not thread-safe. */
    public static final class Builder {
        private final ValuationStore store;
        private final AccessPolicy policy;
        private Clock clock = Clock.systemUTC();
        private AuditJournal journal;
        private Supplier<String> ids = () -> "OBS-" + UUID.randomUUID();
        private String origin = "local";

        private Builder(ValuationStore store, AccessPolicy policy) {
            this.store = Objects.requireNonNull(store, "store");
            this.policy = Objects.requireNonNull(policy, "policy");
        }

        /**
         * Sets the clock that stamps entries, proposals and decisions.
         *
         * @param value the clock; default {@link Clock#systemUTC()}
         * @return this builder
         */
        public Builder clock(Clock value) {
            clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * Sets the journal every change is appended to; without one nothing is journaled but refusals,
         * which go to the policy's denial listener.
         *
         * @param value the journal
         * @return this builder
         */
        public Builder journal(AuditJournal value) {
            journal = Objects.requireNonNull(value, "journal");
            return this;
        }

        /**
         * Sets where the ids of drafts without one come from.
         *
         * @param value the generator, called concurrently, so thread-safe; each id 1–64 letters, digits,
         *     {@code . _ - /}, never one given before; default {@code "OBS-"} followed by a random UUID
         * @return this builder
         */
        public Builder idGenerator(Supplier<String> value) {
            ids = Objects.requireNonNull(value, "idGenerator");
            return this;
        }

        /**
         * Sets the origin journaled with every change.
         *
         * @param value e.g. the application server's host name; default {@code "local"}
         * @return this builder
         * @throws ValidationException if blank or longer than 100 characters
         */
        public Builder origin(String value) {
            String o = Objects.requireNonNull(value, "origin").strip();
            if (o.isEmpty() || o.length() > 100) {
                throw new ValidationException("origin", "Origin '" + o + "' is blank or too long: expected 1–100 characters, "
                        + "e.g. the application server's host name");
            }
            origin = o;
            return this;
        }

        /**
         * Builds the database.
         *
         * @return an immutable, thread-safe database
         */
        public ValuationDatabase build() {
            return new ValuationDatabase(this);
        }
    }
}
