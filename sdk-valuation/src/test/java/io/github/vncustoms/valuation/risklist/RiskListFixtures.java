package io.github.vncustoms.valuation.risklist;

import io.github.vncustoms.core.access.AccessPolicy;
import io.github.vncustoms.core.access.Account;
import io.github.vncustoms.core.access.AccountKind;
import io.github.vncustoms.core.access.AccountState;
import io.github.vncustoms.core.audit.AuditEntry;
import io.github.vncustoms.core.audit.AuditEvent;
import io.github.vncustoms.core.audit.AuditJournal;
import io.github.vncustoms.core.audit.AuditOutcome;
import io.github.vncustoms.core.audit.InMemoryAuditStore;
import io.github.vncustoms.core.audit.JournalSigningKey;
import io.github.vncustoms.core.id.HsCode;
import io.github.vncustoms.core.money.Money;
import io.github.vncustoms.core.org.UnitDirectories;
import io.github.vncustoms.core.org.UnitDirectory;
import io.github.vncustoms.core.time.ManualClock;
import io.github.vncustoms.valuation.approval.ApprovalState;
import io.github.vncustoms.valuation.approval.ValuationRoles;
import io.github.vncustoms.valuation.approval.Verdict;
import io.github.vncustoms.valuation.goods.GoodsAttribute;
import io.github.vncustoms.valuation.goods.GoodsDescriptor;
import io.github.vncustoms.valuation.goods.UnitOfMeasure;
import io.github.vncustoms.valuation.proposal.InMemoryProposalStore;
import io.github.vncustoms.valuation.proposal.ProposalDesk;
import io.github.vncustoms.valuation.proposal.ProposalDraft;
import io.github.vncustoms.valuation.proposal.ReferencePriceProposal;
import io.github.vncustoms.valuation.reference.Derivation;
import io.github.vncustoms.valuation.reference.DerivationStep;
import io.github.vncustoms.valuation.reference.SourceCitation;
import io.github.vncustoms.valuation.source.PriceSource;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test data for proposals, the risk list and revisions (VAL-11..14): the sample units, accounts of each
 * role, goods specific and vague, derivations, and a {@link World} that wires a journal, a policy that
 * journals refusals, a proposal desk and a risk list on a clock moved by hand. Public only so that the
 * proposal and revision tests of this area can use it.
 */
public final class RiskListFixtures {
    /** The sample directory: TCHQ (HQ) with divisions, HQ01..HQ03, branches. */
    public static final UnitDirectory UNITS = UnitDirectories.sample();
    /** 2026-11-20 09:00 in Viet Nam. */
    public static final Instant T0 = Instant.parse("2026-11-20T02:00:00Z");
    /** The day of {@link #T0} in Viet Nam. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    /** A branch officer. */
    public static final Account OFFICER = account("canbo.01ab", "01AB", ValuationRoles.OFFICER);
    /** An officer of the HQ Import-Export Tax Department. */
    public static final Account HQ_OFFICER = account("canbo.txnk", "TCHQ-TXNK", ValuationRoles.OFFICER);
    /** The branch's leader. */
    public static final Account BRANCH_LEADER = account("lanhdao.01ab", "01AB", ValuationRoles.LEADER);
    /** The Import-Export Tax Department's leader. */
    public static final Account TXNK_LEADER = account("lanhdao.txnk", "TCHQ-TXNK", ValuationRoles.LEADER);
    /** A leader of another department (HQ02). */
    public static final Account OTHER_LEADER = account("lanhdao.hq02", "HQ02", ValuationRoles.LEADER);
    /** The HQ account that issues the list. */
    public static final Account ISSUER = account("banhanh.tchq", "TCHQ", ValuationRoles.LIST_ISSUER);
    /** An officer of another department's branch. */
    public static final Account SAIGON = account("canbo.02xe", "02XE", ValuationRoles.OFFICER);

    private RiskListFixtures() {
    }

    /**
     * An active account.
     *
     * @param id the id
     * @param unit the unit
     * @param roles the roles
     * @return the account
     */
    public static Account account(String id, String unit, String... roles) {
        return new Account(id, AccountKind.PERSONAL, "Cán bộ " + id, unit, Set.of(roles), AccountState.ACTIVE);
    }

    /**
     * A phone specific enough for a reference price under the default policy.
     *
     * @return the goods
     */
    public static GoodsDescriptor phone() {
        return GoodsDescriptor.builder(HsCode.parse("8517.13.00"), "Điện thoại di động")
                .with(GoodsAttribute.MANUFACTURER, "Samsung Electronics")
                .with(GoodsAttribute.MODEL, "SM-S928B")
                .with(GoodsAttribute.SPECIFICATIONS, "512GB")
                .build();
    }

