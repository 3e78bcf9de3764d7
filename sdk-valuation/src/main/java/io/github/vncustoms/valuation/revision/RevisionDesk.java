package io.github.vncustoms.valuation.revision;

import io.github.vncustoms.core.access.AccessPolicy;
import io.github.vncustoms.core.access.Account;
import io.github.vncustoms.core.access.UnitFilter;
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
import io.github.vncustoms.valuation.internal.risklist.Checks;
import io.github.vncustoms.valuation.reference.SourceCitation;
import io.github.vncustoms.valuation.revision.spi.RevisionStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Takes revision proposals of the valuation-risk list through the approval workflow and keeps every
 * record (QĐ 2344 Art. 5.4, 5.5; VAL-13, VAL-14): an officer reports a
 * {@link RevisionMonitor} finding on form 02/DMBX/2015 or 03/DMSĐ/2015 with the documents it rests on
 * ("báo cáo, đề xuất ... kèm theo chứng từ, tài liệu"); a competent leader accepts it or not.
 *
 * <pre>{@code
 * RevisionDesk desk = RevisionDesk.builder(InMemoryRevisionStore.create(), policy).clock(clock).journal(journal).build();
 * RevisionRecord r = desk.submit(officer, finding, "Giá nhập khẩu giảm trên 10%", List.of("Tờ khai 104512345678"));
 * desk.decide(leader, r.id(), Verdict.ACCEPTED, "Chuyển Cục Thuế XNK tổng hợp");
 * }</pre>
 *
 * <p>This is a desk of its own rather than {@link io.github.vncustoms.valuation.proposal.ProposalDesk}
 * because it is the step before: a unit's report that the list needs revising, which may carry no
 * price yet (an addition without evidence) and which the Import-Export Tax Department then analyses
 * into a reference-price proposal (Art. 5.4.a.2, b.2, c.2); that proposal cites the accepted revision
 * record among its documents and goes through {@code ProposalDesk} before HQ issues it. Both desks use
 * the same approval records ({@link Submission}, {@link LeaderDecision}, {@link LeaderCompetence}).
 *
 * <ul>
 *   <li><b>Submit</b>: an active {@link ValuationRoles#OFFICER}; the report cites the documents given
 *       and every source of the evidence, at least one; a second pending record of the same kind for
 *       the same goods is refused.</li>
 *   <li><b>Decide</b>: a competent leader (active {@link ValuationRoles#LEADER} of the proposer's unit
 *       or above, not the proposer), once; anyone else is refused through the policy (journaled).</li>
 *   <li><b>Read</b>: scoped by the policy on the proposer's unit.</li>
 * </ul>
 *
 * <p>With a journal, actions {@code valuation.revision.submitted} and {@code valuation.revision.decided},
 * object type {@value #OBJECT_TYPE}, the record's id and the proposer's unit; details {@code kind},
 * {@code form}, {@code hsCode}, {@code goods}, {@code itemId}, {@code currentPrice},
 * {@code proposedPrice}, {@code changePercent}, {@code criterion}, {@code evidence}, {@code state}, and
 * {@code verdict}, {@code remark} for a decision.
 *
 * <p>Immutable and thread-safe.
 */
public final class RevisionDesk {
    /** The object type revision records are journaled under. */
    public static final String OBJECT_TYPE = "RISK_LIST_REVISION";

    private final RevisionStore store;
    private final AccessPolicy policy;
    private final LeaderCompetence competence;
    private final Clock clock;
    private final AuditJournal journal;
    private final Supplier<String> ids;
    private final String origin;

    private RevisionDesk(Builder b) {
        this.store = b.store;
        this.policy = b.policy;
        this.competence = LeaderCompetence.over(b.policy.directory());
        this.clock = b.clock;
        this.journal = b.journal;
        this.ids = b.ids;
        this.origin = b.origin;
    }

    /**
     * Starts a desk over a store, scoped by a policy.
     *
     * @param store where records are kept
     * @param policy who sees what; its directory also says which leaders are competent
     * @return a builder
     */
    public static Builder builder(RevisionStore store, AccessPolicy policy) {
        return new Builder(store, policy);
    }

    /**
     * Returns a builder holding this desk's settings; the variant shares the store.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(store, policy).clock(clock).ids(ids).origin(origin);
        b.journal = journal;
        return b;
    }

    /**
     * Reports a revision proposal to the competent leader.
     *
     * @param officer the proposing officer
     * @param proposal the finding
     * @param reasoning the officer's reasoning, not blank
     * @param documents the documents attached (chứng từ, tài liệu); with the evidence's sources, at least one
     * @return the pending record
     * @throws AccessDeniedException if the account is not an active officer (journaled)
     * @throws ValidationException if the reasoning is blank or nothing is cited
     * @throws InvalidStateException if a record of the same kind for the same goods is pending
     */
    public RevisionRecord submit(Account officer, RevisionProposal proposal, String reasoning, List<String> documents) {
        Objects.requireNonNull(officer, "officer");
        Objects.requireNonNull(proposal, "proposal");
        Objects.requireNonNull(reasoning, "reasoning");
        Objects.requireNonNull(documents, "documents");
        Checks.requireOfficer(policy, officer, "propose a revision of the valuation-risk list");
        Page<RevisionRecord> pending = store.find(RevisionQuery.all().withKinds(proposal.kind())
                .withStates(ApprovalState.PENDING).forGoods(proposal.goods()), UnitFilter.all(), PageRequest.first(1));
        if (!pending.items().isEmpty()) {
            throw new InvalidStateException("Revision record " + pending.items().get(0).id() + " already proposes "
                    + proposal.kind() + " for " + proposal.goods().describe()
                    + " and awaits its decision: expected one pending proposal per kind and goods");
        }
        Submission submission = new Submission(officer.id(), officer.unitCode(), reasoning,
                evidence(proposal, documents), clock.instant());
        RevisionRecord record = new RevisionRecord(ids.get(), proposal, ApprovalTrail.pending(submission));
        store.add(record);
        journal("valuation.revision.submitted", officer, record);
        return record;
    }

    /**
     * Records a leader's decision on a pending record.
     *
     * @param leader the deciding leader
     * @param recordId the record's id
     * @param verdict "chấp nhận" or "không chấp nhận"
     * @param remark the leader's remark, may be empty
     * @return the decided record
     * @throws NotFoundException if no record has that id
     * @throws AccessDeniedException if the account may not decide it (journaled)
     * @throws InvalidStateException if it is already decided
     */
    public RevisionRecord decide(Account leader, String recordId, Verdict verdict, String remark) {
        Objects.requireNonNull(leader, "leader");
        Objects.requireNonNull(verdict, "verdict");
        RevisionRecord pending = lookUp(recordId);
        Checks.requireLeader(policy, competence, leader, pending.submission(), "decide revision " + pending.id());
        RevisionRecord decided = pending.decide(new LeaderDecision(leader.id(), leader.unitCode(), verdict,
                remark == null ? "" : remark, clock.instant()));
        store.decided(decided);
        journal("valuation.revision.decided", leader, decided);
        return decided;
    }

    /**
     * Returns one record, if the caller may see it.
     *
     * @param caller the account asking
     * @param recordId the record's id
     * @return the record
     * @throws NotFoundException if no record has that id
     * @throws AccessDeniedException if the caller may not see its proposer's unit (journaled)
     */
    public RevisionRecord get(Account caller, String recordId) {
        Objects.requireNonNull(caller, "caller");
        RevisionRecord record = lookUp(recordId);
        policy.requireVisible(caller, record.proposerUnit(), "read revision " + record.id());
        return record;
    }

    /**
     * Returns one page of the records that match a query among those the caller may see, ordered by
     * submission time then id. An inactive account sees none.
     *
     * @param caller the account asking
     * @param query the conditions
     * @param page the slice wanted
     * @return the page
     */
    public Page<RevisionRecord> search(Account caller, RevisionQuery query, PageRequest page) {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(page, "page");
        return store.find(query, policy.unitFilter(caller), page);
    }

    private RevisionRecord lookUp(String recordId) {
        String id = Objects.requireNonNull(recordId, "recordId").strip();
        return store.get(id).orElseThrow(() -> new NotFoundException("No revision record has id " + id
                + ": expected the id of a record the desk took"));
    }

    private static List<String> evidence(RevisionProposal proposal, List<String> documents) {
        Set<String> refs = new LinkedHashSet<>();
        for (String d : documents) {
            refs.add(Objects.requireNonNull(d, "document"));
        }
        for (PriceEvidence e : proposal.evidence()) {
            for (SourceCitation c : e.derivation().sources()) {
                refs.add("observation " + c.observationId() + " (" + c.source() + ")");
            }
        }
        return new ArrayList<>(refs);
    }

    private void journal(String action, Account actor, RevisionRecord r) {
        if (journal == null) {
            return;
        }
        RevisionProposal p = r.proposal();
        AuditEvent.Builder event = AuditEvent.builder()
                .actor(actor)
                .action(action)
                .object(OBJECT_TYPE, r.id(), r.proposerUnit())
                .origin(origin)
                .detail("kind", p.kind().name())
                .detail("form", p.form().code())
                .detail("hsCode", p.goods().hsCode().value())
                .detail("goods", Checks.clip(p.goods().describe(), 4096))
                .detail("itemId", p.itemId())
                .detail("currentPrice", p.currentPrice() == null ? "" : p.currentPrice().toString())
                .detail("proposedPrice", p.proposedPrice() == null ? "" : p.proposedPrice().toString())
                .detail("changePercent", p.changePercent() == null ? "" : p.changePercent().toPlainString())
                .detail("criterion", Checks.clip(p.criterion(), 4096))
                .detail("evidence", Integer.toString(p.evidence().size()))
                .detail("state", r.state().name());
        if (r.trail().decision() != null) {
            event.detail("verdict", r.trail().decision().verdict().name())
                    .detail("remark", Checks.clip(r.trail().decision().remark(), 4096));
        }
        journal.append(event.build());
    }

    /** Collects the settings of a {@link RevisionDesk}; each setter checks its argument at once. Not thread-safe. */
    public static final class Builder {
        private final RevisionStore store;
        private final AccessPolicy policy;
        private Clock clock = Clock.systemUTC();
        private AuditJournal journal;
        private Supplier<String> ids = () -> "RV-" + UUID.randomUUID();
        private String origin = "local";

        private Builder(RevisionStore store, AccessPolicy policy) {
            this.store = Objects.requireNonNull(store, "store");
            this.policy = Objects.requireNonNull(policy, "policy");
        }

        /**
         * Sets the clock that stamps reports and decisions.
         *
         * @param clock the clock; default {@link Clock#systemUTC()}
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Sets the journal every change is appended to; without one nothing is journaled.
         *
         * @param journal the journal
         * @return this builder
         */
        public Builder journal(AuditJournal journal) {
            this.journal = Objects.requireNonNull(journal, "journal");
            return this;
        }

        /**
         * Sets where new record ids come from.
         *
         * @param ids a supplier of unique ids; default {@code "RV-"} and a random UUID
         * @return this builder
         */
        public Builder ids(Supplier<String> ids) {
            this.ids = Objects.requireNonNull(ids, "ids");
            return this;
        }

        /**
         * Sets the origin journaled with every change.
         *
         * @param origin e.g. the application server's host name; default {@code "local"}
         * @return this builder
         * @throws ValidationException if blank
         */
        public Builder origin(String origin) {
            this.origin = Checks.text("origin", origin, "the host or terminal changes come from");
            return this;
        }

        /**
         * Builds the desk.
         *
         * @return an immutable, thread-safe desk
         */
        public RevisionDesk build() {
            return new RevisionDesk(this);
        }
    }
}
