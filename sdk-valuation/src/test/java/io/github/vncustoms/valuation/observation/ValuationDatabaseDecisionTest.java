package io.github.vncustoms.valuation.observation;

import static io.github.vncustoms.valuation.observation.RecordsFixtures.DAY;
import static io.github.vncustoms.valuation.observation.RecordsFixtures.T0;
import static io.github.vncustoms.valuation.observation.RecordsFixtures.account;
import static io.github.vncustoms.valuation.observation.RecordsFixtures.declared;
import static io.github.vncustoms.valuation.observation.RecordsFixtures.leader;
import static io.github.vncustoms.valuation.observation.RecordsFixtures.offer;
import static io.github.vncustoms.valuation.observation.RecordsFixtures.officer;
import static io.github.vncustoms.valuation.observation.RecordsFixtures.phone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.access.Account;
import io.github.vncustoms.core.access.AccountState;
import io.github.vncustoms.core.audit.AuditEvent;
import io.github.vncustoms.core.audit.AuditOutcome;
import io.github.vncustoms.core.error.AccessDeniedException;
import io.github.vncustoms.core.error.InvalidStateException;
import io.github.vncustoms.core.error.NotFoundException;
import io.github.vncustoms.core.paging.PageRequest;
import io.github.vncustoms.valuation.approval.ApprovalState;
import io.github.vncustoms.valuation.approval.LeaderDecision;
import io.github.vncustoms.valuation.approval.ValuationRoles;
import io.github.vncustoms.valuation.approval.Verdict;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A competent leader accepts or does not accept a proposal; both stay on record, only the first counts (VAL-14, VAL-15, VAL-17). */
final class ValuationDatabaseDecisionTest {
    private final RecordsFixtures.World world = RecordsFixtures.world();
    private final ValuationDatabase db = world.db;
    private final Account lan = officer("lan.nt", "01AB");
    private final Account branchLeader = leader("hung.lv", "01AB");
    private final PriceObservation proposal = db.propose(lan, offer(phone(), "950.00", DAY),
            "Giá chào bán của đại lý chính hãng", List.of("in-trang-web.pdf"));

    @Test
    @DisplayName("VAL-15: \"chấp nhận\" by the branch leader makes the observation count, stamped with the clock")
    void accepted_counts() {
        world.clock.advance(Duration.ofHours(2));
        PriceObservation accepted = db.decide(branchLeader, proposal.id(), Verdict.ACCEPTED, "Đồng ý");

        LeaderDecision decision = accepted.approval().decision();
        assertThat(decision.leaderId()).isEqualTo("hung.lv");
        assertThat(decision.leaderUnit()).isEqualTo("01AB");
        assertThat(decision.decidedAt()).isEqualTo(T0.plus(Duration.ofHours(2)));
        assertThat(decision.remark()).isEqualTo("Đồng ý");
        assertThat(accepted.approval().state()).isEqualTo(ApprovalState.ACCEPTED);
        assertThat(accepted.counts()).isTrue();
        assertThat(world.store.find(proposal.id())).contains(accepted);
        assertThat(db.comparables(lan, phone(), DAY.minusMonths(6), DAY)).containsExactly(accepted);
    }

    @Test
    @DisplayName("VAL-14: \"không chấp nhận\" keeps the observation on record with its decision; it never counts")
    void notAccepted_staysOnRecord_andNeverCounts() {
        PriceObservation refused = db.decide(branchLeader, proposal.id(), Verdict.NOT_ACCEPTED, "Nguồn không tin cậy");

        assertThat(refused.approval().state()).isEqualTo(ApprovalState.NOT_ACCEPTED);
        assertThat(refused.counts()).isFalse();
        assertThat(db.get(lan, proposal.id())).isEqualTo(refused);
        assertThat(db.search(lan, ObservationQuery.builder().states(ApprovalState.NOT_ACCEPTED).build(), PageRequest.first(5))
                .items()).containsExactly(refused);
        assertThat(db.comparables(lan, phone(), DAY.minusMonths(6), DAY)).isEmpty();
    }

    @Test
    @DisplayName("VAL-14: a decision is final: deciding again is refused and changes nothing")
    void decidingTwice_isRefused() {
        PriceObservation accepted = db.decide(branchLeader, proposal.id(), Verdict.ACCEPTED, "");
        Account departmentLeader = leader("minh.tq", "HQ01");
        assertThatThrownBy(() -> db.decide(departmentLeader, proposal.id(), Verdict.NOT_ACCEPTED, ""))
                .isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("already decided")
                .hasMessageContaining("chấp nhận by hung.lv");
        assertThat(world.store.find(proposal.id())).contains(accepted);
    }

