package io.github.vncustoms.valuation.proposal;

import static io.github.vncustoms.valuation.risklist.RiskListFixtures.T0;
import static io.github.vncustoms.valuation.risklist.RiskListFixtures.phone;
import static io.github.vncustoms.valuation.risklist.RiskListFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.access.UnitFilter;
import io.github.vncustoms.core.error.InvalidStateException;
import io.github.vncustoms.core.error.NotFoundException;
import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.id.HsCode;
import io.github.vncustoms.core.money.Money;
import io.github.vncustoms.core.paging.PageRequest;
import io.github.vncustoms.valuation.approval.ApprovalState;
import io.github.vncustoms.valuation.approval.ApprovalTrail;
import io.github.vncustoms.valuation.approval.LeaderDecision;
import io.github.vncustoms.valuation.approval.Submission;
import io.github.vncustoms.valuation.approval.Verdict;
import io.github.vncustoms.valuation.goods.UnitOfMeasure;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The proposal record keeps its invariants, and the in-memory store keeps every proposal and decides once (VAL-11, VAL-14). */
final class ProposalRecordsTest {
    private static final Submission SUBMISSION = new Submission("canbo.01ab", "01AB", "Lý do", List.of("Tài liệu 1"), T0);

    private static ReferencePriceProposal pending(String id) {
        return new ReferencePriceProposal(id, phone(), Money.of("850.00", "USD"), UnitOfMeasure.PIECE,
                List.of(usd("850.00")), "", ApprovalTrail.pending(SUBMISSION));
    }

    private static LeaderDecision accept() {
        return new LeaderDecision("lanhdao.01ab", "01AB", Verdict.ACCEPTED, "", T0.plus(Duration.ofHours(1)));
    }

    @Test
    @DisplayName("VAL-11: a proposal needs a proposal to a leader; one that needs no approval is refused")
    void aProposalWithoutSubmission_isRefused() {
        assertThatThrownBy(() -> new ReferencePriceProposal("RP-1", phone(), Money.of("850.00", "USD"), UnitOfMeasure.PIECE,
                List.of(usd("850.00")), "", ApprovalTrail.notRequired()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("tờ trình");
        assertThatThrownBy(() -> new ReferencePriceProposal("bad id!", phone(), Money.of("850.00", "USD"),
                UnitOfMeasure.PIECE, List.of(usd("850.00")), "", ApprovalTrail.pending(SUBMISSION)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("malformed");
        assertThatThrownBy(() -> new ReferencePriceProposal("RP-1", phone(), Money.of("0.00", "USD"), UnitOfMeasure.PIECE,
                List.of(usd("850.00")), "", ApprovalTrail.pending(SUBMISSION)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("positive");
    }

    @Test
    void basis_namesTheProposalTheLeaderTheRulesAndTheSources() {
        ReferencePriceProposal accepted = pending("RP-1").decide(accept());
        assertThat(accepted.basis()).isEqualTo("proposal RP-1 accepted by lanhdao.01ab: internet offer price (VAL-08) [OBS-850.00]");
        assertThat(pending("RP-2").basis()).isEqualTo("proposal RP-2: internet offer price (VAL-08) [OBS-850.00]");
    }

    @Test
    @DisplayName("VAL-14: the store refuses a taken id, decides once, and refuses a 'decision' that changes the proposal")
    void store_keepsEveryProposal_andDecidesOnce() {
        InMemoryProposalStore store = InMemoryProposalStore.create();
        store.add(pending("RP-1"));
        assertThatThrownBy(() -> store.add(pending("RP-1"))).isInstanceOf(InvalidStateException.class).hasMessageContaining("taken");
        assertThatThrownBy(() -> store.add(pending("RP-2").decide(accept()))).isInstanceOf(InvalidStateException.class);
        assertThatThrownBy(() -> store.decided(pending("RP-1"))).isInstanceOf(InvalidStateException.class);
        assertThatThrownBy(() -> store.decided(pending("RP-9").decide(accept()))).isInstanceOf(NotFoundException.class);

        ReferencePriceProposal forged = new ReferencePriceProposal("RP-1", phone(), Money.of("1.00", "USD"),
                UnitOfMeasure.PIECE, List.of(usd("1.00")), "", ApprovalTrail.pending(SUBMISSION)).decide(accept());
        assertThatThrownBy(() -> store.decided(forged)).isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("more than its decision");

        store.decided(pending("RP-1").decide(accept()));
        assertThatThrownBy(() -> store.decided(pending("RP-1").decide(accept()))).isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("already decided");
        assertThat(store.get("RP-1").orElseThrow().state()).isEqualTo(ApprovalState.ACCEPTED);
    }

    @Test
    void store_findsByQuery_inScope_inSubmissionOrder() {
        InMemoryProposalStore store = InMemoryProposalStore.create();
        Submission later = new Submission("canbo.02xe", "02XE", "Lý do", List.of("Tài liệu"), T0.plusSeconds(60));
        ReferencePriceProposal b = new ReferencePriceProposal("RP-B", phone(), Money.of("900.00", "USD"), UnitOfMeasure.PIECE,
                List.of(usd("900.00")), "8517-0001", ApprovalTrail.pending(later));
        store.add(b);
        store.add(pending("RP-A"));

        assertThat(store.find(ProposalQuery.all(), UnitFilter.all(), PageRequest.first(10)).items())
                .extracting(ReferencePriceProposal::id).containsExactly("RP-A", "RP-B");
        assertThat(store.find(ProposalQuery.all(), new UnitFilter(false, Set.of("02XE")), PageRequest.first(10)).items())
                .containsExactly(b);
        assertThat(store.find(ProposalQuery.all().amending("8517-0001"), UnitFilter.all(), PageRequest.first(10)).items())
                .containsExactly(b);
        assertThat(store.find(ProposalQuery.all().withinHsCode(HsCode.parse("8471")), UnitFilter.all(), PageRequest.first(10))
                .total()).isZero();
        assertThat(store.find(ProposalQuery.all().submittedBetween(T0, T0.plusSeconds(60)), UnitFilter.all(),
                PageRequest.first(10)).items()).extracting(ReferencePriceProposal::id).containsExactly("RP-A");
        assertThat(store.find(ProposalQuery.all(), UnitFilter.all(), PageRequest.of(1, 1)).items())
                .extracting(ReferencePriceProposal::id).containsExactly("RP-B");
    }
}
