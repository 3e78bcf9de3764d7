package io.github.vncustoms.valuation.proposal;

import static io.github.vncustoms.valuation.risklist.RiskListFixtures.BRANCH_LEADER;
import static io.github.vncustoms.valuation.risklist.RiskListFixtures.HQ_OFFICER;
import static io.github.vncustoms.valuation.risklist.RiskListFixtures.OFFICER;
import static io.github.vncustoms.valuation.risklist.RiskListFixtures.OTHER_LEADER;
import static io.github.vncustoms.valuation.risklist.RiskListFixtures.SAIGON;
import static io.github.vncustoms.valuation.risklist.RiskListFixtures.T0;
import static io.github.vncustoms.valuation.risklist.RiskListFixtures.TXNK_LEADER;
import static io.github.vncustoms.valuation.risklist.RiskListFixtures.account;
import static io.github.vncustoms.valuation.risklist.RiskListFixtures.actions;
import static io.github.vncustoms.valuation.risklist.RiskListFixtures.denials;
import static io.github.vncustoms.valuation.risklist.RiskListFixtures.derivation;
import static io.github.vncustoms.valuation.risklist.RiskListFixtures.phone;
import static io.github.vncustoms.valuation.risklist.RiskListFixtures.usd;
import static io.github.vncustoms.valuation.risklist.RiskListFixtures.vaguePhone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.access.AccountState;
import io.github.vncustoms.core.audit.AuditEntry;
import io.github.vncustoms.core.audit.AuditEvent;
import io.github.vncustoms.core.error.AccessDeniedException;
import io.github.vncustoms.core.error.InvalidStateException;
import io.github.vncustoms.core.error.NotFoundException;
import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.id.HsCode;
import io.github.vncustoms.core.money.Money;
import io.github.vncustoms.core.paging.PageRequest;
import io.github.vncustoms.valuation.approval.ApprovalState;
import io.github.vncustoms.valuation.approval.ValuationRoles;
import io.github.vncustoms.valuation.approval.Verdict;
import io.github.vncustoms.valuation.goods.GoodsAttribute;
import io.github.vncustoms.valuation.goods.GoodsDescriptor;
import io.github.vncustoms.valuation.goods.SpecificityPolicy;
import io.github.vncustoms.valuation.goods.UnitOfMeasure;
import io.github.vncustoms.valuation.reference.Derivation;
import io.github.vncustoms.valuation.reference.DerivationStep;
import io.github.vncustoms.valuation.reference.SourceCitation;
import io.github.vncustoms.valuation.risklist.RiskListFixtures.World;
import io.github.vncustoms.valuation.source.PriceSource;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The officer proposes, stating the basis and citing the sources; a competent leader decides (VAL-04, VAL-11, VAL-14). */
final class ProposalDeskTest {
    private final World world = new World();
    private final ProposalDesk desk = world.desk;

    private static ProposalDraft draft(GoodsDescriptor goods, String price) {
        return ProposalDraft.of(goods, Money.of(price, "USD"), UnitOfMeasure.PIECE, List.of(usd(price)),
                "Giá chào bán trên Internet trừ thuế nước xuất khẩu 15%");
    }

    @Test
    @DisplayName("VAL-11: a proposal carries the officer, unit, clock time, reasoning and every cited source")
    void propose_buildsTheSubmissionFromTheOfficerAndTheClock() {
        ReferencePriceProposal p = desk.propose(OFFICER, draft(phone(), "850.00").withDocuments(List.of("Bản in trang web 1")));

        assertThat(p.id()).isEqualTo("RP-1");
        assertThat(p.state()).isEqualTo(ApprovalState.PENDING);
        assertThat(p.submission().proposerId()).isEqualTo("canbo.01ab");
        assertThat(p.proposerUnit()).isEqualTo("01AB");
        assertThat(p.submission().submittedAt()).isEqualTo(T0);
        assertThat(p.submission().reasoning()).startsWith("Giá chào bán");
        assertThat(p.submission().evidence()).containsExactly("Bản in trang web 1", "observation OBS-850.00 (INTERNET_OFFER)");
        assertThat(world.proposalStore.get("RP-1")).contains(p);
        assertThat(p.amendsItem()).isFalse();
    }

