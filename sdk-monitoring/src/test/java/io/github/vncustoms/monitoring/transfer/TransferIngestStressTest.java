package io.github.vncustoms.monitoring.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vncustoms.core.paging.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Eight threads record through one monitor at once: no event is lost or counted twice, every
 * sequence number is used exactly once, and the listener hears each event once (MON-T-01, the
 * issue's ingest requirement). Asserts counts only, never time.
 */
final class TransferIngestStressTest {
    private static final int THREADS = 8;
    private static final int PER_THREAD = 5_000;
    private static final int BATCH = 50;

    @Test
    @DisplayName("MON-T-01: 8 threads × 5,000 events: sequences exactly 1..40,000, each event once, the listener told once each")
    void concurrentRecording_losesNothing_andNumbersEachEventOnce() throws Exception {
        InMemoryTransferLedger ledger = new InMemoryTransferLedger();
        ConcurrentLinkedQueue<RecordedTransfer> heard = new ConcurrentLinkedQueue<>();
        TransferMonitor monitor = TransferFixtures.monitor().ledger(ledger).listener(heard::add).build();
        List<List<TransferEvent>> perThread = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            perThread.add(events(t));
        }

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<List<RecordedTransfer>>> futures = new ArrayList<>();
        try {
            for (int t = 0; t < THREADS; t++) {
                List<TransferEvent> mine = perThread.get(t);
                boolean batched = t % 2 == 1;  // half the threads use record, half recordAll
                Callable<List<RecordedTransfer>> task = () -> {
                    start.await();
                    List<RecordedTransfer> out = new ArrayList<>(mine.size());
                    if (batched) {
                        for (int i = 0; i < mine.size(); i += BATCH) {
                            out.addAll(monitor.recordAll(mine.subList(i, Math.min(i + BATCH, mine.size()))));
                        }
                    } else {
                        mine.forEach(e -> out.add(monitor.record(e)));
                    }
                    return out;
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<RecordedTransfer> returned = new ArrayList<>();
            for (Future<List<RecordedTransfer>> f : futures) {
                returned.addAll(f.get());
            }

            long n = (long) THREADS * PER_THREAD;
            List<Long> all = LongStream.rangeClosed(1, n).boxed().toList();
            assertThat(ledger.size()).isEqualTo(n);
            assertThat(returned.stream().map(RecordedTransfer::sequence).sorted().toList()).isEqualTo(all);
            assertThat(heard.stream().map(RecordedTransfer::sequence).sorted().toList()).isEqualTo(all);

            List<TransferEvent> stored = new ArrayList<>();
            for (long s = 1; s <= n; s++) {
                stored.add(ledger.get(s).orElseThrow().event());
            }
            List<TransferEvent> sent = perThread.stream().flatMap(List::stream).toList();
            assertThat(counts(stored)).isEqualTo(counts(sent));
            assertThat(counts(heard.stream().map(RecordedTransfer::event).toList())).isEqualTo(counts(sent));
            assertThat(ledger.find(TransferQuery.all(), TransferScope.everything(monitor.matrix()), PageRequest.first(1)).total())
                    .isEqualTo(n);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<TransferEvent, Long> counts(List<TransferEvent> events) {
        return events.stream().collect(Collectors.groupingBy(Function.identity(), HashMap::new, Collectors.counting()));
    }

    /** Valid events of one thread, each with its own run id, cycling through every flow. */
    private static List<TransferEvent> events(int thread) {
        List<TransferFixtures.Flow> flows = TransferFixtures.VALID_FLOWS;
        List<TransferEvent> events = new ArrayList<>(PER_THREAD);
        Instant base = TransferFixtures.T0;
        for (int k = 0; k < PER_THREAD; k++) {
            TransferFixtures.Flow flow = flows.get((thread * PER_THREAD + k) % flows.size());
            events.add(TransferFixtures.event(flow, "T" + thread + "-" + k, "F_" + k + ".xml", k, base.plusSeconds(k % 3600)));
        }
        return events;
    }
}
