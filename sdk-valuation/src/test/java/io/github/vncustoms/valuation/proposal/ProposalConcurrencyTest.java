package io.github.vncustoms.valuation.proposal;

import static io.github.vncustoms.valuation.risklist.RiskListFixtures.OFFICER;
import static io.github.vncustoms.valuation.risklist.RiskListFixtures.account;
import static io.github.vncustoms.valuation.risklist.RiskListFixtures.actions;
import static io.github.vncustoms.valuation.risklist.RiskListFixtures.phone;
import static io.github.vncustoms.valuation.risklist.RiskListFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vncustoms.core.error.InvalidStateException;
import io.github.vncustoms.core.money.Money;
import io.github.vncustoms.valuation.approval.ValuationRoles;
import io.github.vncustoms.valuation.approval.Verdict;
import io.github.vncustoms.valuation.goods.UnitOfMeasure;
import io.github.vncustoms.valuation.risklist.RiskListFixtures.World;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** VAL-11, VAL-15: when several competent leaders decide one proposal at once, exactly one decision stands. */
final class ProposalConcurrencyTest {
    @Test
    @DisplayName("VAL-11: concurrent decisions on one proposal: one succeeds, the others are refused, one is journaled")
    void concurrentDecisions_exactlyOneStands() throws Exception {
        World world = new World();
        ReferencePriceProposal p = world.desk.propose(OFFICER, ProposalDraft.of(phone(), Money.of("850.00", "USD"),
                UnitOfMeasure.PIECE, List.of(usd("850.00")), "Lý do"));
        int leaders = 8;
        ExecutorService pool = Executors.newFixedThreadPool(leaders);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < leaders; i++) {
            var leader = account("lanhdao." + i, i % 2 == 0 ? "01AB" : "HQ01", ValuationRoles.LEADER);
            Verdict verdict = i % 3 == 0 ? Verdict.NOT_ACCEPTED : Verdict.ACCEPTED;
            results.add(pool.submit(() -> {
                start.await();
                try {
                    world.desk.decide(leader, p.id(), verdict, "");
                    return true;
                } catch (InvalidStateException refused) {
                    return false;
                }
            }));
        }
        start.countDown();
        int successes = 0;
        for (Future<Boolean> r : results) {
            successes += r.get(30, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();

        assertThat(successes).isEqualTo(1);
        assertThat(actions(world.audit)).containsExactly("valuation.proposal.submitted", "valuation.proposal.decided");
        assertThat(world.proposalStore.get(p.id()).orElseThrow().trail().decision()).isNotNull();
    }
}
