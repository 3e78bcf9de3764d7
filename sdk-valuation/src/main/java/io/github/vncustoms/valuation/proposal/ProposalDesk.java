package io.github.vncustoms.valuation.proposal;

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
import io.github.vncustoms.valuation.approval.ApprovalTrail;
import io.github.vncustoms.valuation.approval.LeaderCompetence;
import io.github.vncustoms.valuation.approval.LeaderDecision;
import io.github.vncustoms.valuation.approval.Submission;
import io.github.vncustoms.valuation.approval.ValuationRoles;
import io.github.vncustoms.valuation.approval.Verdict;
import io.github.vncustoms.valuation.goods.SpecificityPolicy;
import io.github.vncustoms.valuation.internal.risklist.Checks;
import io.github.vncustoms.valuation.proposal.spi.ProposalStore;
import io.github.vncustoms.valuation.reference.Derivation;
import io.github.vncustoms.valuation.reference.SourceCitation;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Takes officers' reference-price proposals and leaders' decisions on them (QĐ 2344 Art. 5.1.b.2 last
 * paragraph, 5.5; VAL-04, VAL-11, VAL-14), and answers who may see them.
 *
 * <pre>{@code
 * ProposalDesk desk = ProposalDesk.builder(InMemoryProposalStore.create(), policy)
 *         .clock(clock)
 *         .journal(journal)                       // optional: every change is journaled
 *         .specificity(SpecificityPolicy.defaultPolicy())
 *         .build();
 * ReferencePriceProposal p = desk.propose(officer, ProposalDraft.of(goods, price, unit, derivations, reasoning));
 * desk.decide(leader, p.id(), Verdict.ACCEPTED, "Đồng ý");
 * }</pre>
 *
 * <ul>
 *   <li><b>Propose</b>: an active account with {@link ValuationRoles#OFFICER}; the goods must identify
 *       one item under the desk's {@link SpecificityPolicy} (VAL-04, no "gom khung": the refusal names
 *       what is missing); the proposal must cite at least one derivation in its unit and currency. The
 *       evidence of the {@link Submission} is the draft's documents and every observation the
 *       derivations cite.</li>
 *   <li><b>Decide</b>: a competent leader ({@link LeaderCompetence}: an active
 *       {@link ValuationRoles#LEADER} of the proposer's unit or above, not the proposer) writes
 *       "chấp nhận" or "không chấp nhận". Anyone else is refused through the {@link AccessPolicy}, so the
 *       refusal is journaled by its denial listener (ACC-04). A proposal is decided once.</li>
 *   <li><b>Read</b>: a caller sees the proposals of the units its policy scope covers (by default
 *       headquarters all, a department itself and its branches, a branch itself); asking for another
 *       by id is an {@link AccessDeniedException}.</li>
 * </ul>
 *
 * <p>With a journal, each change is appended after the store keeps it: action
 * {@code valuation.proposal.submitted} or {@code valuation.proposal.decided}, object type
 * {@value #OBJECT_TYPE}, the proposal's id and its proposer's unit; details {@code hsCode},
 * {@code goods}, {@code price}, {@code unit}, {@code amendsItemId}, {@code derivations},
 * {@code state}, and for a decision {@code verdict} and {@code remark}.
 *
 * <p>Immutable and thread-safe; the store decides races (one decision per proposal).
 */
public final class ProposalDesk {
    /** The object type proposals are journaled under. */
    public static final String OBJECT_TYPE = "REFERENCE_PRICE_PROPOSAL";

    private final ProposalStore store;
    private final AccessPolicy policy;
    private final LeaderCompetence competence;
    private final Clock clock;
    private final AuditJournal journal;
    private final SpecificityPolicy specificity;
    private final Supplier<String> ids;
    private final String origin;

    private ProposalDesk(Builder b) {
        this.store = b.store;
        this.policy = b.policy;
        this.competence = LeaderCompetence.over(b.policy.directory());
        this.clock = b.clock;
        this.journal = b.journal;
        this.specificity = b.specificity;
        this.ids = b.ids;
        this.origin = b.origin;
    }

    /**
     * Starts a desk over a store, scoped by a policy.
     *
     * @param store where proposals are kept
     * @param policy who sees what; its directory also says which leaders are competent
     * @return a builder
     */
    public static Builder builder(ProposalStore store, AccessPolicy policy) {
        return new Builder(store, policy);
    }

    /**
     * Returns a builder holding this desk's settings, to make a variant; the variant shares the store.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(store, policy).clock(clock).specificity(specificity).ids(ids).origin(origin);
        b.journal = journal;
        return b;
    }

    /**
     * Submits an officer's proposal to the competent leader.
     *
     * @param officer the proposing officer
     * @param draft what is proposed
     * @return the pending proposal, as stored
     * @throws AccessDeniedException if the account is not an active {@link ValuationRoles#OFFICER} of a
     *     known unit (journaled)
     * @throws ValidationException if the goods do not identify one item (the message names what is
     *     missing, VAL-04), no derivation is cited, a derivation is in another unit or currency or cites
     *     a source that does not count, the reasoning is blank, or no evidence at all is cited
     * @throws InvalidStateException if the store refuses the id
     */
    public ReferencePriceProposal propose(Account officer, ProposalDraft draft) {
        Objects.requireNonNull(officer, "officer");
        Objects.requireNonNull(draft, "draft");
        Checks.requireOfficer(policy, officer, "propose a reference price");
        specificity.requireSpecific(draft.goods());
        if (draft.derivations().isEmpty()) {
            throw new ValidationException("derivations", "The proposal for " + draft.goods().describe()
                    + " cites no derivation: expected at least one, stating the basis and citing the sources (VAL-11)");
        }
        Submission submission = new Submission(officer.id(), officer.unitCode(), draft.reasoning(),
                evidence(draft), clock.instant());
        ReferencePriceProposal proposal = new ReferencePriceProposal(ids.get(), draft.goods(), draft.price(),
                draft.unit(), draft.derivations(), draft.amendsItemId(), ApprovalTrail.pending(submission));
        store.add(proposal);
        journal("valuation.proposal.submitted", officer, proposal);
        return proposal;
    }

    /**
     * Records a leader's decision on a pending proposal.
     *
     * @param leader the deciding leader
     * @param proposalId the proposal's id
     * @param verdict "chấp nhận" or "không chấp nhận"
     * @param remark the leader's remark, may be empty
     * @return the decided proposal, as stored
     * @throws NotFoundException if no proposal has that id
     * @throws AccessDeniedException if the account may not decide it (journaled)
     * @throws InvalidStateException if it is already decided
     */
    public ReferencePriceProposal decide(Account leader, String proposalId, Verdict verdict, String remark) {
        Objects.requireNonNull(leader, "leader");
        Objects.requireNonNull(verdict, "verdict");
        ReferencePriceProposal pending = lookUp(proposalId);
        Checks.requireLeader(policy, competence, leader, pending.submission(), "decide proposal " + pending.id());
        ReferencePriceProposal decided = pending.decide(new LeaderDecision(leader.id(), leader.unitCode(), verdict,
                remark == null ? "" : remark, clock.instant()));
        store.decided(decided);
        journal("valuation.proposal.decided", leader, decided);
        return decided;
    }

    /**
     * Returns one proposal, if the caller may see it.
     *
     * @param caller the account asking
     * @param proposalId the proposal's id
     * @return the proposal
     * @throws NotFoundException if no proposal has that id
     * @throws AccessDeniedException if the caller may not see its proposer's unit (journaled)
     */
    public ReferencePriceProposal get(Account caller, String proposalId) {
        Objects.requireNonNull(caller, "caller");
        ReferencePriceProposal proposal = lookUp(proposalId);
        policy.requireVisible(caller, proposal.proposerUnit(), "read proposal " + proposal.id());
        return proposal;
    }

    /**
     * Returns one page of the proposals that match a query among those the caller may see, ordered
     * by submission time then id. An inactive account sees none.
     *
     * @param caller the account asking
     * @param query the conditions
     * @param page the slice wanted
     * @return the page
     */
    public Page<ReferencePriceProposal> search(Account caller, ProposalQuery query, PageRequest page) {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(page, "page");
        return store.find(query, policy.unitFilter(caller), page);
    }

    private ReferencePriceProposal lookUp(String proposalId) {
        String id = Objects.requireNonNull(proposalId, "proposalId").strip();
        return store.get(id).orElseThrow(() -> new NotFoundException("No reference-price proposal has id " + id
                + ": expected the id of a proposal the desk took"));
    }

    private static List<String> evidence(ProposalDraft draft) {
        Set<String> refs = new LinkedHashSet<>(draft.documents());
        for (Derivation d : draft.derivations()) {
            for (SourceCitation c : d.sources()) {
                refs.add("observation " + c.observationId() + " (" + c.source() + ")");
            }
        }
        return new ArrayList<>(refs);
    }

    private void journal(String action, Account actor, ReferencePriceProposal p) {
        if (journal == null) {
            return;
        }
        AuditEvent.Builder event = AuditEvent.builder()
                .actor(actor)
                .action(action)
                .object(OBJECT_TYPE, p.id(), p.proposerUnit())
                .origin(origin)
                .detail("hsCode", p.goods().hsCode().value())
                .detail("goods", Checks.clip(p.goods().describe(), 4096))
                .detail("price", p.price().toString())
                .detail("unit", p.unit().code())
                .detail("amendsItemId", p.amendsItemId())
                .detail("derivations", Integer.toString(p.derivations().size()))
                .detail("state", p.state().name());
        if (p.trail().decision() != null) {
            event.detail("verdict", p.trail().decision().verdict().name())
                    .detail("remark", Checks.clip(p.trail().decision().remark(), 4096));
        }
        journal.append(event.build());
    }

    /** Collects the settings of a {@link ProposalDesk}; each setter checks its argument at once. Not thread-safe. */
    public static final class Builder {
        private final ProposalStore store;
        private final AccessPolicy policy;
        private Clock clock = Clock.systemUTC();
        private AuditJournal journal;
        private SpecificityPolicy specificity = SpecificityPolicy.defaultPolicy();
        private Supplier<String> ids = () -> "RP-" + UUID.randomUUID();
        private String origin = "local";

        private Builder(ProposalStore store, AccessPolicy policy) {
            this.store = Objects.requireNonNull(store, "store");
            this.policy = Objects.requireNonNull(policy, "policy");
        }

        /**
         * Sets the clock that stamps submissions and decisions.
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
         * Sets the policy that decides whether goods identify one item (VAL-04).
         *
         * @param specificity the policy; default {@link SpecificityPolicy#defaultPolicy()}
         * @return this builder
         */
        public Builder specificity(SpecificityPolicy specificity) {
            this.specificity = Objects.requireNonNull(specificity, "specificity");
            return this;
        }

        /**
         * Sets where new proposal ids come from.
         *
         * @param ids a supplier of unique ids, 1–64 letters, digits, {@code . _ - /}; default
         *     {@code "RP-"} and a random UUID
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
        public ProposalDesk build() {
            return new ProposalDesk(this);
        }
    }
}
