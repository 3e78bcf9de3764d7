package io.github.vncustoms.benchmarks;

import io.github.vncustoms.core.org.CustomsUnit;
import io.github.vncustoms.core.org.OrgEra;
import io.github.vncustoms.core.org.UnitDirectory;
import io.github.vncustoms.monitoring.reconcile.Discrepancy;
import io.github.vncustoms.monitoring.reconcile.DiscrepancyKind;
import io.github.vncustoms.monitoring.reconcile.ExpectedTransfer;
import io.github.vncustoms.monitoring.reconcile.ReconciliationListener;
import io.github.vncustoms.monitoring.reconcile.ReconciliationSession;
import io.github.vncustoms.monitoring.reconcile.Reconciler;
import io.github.vncustoms.monitoring.reconcile.RunSummary;
import io.github.vncustoms.monitoring.transfer.ExportRun;
import io.github.vncustoms.monitoring.transfer.ExportedFile;
import io.github.vncustoms.monitoring.transfer.FileApplied;
import io.github.vncustoms.monitoring.transfer.FileReceived;
import io.github.vncustoms.monitoring.transfer.FileTransmitted;
import io.github.vncustoms.monitoring.transfer.TransferEvent;
import io.github.vncustoms.monitoring.transfer.TransferMatrix;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A day of national transfer traffic reconciled as a stream (issue 4, "Scale and speed"; MON-T-04).
 *
 * <p>The day: headquarters, 34 departments and 165 branches (200 units); 995 flows over five systems
 * (each branch sends declarations, prices and violations to its department and receives tax-debt
 * lists from it and risk data from headquarters; each department sends the same three up and
 * receives tax-debt lists and risk data, the latter not applied, Art. 9). Every flow exports a run of
 * 21 files every 30 minutes: 47,760 runs, 1,002,960 files, and 3,977,568 events (an export run counts
 * one event per file it lists, plus a transmission, a receipt and, where the flow updates, an update
 * per file). About one file in 250 carries an anomaly (missing, wrong size, received twice, update
 * error), so the discrepancy paths run too. Every branch's declarations are also declared as a
 * schedule (a run to its department every 30 minutes, around the clock), so the 165 schedule lanes
 * are checked slot by slot; none may report a missing run.
 *
 * <p>Events are generated lazily, slot by slot (30 minutes), in time order by phase (exports, then
 * transmissions, receipts, updates); the watermark advances at the end of each slot, and the day ends
 * with {@code finish}. At most one slot's runs are held by the generator. Run with a 512 MB heap
 * (the fork sets {@code -Xmx512m}).
 *
 * <p>{@link #generateDay} runs the same generator into a black hole: the cost of building and
 * validating the 4,000,000 event records alone, to subtract from {@link #reconcileDay}.
 *
 * <p>JMH state; not thread-safe, as JMH expects.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
public class ReconcileBenchmark {
    static final int DEPARTMENTS = 34;
    static final int BRANCHES = 165;
    static final int FILES_PER_RUN = 21;
    static final int SLOTS = 48;
    static final long SLOT_SECONDS = 1800;
    static final Instant DAY = Instant.parse("2026-11-19T17:00:00Z");

    /** One flow: a system from one unit to another, and whether the receiver updates. */
    record Flow(String system, String from, String to, boolean apply, int offsetSeconds) {
    }

    private Reconciler reconciler;
    private List<Flow> flows;
    private List<List<ExportedFile>> slotFiles;
    private int maxPendingFiles;

    /** Builds the directory of 200 units, the flows and the reconciler. */
    @Setup
    public void setUp() {
        List<CustomsUnit> units = new ArrayList<>();
        units.add(CustomsUnit.office("TCHQ", "Tổng cục Hải quan", 1, null));
        for (int d = 1; d <= DEPARTMENTS; d++) {
            units.add(CustomsUnit.office(department(d), "Cục Hải quan " + d, 2, "TCHQ"));
        }
        for (int b = 1; b <= BRANCHES; b++) {
            units.add(CustomsUnit.office(branch(b), "Chi cục Hải quan " + b, 3, department(1 + (b - 1) % DEPARTMENTS)));
        }
        UnitDirectory directory = UnitDirectory.of(OrgEra.REGULATIONS_2010, units);
        flows = new ArrayList<>();
        for (int b = 1; b <= BRANCHES; b++) {
            String dept = department(1 + (b - 1) % DEPARTMENTS);
            for (String system : List.of("SLXNK", "GTT22", "VICUM")) {
                flows.add(flow(system, branch(b), dept, true));
            }
            flows.add(flow("KT559", dept, branch(b), true));
            flows.add(flow("QLRR", "TCHQ", branch(b), true));
        }
        for (int d = 1; d <= DEPARTMENTS; d++) {
            for (String system : List.of("SLXNK", "GTT22", "VICUM")) {
                flows.add(flow(system, department(d), "TCHQ", true));
            }
            flows.add(flow("KT559", "TCHQ", department(d), true));
            flows.add(flow("QLRR", "TCHQ", department(d), false));
        }
        slotFiles = new ArrayList<>();
        for (int s = 0; s < SLOTS; s++) {
            List<ExportedFile> files = new ArrayList<>();
            for (int f = 0; f < FILES_PER_RUN; f++) {
                files.add(ExportedFile.automatic("DL_" + s + "_" + f + ".xml", 20_000 + 37L * f + s));
            }
            slotFiles.add(List.copyOf(files));
        }
        reconciler = Reconciler.builder(TransferMatrix.qd3035()).directory(directory)
                .schedule(ExpectedTransfer.of("SLXNK-BRANCH-30MIN", "SLXNK", ExpectedTransfer.Senders.everyUnitAtLevel(3),
                        ExpectedTransfer.Receivers.parent(), ExpectedTransfer.Cadence.every(Duration.ofMinutes(30))))
                .build();
    }

    private Flow flow(String system, String from, String to, boolean apply) {
        return new Flow(system, from, to, apply, (flows.size() * 37) % 1500);
    }

    private static String department(int d) {
        return String.format("HQ%02d", d);
    }

    private static String branch(int b) {
        return String.format("CC%03d", b);
    }

    /** Counts what the reconciler reports. */
    static final class Counter implements ReconciliationListener {
        long discrepancies;
        long missingRuns;
        long runs;

        @Override
        public void discrepancy(Discrepancy discrepancy) {
            discrepancies++;
            if (discrepancy.kind() == DiscrepancyKind.EXPECTED_RUN_MISSING) {
                missingRuns++;
            }
        }

        @Override
        public void runReconciled(RunSummary summary) {
            runs++;
        }
    }

    /**
     * Reconciles the whole day as a stream: about 4,000,000 events.
     *
     * @return the numbers of discrepancies and settled runs
     */
    @Benchmark
    public long[] reconcileDay() {
        Counter counter = new Counter();
        try (ReconciliationSession session = reconciler.open(DAY, counter)) {
            long events = day(session::accept, w -> {
                session.advanceTo(w);
                maxPendingFiles = Math.max(maxPendingFiles, session.pendingFiles());
            });
            session.finish(DAY.plus(Duration.ofDays(1)));
            if (counter.runs != (long) flows.size() * SLOTS || counter.missingRuns != 0) {
                throw new IllegalStateException("Expected " + flows.size() * SLOTS + " runs and no missing one, settled "
                        + counter.runs + " with " + counter.missingRuns + " missing");
            }
            return new long[] {events, counter.discrepancies, counter.runs, maxPendingFiles};
        }
    }

    /**
     * Generates the same day into a black hole: the cost of the input alone.
     *
     * @param hole the black hole
     * @return the number of events
     */
    @Benchmark
    public long generateDay(Blackhole hole) {
        return day(hole::consume, hole::consume);
    }

    /**
     * Generates the day slot by slot, in time order by phase, and advances the watermark after each
     * slot. Returns the number of events, counting an export run once per file it lists.
     */
    long day(Consumer<TransferEvent> sink, Consumer<Instant> watermark) {
        long events = 0;
        long fileSeq = 0;
        ExportRun[] runs = new ExportRun[flows.size()];
        for (int s = 0; s < SLOTS; s++) {
            Instant slotStart = DAY.plusSeconds(s * SLOT_SECONDS);
            List<ExportedFile> files = slotFiles.get(s);
            for (int i = 0; i < runs.length; i++) {
                Flow f = flows.get(i);
                runs[i] = ExportRun.of(f.from() + "-" + f.to() + "-" + f.system() + "-" + s, f.system(), f.from(), f.to(),
                        slotStart.plusSeconds(f.offsetSeconds()), files);
                sink.accept(runs[i]);
                events += FILES_PER_RUN;
            }
            for (ExportRun r : runs) {
                for (int k = 0; k < FILES_PER_RUN; k++) {
                    ExportedFile x = files.get(k);
                    Instant end = r.exportedAt().plusSeconds(60 + k);
                    sink.accept(new FileTransmitted(r.runId(), r.system(), r.fromUnit(), r.toUnit(), x.name(), x.size(),
                            end.minusSeconds(1), end));
                    events++;
                }
            }
            long seq = fileSeq;
            for (ExportRun r : runs) {
                for (int k = 0; k < FILES_PER_RUN; k++, seq++) {
                    int anomaly = (int) (seq % 1000);
                    if (anomaly == 0) {
                        continue;
                    }
                    ExportedFile x = files.get(k);
                    Instant end = r.exportedAt().plusSeconds(120 + k);
                    long size = anomaly == 1 ? x.size() - 1 : x.size();
                    FileReceived receipt = new FileReceived(r.runId(), r.system(), r.fromUnit(), r.toUnit(), x.name(),
                            size, "", end.minusSeconds(1), end);
                    sink.accept(receipt);
                    events++;
                    if (anomaly == 2) {
                        sink.accept(receipt);
                        events++;
                    }
                }
            }
            for (int i = 0; i < runs.length; i++, fileSeq += FILES_PER_RUN) {
                ExportRun r = runs[i];
                if (!flows.get(i).apply()) {
                    continue;
                }
                for (int k = 0; k < FILES_PER_RUN; k++) {
                    int anomaly = (int) ((fileSeq + k) % 1000);
                    if (anomaly == 0) {
                        continue;
                    }
                    ExportedFile x = files.get(k);
                    Instant end = r.exportedAt().plusSeconds(240 + k);
                    sink.accept(new FileApplied(r.runId(), r.system(), r.fromUnit(), r.toUnit(), x.name(),
                            anomaly == 1 ? x.size() - 1 : x.size(), Long.toString(end.getEpochSecond()),
                            anomaly == 3 ? "ORA-01653: không mở rộng được bảng" : "", end.minusSeconds(1), end));
                    events++;
                }
            }
            watermark.accept(slotStart.plusSeconds(SLOT_SECONDS).minusNanos(1));
        }
        return events;
    }
}