    @Test
    @DisplayName("VAL-15: a leader of a unit above the proposer's may decide")
    void leaderAbove_mayDecide() {
        PriceObservation accepted = db.decide(leader("minh.tq", "HQ01"), proposal.id(), Verdict.ACCEPTED, "");
        assertThat(accepted.approval().decision().leaderUnit()).isEqualTo("HQ01");
    }

    @Test
    @DisplayName("VAL-15, ACC-04: an incompetent leader is refused with every reason, and the refusal is journaled")
    void incompetentLeaders_areRefused_andJournaled() {
        Account otherBranch = leader("tuan.pa", "02XE");
        Account proposerAsLeader = account("lan.nt", "01AB", AccountState.ACTIVE, ValuationRoles.OFFICER, ValuationRoles.LEADER);
        Account officerOnly = officer("binh.dv", "01AB");
        Account lockedLeader = account("cuong.nv", "HQ01", AccountState.LOCKED, ValuationRoles.LEADER);
        Account taxDept = leader("ha.tt", "TCHQ-TXNK");

        assertThatThrownBy(() -> db.decide(otherBranch, proposal.id(), Verdict.ACCEPTED, ""))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("neither the proposer's unit 01AB nor a unit above it");
        assertThatThrownBy(() -> db.decide(proposerAsLeader, proposal.id(), Verdict.ACCEPTED, ""))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("made the proposal");
        assertThatThrownBy(() -> db.decide(officerOnly, proposal.id(), Verdict.ACCEPTED, ""))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("lacks role " + ValuationRoles.LEADER);
        assertThatThrownBy(() -> db.decide(lockedLeader, proposal.id(), Verdict.ACCEPTED, ""))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("LOCKED");
        assertThatThrownBy(() -> db.decide(taxDept, proposal.id(), Verdict.ACCEPTED, ""))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(world.store.find(proposal.id()).orElseThrow().approval().state()).isEqualTo(ApprovalState.PENDING);
        List<AuditEvent> denials = world.events().stream().filter(e -> e.outcome() == AuditOutcome.DENIED).toList();
        assertThat(denials).extracting(AuditEvent::actorId).containsExactly("tuan.pa", "lan.nt", "binh.dv", "cuong.nv", "ha.tt");
        assertThat(denials).allSatisfy(e -> assertThat(e.action()).isEqualTo("decide on the proposal of price observation " + proposal.id()));
        assertThat(denials.get(0).objectId()).isEqualTo("01AB");
        world.journal.verify().requireIntact();
    }

    @Test
    @DisplayName("VAL-20: an account outside the valuation function learns nothing: not even whether the id exists")
    void accountsOutsideTheFunction_learnNothing() {
        Account monitor = account("tam.nv", "01AB", AccountState.ACTIVE, "MONITOR");
        assertThatThrownBy(() -> db.decide(monitor, proposal.id(), Verdict.ACCEPTED, "")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> db.decide(monitor, "OBS-missing", Verdict.ACCEPTED, "")).isInstanceOf(AccessDeniedException.class);
        assertThat(world.store.find(proposal.id()).orElseThrow().approval().state()).isEqualTo(ApprovalState.PENDING);
    }

    @Test
    void decidingCustomsOwnResult_isAnInvalidState_andAnUnknownIdIsNotFound() {
        PriceObservation own = db.record(lan, declared(phone(), "400.00", DAY));
        assertThatThrownBy(() -> db.decide(branchLeader, own.id(), Verdict.ACCEPTED, ""))
                .isInstanceOf(InvalidStateException.class).hasMessageContaining("takes no leader's decision");
        assertThatThrownBy(() -> db.decide(leader("tuan.pa", "02XE"), own.id(), Verdict.ACCEPTED, ""))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> db.decide(branchLeader, "OBS-missing", Verdict.ACCEPTED, ""))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("OBS-missing");
    }

    @Test
    @DisplayName("VAL-17: a fraud signal is entered per the leader's decision")
    void fraudSignal_followsTheDecision() {
        PriceObservation signal = db.propose(lan, offer(phone(), "120.00", DAY)
                        .source(io.github.vncustoms.valuation.source.PriceSource.FRAUD_SIGNAL)
                        .commercialLevel(CommercialLevel.UNKNOWN),
                "Công an tỉnh cung cấp hóa đơn thật của lô hàng", List.of("CV-123/PC03"));
        assertThat(signal.counts()).isFalse();
        assertThat(db.decide(branchLeader, signal.id(), Verdict.ACCEPTED, "").counts()).isTrue();
    }
}
