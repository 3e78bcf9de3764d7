package io.github.vncustoms.valuation.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.access.Account;
import io.github.vncustoms.core.access.AccountKind;
import io.github.vncustoms.core.access.AccountState;
import io.github.vncustoms.core.error.AccessDeniedException;
import io.github.vncustoms.core.error.InvalidStateException;
import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.org.UnitDirectories;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Example;

/** A proposal (tờ trình) goes to a competent leader, who writes "chấp nhận" or "không chấp nhận" (VAL-11, VAL-15). */
final class ApprovalTrailTest {
    private static final Instant T0 = Instant.parse("2026-11-02T02:00:00Z");
    private static final Submission PROPOSAL = new Submission("lan.nt", "01ab", "Giá chào bán của đại lý chính hãng",
            List.of("Bản in trang web ngày 02/11/2026"), T0);
    private final LeaderCompetence competence = LeaderCompetence.over(UnitDirectories.sample());

    private static Account account(String id, String unit, AccountState state, String... roles) {
        return new Account(id, AccountKind.PERSONAL, id, unit, Set.of(roles), state);
    }

    @Example
    void aTrail_movesFromPendingToDecided_once() {
        ApprovalTrail pending = ApprovalTrail.pending(PROPOSAL);
        assertThat(pending.state()).isEqualTo(ApprovalState.PENDING);
        assertThat(pending.state().counts()).isFalse();
        ApprovalTrail accepted = pending.decide(new LeaderDecision("hung.lv", "01AB", Verdict.ACCEPTED, "", T0.plusSeconds(60)));
        assertThat(accepted.state()).isEqualTo(ApprovalState.ACCEPTED);
        assertThat(accepted.state().counts()).isTrue();
        assertThatThrownBy(() -> accepted.decide(new LeaderDecision("hung.lv", "01AB", Verdict.NOT_ACCEPTED, "", T0.plusSeconds(90))))
                .isInstanceOf(InvalidStateException.class).hasMessageContaining("chấp nhận by hung.lv");
        assertThat(pending.decide(new LeaderDecision("hung.lv", "01AB", Verdict.NOT_ACCEPTED, "Nguồn không tin cậy", T0))
                .state()).isEqualTo(ApprovalState.NOT_ACCEPTED);
        assertThat(ApprovalTrail.notRequired().state().counts()).isTrue();
        assertThatThrownBy(() -> ApprovalTrail.notRequired().decide(new LeaderDecision("x.y", "01AB", Verdict.ACCEPTED, "", T0)))
                .isInstanceOf(InvalidStateException.class);
    }

    @Example
    void aProposal_needsItsReasoningAndEvidence_andADecisionComesAfterIt() {
        assertThat(PROPOSAL.proposerUnit()).isEqualTo("01AB");
        assertThatThrownBy(() -> new Submission("lan.nt", "01AB", " ", List.of("x"), T0))
                .isInstanceOf(ValidationException.class).hasMessageContaining("lập luận, cơ sở");
        assertThatThrownBy(() -> new Submission("lan.nt", "01AB", "lý do", List.of(" "), T0))
                .isInstanceOf(ValidationException.class).hasMessageContaining("cites no evidence");
        assertThatThrownBy(() -> ApprovalTrail.pending(PROPOSAL)
                .decide(new LeaderDecision("hung.lv", "01AB", Verdict.ACCEPTED, "", T0.minusSeconds(1))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("predates the proposal");
        assertThat(Verdict.NOT_ACCEPTED.vietnamese()).isEqualTo("không chấp nhận");
    }

    @Example
    void theCompetentLeader_isAnActiveLeaderOfTheProposersUnitOrAbove_otherThanTheProposer() {
        assertThat(competence.problems(account("hung.lv", "01AB", AccountState.ACTIVE, ValuationRoles.LEADER), PROPOSAL)).isEmpty();
        assertThat(competence.problems(account("minh.tq", "HQ01", AccountState.ACTIVE, ValuationRoles.LEADER), PROPOSAL)).isEmpty();
        assertThat(competence.problems(account("tuan.pv", "01DD", AccountState.ACTIVE, ValuationRoles.LEADER), PROPOSAL))
                .containsExactly("unit 01DD is neither the proposer's unit 01AB nor a unit above it");
        assertThat(competence.problems(account("lan.nt", "01AB", AccountState.ACTIVE, ValuationRoles.LEADER), PROPOSAL))
                .containsExactly("account lan.nt made the proposal and may not decide it");
        assertThat(competence.problems(account("an.bt", "01AB", AccountState.LOCKED, ValuationRoles.OFFICER), PROPOSAL))
                .hasSize(2);
        assertThatThrownBy(() -> competence.require(account("an.bt", "01AB", AccountState.ACTIVE, ValuationRoles.OFFICER), PROPOSAL))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("lacks role VALUATION_LEADER");
    }
}
