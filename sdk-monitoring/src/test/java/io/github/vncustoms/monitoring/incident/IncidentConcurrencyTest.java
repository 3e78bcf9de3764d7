package io.github.vncustoms.monitoring.incident;

import io.github.vncustoms.core.time.ManualClock;

import static io.github.vncustoms.monitoring.incident.IncidentFixtures.T0;
import static io.github.vncustoms.monitoring.incident.IncidentFixtures.account;
import static io.github.vncustoms.monitoring.incident.IncidentFixtures.discrepancy;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vncustoms.core.audit.AuditEntry;
import io.github.vncustoms.core.audit.AuditJournal;
import io.github.vncustoms.core.audit.InMemoryAuditStore;
import io.github.vncustoms.core.audit.JournalSigningKey;
import io.github.vncustoms.core.paging.PageRequest;
import io.github.vncustoms.monitoring.reconcile.DiscrepancyKind;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The reconciler and people call the desk concurrently; one open problem never gets two incidents (MON-T-04). */
final class IncidentConcurrencyTest {
    private static final int THREADS = 8;
    private static final int RAISES_PER_THREAD = 250;

    @Test
    @DisplayName("MON-T-04: 8 threads raising the same problem make exactly one incident with every occurrence counted")
    void eightThreads_raisingOneProblem_makeOneIncident() throws Exception {
        InMemoryAuditStore store = InMemoryAuditStore.create();
        AuditJournal journal = AuditJournal.builder(store, JournalSigningKey.generate(), IncidentFixtures.defaultPolicy())
                .checkpointEvery(0).build();
        InMemoryIncidentSink sink = InMemoryIncidentSink.create();
        IncidentDesk desk = IncidentDesk.builder(IncidentRouting.sample()).sink(sink).journal(journal)
                .clock(ManualClock.at(T0)).build();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int n = 0; n < RAISES_PER_THREAD; n++) {
                        desk.discrepancy(discrepancy(DiscrepancyKind.MISSING_AT_RECEIVER, "SLXNK", "01AB", "HQ01", T0));
                        // Another problem on the same stripe or not, to mix the keys.
                        desk.raise(discrepancy(DiscrepancyKind.LATE, "QLRR", "HQ0" + (1 + thread % 3), "TCHQ", T0));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        List<Incident> all = desk.incidents(account("hq.it", "TCHQ"), IncidentQuery.all(), PageRequest.first(100)).items();
        assertThat(all).filteredOn(i -> i.system().equals("SLXNK")).singleElement()
                .satisfies(i -> assertThat(i.occurrences()).isEqualTo(THREADS * RAISES_PER_THREAD));
        assertThat(all).filteredOn(i -> i.system().equals("QLRR")).hasSize(3)
                .extracting(Incident::occurrences).allMatch(n -> n > 0)
                .satisfies(ns -> assertThat(ns.stream().mapToInt(Integer::intValue).sum()).isEqualTo(THREADS * RAISES_PER_THREAD));
        assertThat(sink.size()).isEqualTo(4);
        List<AuditEntry> entries = store.entries();
        assertThat(entries).hasSize(2 * THREADS * RAISES_PER_THREAD);
        assertThat(entries).filteredOn(e -> e.event().action().equals("incident.opened")).hasSize(4);
        assertThat(journal.verify().ok()).isTrue();
    }
}