    @Test
    @DisplayName("VAL-04: a proposal for a bundle of items ('gom khung') is refused, naming what is missing")
    void propose_refusesVagueGoods_namingWhatIsMissing() {
        assertThatThrownBy(() -> desk.propose(OFFICER, draft(vaguePhone(), "850.00")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("does not identify one item")
                .hasMessageContaining("missing code mark or model")
                .hasMessageContaining("manufacturer or brand")
                .hasMessageContaining("các loại");
        assertThat(world.proposalStore.find(ProposalQuery.all(), io.github.vncustoms.core.access.UnitFilter.all(),
                PageRequest.first(10)).total()).isZero();
        assertThat(actions(world.audit)).isEmpty();
    }

    @Test
    @DisplayName("VAL-04: the specificity policy is the desk's to choose")
    void specificityPolicy_isConfigurable() {
        GoodsDescriptor noMaker = GoodsDescriptor.builder(HsCode.parse("8517.13.00"), "Điện thoại di động")
                .with(GoodsAttribute.MODEL, "SM-S928B").build();
        assertThatThrownBy(() -> desk.propose(OFFICER, draft(noMaker, "850.00")))
                .hasMessageContaining("manufacturer or brand");

        ProposalDesk lax = desk.toBuilder().specificity(SpecificityPolicy.builder().build()).build();
        assertThat(lax.propose(OFFICER, draft(noMaker, "850.00")).state()).isEqualTo(ApprovalState.PENDING);
    }

    @Test
    @DisplayName("VAL-11: a proposal must cite a derivation in its own unit and currency, from sources that count")
    void propose_refusesProposalsWithoutAProperBasis() {
        ProposalDraft none = new ProposalDraft(phone(), Money.of("850.00", "USD"), UnitOfMeasure.PIECE, List.of(), "",
                "Lý do", List.of("Tài liệu"));
        assertThatThrownBy(() -> desk.propose(OFFICER, none)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("cites no derivation");

        ProposalDraft otherUnit = ProposalDraft.of(phone(), Money.of("850.00", "USD"), UnitOfMeasure.SET,
                List.of(usd("850.00")), "Lý do");
        assertThatThrownBy(() -> desk.propose(OFFICER, otherUnit)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("is per PCE, the proposal per SET");

        ProposalDraft otherCurrency = ProposalDraft.of(phone(), Money.vnd(21_000_000), UnitOfMeasure.PIECE,
                List.of(usd("850.00")), "Lý do");
        assertThatThrownBy(() -> desk.propose(OFFICER, otherCurrency)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("is in USD, the proposal in VND");

        Derivation pendingSource = new Derivation("world market price", List.of("VAL-15"), Money.of("850.00", "USD"),
                UnitOfMeasure.PIECE, List.of(new DerivationStep("quoted", "850.00 USD")),
                List.of(new SourceCitation("OBS-9", PriceSource.WORLD_MARKET, ApprovalState.PENDING, "")));
        ProposalDraft unaccepted = ProposalDraft.of(phone(), Money.of("850.00", "USD"), UnitOfMeasure.PIECE,
                List.of(pendingSource), "Lý do");
        assertThatThrownBy(() -> desk.propose(OFFICER, unaccepted)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("OBS-9").hasMessageContaining("PENDING");

        ProposalDraft blank = ProposalDraft.of(phone(), Money.of("850.00", "USD"), UnitOfMeasure.PIECE,
                List.of(usd("850.00")), "  ");
        assertThatThrownBy(() -> desk.propose(OFFICER, blank)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("reasoning");
        assertThat(actions(world.audit)).isEmpty();
    }

    @Test
    @DisplayName("VAL-20: only an active valuation officer proposes; refusals are journaled")
    void propose_refusesNonOfficers_andJournalsTheRefusal() {
        assertThatThrownBy(() -> desk.propose(BRANCH_LEADER, draft(phone(), "850.00")))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining(ValuationRoles.OFFICER);
        assertThatThrownBy(() -> desk.propose(OFFICER.withState(AccountState.LOCKED), draft(phone(), "850.00")))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("LOCKED");

        assertThat(denials(world.audit)).hasSize(2).allSatisfy(e -> assertThat(e.action()).isEqualTo("propose a reference price"));
        assertThat(denials(world.audit).get(0).actorId()).isEqualTo("lanhdao.01ab");
    }

    @Test
    @DisplayName("VAL-11, VAL-15: a leader of the proposer's unit or above accepts; the decision is kept")
    void decide_byCompetentLeader_acceptsOnce() {
        ReferencePriceProposal p = desk.propose(OFFICER, draft(phone(), "850.00"));
        world.clock.advance(Duration.ofHours(2));

        ReferencePriceProposal decided = desk.decide(BRANCH_LEADER, p.id(), Verdict.ACCEPTED, "Đồng ý");

        assertThat(decided.state()).isEqualTo(ApprovalState.ACCEPTED);
        assertThat(decided.trail().decision().leaderId()).isEqualTo("lanhdao.01ab");
        assertThat(decided.trail().decision().decidedAt()).isEqualTo(T0.plus(Duration.ofHours(2)));
        assertThat(decided.submission()).isEqualTo(p.submission());
        assertThat(world.proposalStore.get(p.id())).contains(decided);
        assertThatThrownBy(() -> desk.decide(account("lanhdao.hq01", "HQ01", ValuationRoles.LEADER), p.id(),
                Verdict.NOT_ACCEPTED, ""))
                .isInstanceOf(InvalidStateException.class).hasMessageContaining("already decided");
        assertThat(world.proposalStore.get(p.id())).contains(decided);
    }

    @Test
    @DisplayName("VAL-11: a leader of another department, the proposer, or a non-leader may not decide; refusals are journaled")
    void decide_byIncompetentAccounts_isRefusedAndJournaled() {
        ReferencePriceProposal p = desk.propose(OFFICER, draft(phone(), "850.00"));
        var both = account("canbo.01ab", "01AB", ValuationRoles.OFFICER, ValuationRoles.LEADER);

        assertThatThrownBy(() -> desk.decide(OTHER_LEADER, p.id(), Verdict.ACCEPTED, ""))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("neither the proposer's unit");
        assertThatThrownBy(() -> desk.decide(both, p.id(), Verdict.ACCEPTED, ""))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("made the proposal");
        assertThatThrownBy(() -> desk.decide(HQ_OFFICER, p.id(), Verdict.ACCEPTED, ""))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining(ValuationRoles.LEADER);
        assertThatThrownBy(() -> desk.decide(TXNK_LEADER, "RP-404", Verdict.ACCEPTED, ""))
                .isInstanceOf(NotFoundException.class);

        assertThat(denials(world.audit)).extracting(AuditEvent::actorId)
                .containsExactly("lanhdao.hq02", "canbo.01ab", "canbo.txnk");
        assertThat(denials(world.audit)).extracting(AuditEvent::objectId).containsOnly("01AB");
        assertThat(world.proposalStore.get(p.id()).orElseThrow().state()).isEqualTo(ApprovalState.PENDING);
    }

    @Test
    @DisplayName("VAL-14: a proposal not accepted stays on record with its decision")
    void notAcceptedProposals_areKept() {
        ReferencePriceProposal p = desk.propose(OFFICER, draft(phone(), "850.00"));
        desk.decide(BRANCH_LEADER, p.id(), Verdict.NOT_ACCEPTED, "Nguồn chưa đủ tin cậy");

        var page = desk.search(TXNK_LEADER, ProposalQuery.all().withStates(ApprovalState.NOT_ACCEPTED), PageRequest.first(10));
        assertThat(page.items()).singleElement().satisfies(kept -> {
            assertThat(kept.trail().decision().remark()).isEqualTo("Nguồn chưa đủ tin cậy");
            assertThat(kept.submission()).isEqualTo(p.submission());
        });
    }

    @Test
    @DisplayName("VAL-20: proposals are read within the caller's scope; a direct read outside it is refused and journaled")
    void reads_areScopedByTheCallersAccess() {
        ReferencePriceProposal hanoi = desk.propose(OFFICER, draft(phone(), "850.00"));
        ReferencePriceProposal saigon = desk.propose(SAIGON, draft(phone(), "860.00"));

        assertThat(desk.get(account("lanhdao.hq01", "HQ01", ValuationRoles.LEADER), hanoi.id())).isEqualTo(hanoi);
        assertThat(desk.get(TXNK_LEADER, saigon.id())).isEqualTo(saigon);
        assertThatThrownBy(() -> desk.get(OTHER_LEADER, hanoi.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(denials(world.audit)).singleElement().satisfies(e -> {
            assertThat(e.actorId()).isEqualTo("lanhdao.hq02");
            assertThat(e.action()).isEqualTo("read proposal " + hanoi.id());
        });

        assertThat(desk.search(OTHER_LEADER, ProposalQuery.all(), PageRequest.first(10)).items()).containsExactly(saigon);
        assertThat(desk.search(TXNK_LEADER, ProposalQuery.all(), PageRequest.first(10)).items()).containsExactly(hanoi, saigon);
        assertThat(desk.search(OFFICER.withState(AccountState.CLOSED), ProposalQuery.all(), PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    @DisplayName("VAL-14: every change is journaled with the proposal's facts, and the journal verifies")
    void everyChange_isJournaled() {
        ReferencePriceProposal p = desk.propose(OFFICER, draft(phone(), "850.00").amending("8517-0001"));
        desk.decide(BRANCH_LEADER, p.id(), Verdict.ACCEPTED, "Đồng ý");

        List<AuditEvent> events = world.audit.entries().stream().map(AuditEntry::event).toList();
        assertThat(events).extracting(AuditEvent::action)
                .containsExactly("valuation.proposal.submitted", "valuation.proposal.decided");
        assertThat(events.get(0)).satisfies(e -> {
            assertThat(e.actorId()).isEqualTo("canbo.01ab");
            assertThat(e.objectType()).isEqualTo(ProposalDesk.OBJECT_TYPE);
            assertThat(e.objectId()).isEqualTo(p.id());
            assertThat(e.objectUnit()).isEqualTo("01AB");
            assertThat(e.origin()).isEqualTo("test-host");
            assertThat(e.details()).containsEntry("hsCode", "85171300").containsEntry("price", "850.00 USD")
                    .containsEntry("unit", "PCE").containsEntry("amendsItemId", "8517-0001")
                    .containsEntry("derivations", "1").containsEntry("state", "PENDING");
        });
        assertThat(events.get(1).details()).containsEntry("verdict", "ACCEPTED").containsEntry("remark", "Đồng ý")
                .containsEntry("state", "ACCEPTED");
        assertThat(events.get(1).actorId()).isEqualTo("lanhdao.01ab");
        world.journal.verify().requireIntact();
    }

    @Test
    void aDeskWithoutJournal_worksAndJournalsNothing() {
        ProposalDesk quiet = ProposalDesk.builder(InMemoryProposalStore.create(), world.policy).clock(world.clock).build();
        ReferencePriceProposal p = quiet.propose(OFFICER, ProposalDraft.of(phone(), Money.of("850.00", "USD"),
                UnitOfMeasure.PIECE, List.of(derivation(Money.of("850.00", "USD"), UnitOfMeasure.PIECE, "OBS-1")), "Lý do"));
        assertThat(p.id()).startsWith("RP-").hasSize(3 + 36);
        assertThat(quiet.decide(BRANCH_LEADER, p.id(), Verdict.ACCEPTED, null).state()).isEqualTo(ApprovalState.ACCEPTED);
        assertThat(actions(world.audit)).isEmpty();
    }

    @Test
    void builderSetters_checkTheirArguments() {
        assertThatThrownBy(() -> ProposalDesk.builder(null, world.policy)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> desk.toBuilder().origin(" ")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> desk.toBuilder().clock(null)).isInstanceOf(NullPointerException.class);
    }
}
