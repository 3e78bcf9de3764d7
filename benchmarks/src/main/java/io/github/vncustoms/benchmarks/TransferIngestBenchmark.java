package io.github.vncustoms.benchmarks;

import io.github.vncustoms.core.access.AccessPolicy;
import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.org.CustomsUnit;
import io.github.vncustoms.core.org.UnitDirectories;
import io.github.vncustoms.core.org.UnitDirectory;
import io.github.vncustoms.monitoring.transfer.ExportRun;
import io.github.vncustoms.monitoring.transfer.ExportedFile;
import io.github.vncustoms.monitoring.transfer.FileApplied;
import io.github.vncustoms.monitoring.transfer.FileReceived;
import io.github.vncustoms.monitoring.transfer.FileTransmitted;
import io.github.vncustoms.monitoring.transfer.InMemoryTransferLedger;
import io.github.vncustoms.monitoring.transfer.RecordedTransfer;
import io.github.vncustoms.monitoring.transfer.TransferEvent;
import io.github.vncustoms.monitoring.transfer.TransferMatrix;
import io.github.vncustoms.monitoring.transfer.TransferMonitor;
import io.github.vncustoms.monitoring.transfer.TransferOperation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Ingest of transfer events (MON-T-01): eight threads record pre-built valid events through one
 * {@link TransferMonitor} into one {@link InMemoryTransferLedger}. Each call checks the flow against
 * the QĐ 3035 matrix and the sample unit directory, takes a sequence number, stores the record in
 * both of the ledger's indexes and calls the (empty) listener; the clock is the system clock.
 *
 * <p>The events cycle through every flow of the sample directory in every system, 4,096 of them, so
 * the measurement is the monitor and the ledger, not event construction. A fresh ledger per
 * iteration, and one-second iterations, keep the heap bounded (about 150 bytes a record); after
 * each iteration the ledger's records must be numbered exactly 1 to its size.
 *
 * <p>JMH state; not thread-safe beyond what JMH guarantees.
 */
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
@State(Scope.Benchmark)
public class TransferIngestBenchmark {
    private static final int EVENTS = 4096;

    TransferEvent[] events;
    InMemoryTransferLedger ledger;
    TransferMonitor monitor;

    /** Builds the events once, on every flow the matrix has between the sample units. */
    @Setup(Level.Trial)
    public void prepare() {
        UnitDirectory units = UnitDirectories.sample();
        AccessPolicy policy = AccessPolicy.builder(units).build();
        monitor = TransferMonitor.builder(units, policy).build();
        events = events(units, TransferMatrix.qd3035());
    }

    /** Starts each iteration with an empty ledger. */
    @Setup(Level.Iteration)
    public void freshLedger() {
        ledger = new InMemoryTransferLedger();
        monitor = monitor.toBuilder().ledger(ledger).build();
    }

    /** Per-thread position in the events, each thread starting elsewhere. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        /** Spreads the threads over the events. */
        @Setup(Level.Trial)
        public void start() {
            next = (int) (Thread.currentThread().getId() * 613) & (EVENTS - 1);
        }
    }

    /**
     * Records one event.
     *
     * @param cursor the thread's position
     * @return the record
     */
    @Benchmark
    @Threads(8)
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 2, time = 1)
    @Measurement(iterations = 3, time = 1)
    public RecordedTransfer record(Cursor cursor) {
        return monitor.record(events[cursor.next++ & (EVENTS - 1)]);
    }

    /** Fails the run unless the ledger's records are numbered exactly 1 to its size. */
    @TearDown(Level.Iteration)
    public void check() {
        long size = ledger.size();
        for (long s = 1; s <= size + 1; s++) {
            if (ledger.get(s).isPresent() != (s <= size)) {
                throw new IllegalStateException("Ledger of " + size + " records is not numbered 1.." + size + " (at " + s + ")");
            }
        }
    }

    static TransferEvent[] events(UnitDirectory units, TransferMatrix matrix) {
        List<TransferEvent> valid = new ArrayList<>();
        Instant at = Instant.parse("2026-11-20T02:30:00Z");
        int n = 0;
        for (String system : matrix.systems()) {
            for (CustomsUnit from : units.units()) {
                for (CustomsUnit to : units.units()) {
                    for (TransferOperation op : TransferOperation.values()) {
                        if (from.equals(to)) {
                            continue;
                        }
                        TransferEvent e = event(system, from.code(), to.code(), op, "RUN-" + n, at.plusSeconds(n));
                        try {
                            matrix.resolve(e, units);
                            valid.add(e);
                            n++;
                        } catch (ValidationException notAFlow) {
                            // the regulation has no such flow
                        }
                    }
                }
            }
        }
        TransferEvent[] out = new TransferEvent[EVENTS];
        for (int i = 0; i < EVENTS; i++) {
            out[i] = valid.get((int) ((i * 2_654_435_761L) % valid.size()));
        }
        return out;
    }

    private static TransferEvent event(String system, String from, String to, TransferOperation op, String run, Instant at) {
        String file = run + ".xml";
        Instant start = at.minusSeconds(3);
        return switch (op) {
            case EXPORT -> ExportRun.of(run, system, from, to, at, List.of(ExportedFile.automatic(file, 48_213)));
            case TRANSMIT -> new FileTransmitted(run, system, from, to, file, 48_213, start, at);
            case RECEIVE -> new FileReceived(run, system, from, to, file, 48_213, "sha256:9f86d0", start, at);
            case APPLY -> new FileApplied(run, system, from, to, file, 48_213, "2026.11.20-1", "", start, at);
        };
    }
}
