package io.github.vncustoms.valuation.observation;

import static io.github.vncustoms.valuation.observation.RecordsFixtures.DAY;
import static io.github.vncustoms.valuation.observation.RecordsFixtures.leader;
import static io.github.vncustoms.valuation.observation.RecordsFixtures.offer;
import static io.github.vncustoms.valuation.observation.RecordsFixtures.officer;
import static io.github.vncustoms.valuation.observation.RecordsFixtures.phone;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vncustoms.core.audit.AuditEvent;
import io.github.vncustoms.core.error.InvalidStateException;
import io.github.vncustoms.valuation.approval.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Leaders deciding one proposal at once: exactly one decision is taken and journaled (VAL-14, VAL-15). */
final class ValuationDatabaseConcurrencyTest {
    @Test
    @DisplayName("VAL-14: of several leaders deciding the same proposal concurrently, exactly one succeeds")
    void concurrentDecisions_takeExactlyOne() throws Exception {
        RecordsFixtures.World world = RecordsFixtures.world();
        PriceObservation proposal = world.db.propose(officer("lan.nt", "01AB"), offer(phone(), "950.00", DAY),
                "Lập luận", List.of("a.pdf"));
        int leaders = 8;
        ExecutorService pool = Executors.newFixedThreadPool(leaders);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < leaders; i++) {
                String unit = i % 2 == 0 ? "01AB" : "HQ01";
                String id = "leader" + i;
                Verdict verdict = i % 3 == 0 ? Verdict.NOT_ACCEPTED : Verdict.ACCEPTED;
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        world.db.decide(leader(id, unit), proposal.id(), verdict, "");
                        return "decided";
                    } catch (InvalidStateException e) {
                        return "refused";
                    }
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> f : outcomes) {
                results.add(f.get(30, TimeUnit.SECONDS));
            }
            assertThat(results).containsOnlyOnce("decided");
            assertThat(results).filteredOn("refused"::equals).hasSize(leaders - 1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(world.events()).extracting(AuditEvent::action).filteredOn(ValuationDatabase.DECIDED::equals).hasSize(1);
        assertThat(world.store.find(proposal.id()).orElseThrow().approval().decision()).isNotNull();
        world.journal.verify().requireIntact();
    }
}