    /**
     * Another specific item: a laptop.
     *
     * @param model its model
     * @return the goods
     */
    public static GoodsDescriptor laptop(String model) {
        return GoodsDescriptor.builder(HsCode.parse("8471.30.20"), "Máy tính xách tay")
                .with(GoodsAttribute.MANUFACTURER, "Dell")
                .with(GoodsAttribute.MODEL, model)
                .build();
    }

    /**
     * A phone without model, maker or national line: "gom khung" (VAL-04).
     *
     * @return the goods
     */
    public static GoodsDescriptor vaguePhone() {
        return GoodsDescriptor.builder(HsCode.parse("8517.13.00"), "Điện thoại di động các loại").build();
    }

    /**
     * A derivation with one accepted source.
     *
     * @param value the figure
     * @param unit its unit
     * @param observationId the source's id
     * @return the derivation
     */
    public static Derivation derivation(Money value, UnitOfMeasure unit, String observationId) {
        return new Derivation("internet offer price", List.of("VAL-08"), value, unit,
                List.of(new DerivationStep("dealer price minus exporting-country taxes at 15%", value + " per " + unit)),
                List.of(new SourceCitation(observationId, PriceSource.INTERNET_OFFER, ApprovalState.ACCEPTED, "lanhdao.01ab")));
    }

    /**
     * A derivation in USD per piece.
     *
     * @param amount the amount in USD
     * @return the derivation
     */
    public static Derivation usd(String amount) {
        return derivation(Money.of(amount, "USD"), UnitOfMeasure.PIECE, "OBS-" + amount);
    }

    /**
     * The actions of a store's entries.
     *
     * @param store the store
     * @return the actions, in order
     */
    public static List<String> actions(InMemoryAuditStore store) {
        return store.entries().stream().map(AuditEntry::event).map(AuditEvent::action).toList();
    }

    /**
     * The refusals of a store's entries.
     *
     * @param store the store
     * @return the denied events, in order
     */
    public static List<AuditEvent> denials(InMemoryAuditStore store) {
        return store.entries().stream().map(AuditEntry::event).filter(e -> e.outcome() == AuditOutcome.DENIED).toList();
    }

    /**
     * Everything a test of this area wires together, on a clock at {@link #T0}. Not thread-safe.
     */
    public static final class World {
        /** The clock. */
        public final ManualClock clock = ManualClock.at(T0);
        /** The journal's store. */
        public final InMemoryAuditStore audit = InMemoryAuditStore.create();
        /** The journal. */
        public final AuditJournal journal = AuditJournal.builder(audit, JournalSigningKey.generate(),
                AccessPolicy.builder(UNITS).build()).clock(clock).checkpointEvery(0).build();
        /** The policy, journaling its refusals. */
        public final AccessPolicy policy = AccessPolicy.builder(UNITS).denialListener(journal.denialListener()).build();
        /** The proposal store. */
        public final InMemoryProposalStore proposalStore = InMemoryProposalStore.create();
        private final AtomicInteger next = new AtomicInteger();
        /** The proposal desk, ids RP-1, RP-2, ... */
        public final ProposalDesk desk = ProposalDesk.builder(proposalStore, policy).clock(clock).journal(journal)
                .ids(() -> "RP-" + next.incrementAndGet()).origin("test-host").build();
        /** The risk-list store. */
        public final InMemoryRiskListStore listStore = InMemoryRiskListStore.create();
        /** The risk list, checking proposals against the proposal store. */
        public final RiskList list = RiskList.builder(listStore, policy).clock(clock).journal(journal)
                .proposals(proposalStore).origin("test-host").build();

        /**
         * Proposes a price for goods and has the tax department's leader accept it.
         *
         * @param goods the goods
         * @param price the price per piece, in USD
         * @param amendsItemId the item amended, or {@code ""}
         * @return the accepted proposal
         */
        public ReferencePriceProposal accepted(GoodsDescriptor goods, String price, String amendsItemId) {
            ReferencePriceProposal p = proposed(goods, price, amendsItemId);
            return desk.decide(TXNK_LEADER, p.id(), Verdict.ACCEPTED, "Đồng ý");
        }

        /**
         * Proposes a price for goods, pending.
         *
         * @param goods the goods
         * @param price the price per piece, in USD
         * @param amendsItemId the item amended, or {@code ""}
         * @return the pending proposal
         */
        public ReferencePriceProposal proposed(GoodsDescriptor goods, String price, String amendsItemId) {
            ProposalDraft draft = new ProposalDraft(goods, Money.of(price, "USD"), UnitOfMeasure.PIECE, List.of(usd(price)),
                    amendsItemId, "So sánh giá chào bán trên Internet", List.of());
            return desk.propose(HQ_OFFICER, draft);
        }
    }
}
