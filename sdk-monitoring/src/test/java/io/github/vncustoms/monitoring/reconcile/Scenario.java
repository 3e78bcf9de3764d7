package io.github.vncustoms.monitoring.reconcile;

import static io.github.vncustoms.monitoring.reconcile.ReconcileFixtures.T0;

import io.github.vncustoms.monitoring.transfer.ExportMode;
import io.github.vncustoms.monitoring.transfer.ExportRun;
import io.github.vncustoms.monitoring.transfer.ExportedFile;
import io.github.vncustoms.monitoring.transfer.FileApplied;
import io.github.vncustoms.monitoring.transfer.FileReceived;
import io.github.vncustoms.monitoring.transfer.FileTransmitted;
import io.github.vncustoms.monitoring.transfer.TransferEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * A generated day of transfers on the sample directory: runs on six flows, each file either matched
 * end to end or carrying one anomaly, some runs with an unlisted extra file or without their export.
 */
record Scenario(List<RunSpec> runs) {
    /** Flows of the sample directory, with whether the matrix updates on them. */
    record Flow(String system, String from, String to, boolean apply) {
    }

    static final List<Flow> FLOWS = List.of(new Flow("SLXNK", "01AB", "HQ01", true), new Flow("SLXNK", "HQ02", "TCHQ", true),
            new Flow("QLRR", "TCHQ", "HQ03", false), new Flow("QLRR", "TCHQ", "02CI", true),
            new Flow("KT559", "TCHQ", "03EE", true), new Flow("GTT22", "02XE", "HQ02", true));

    enum Anomaly {
        NONE, MISSING, SIZE_RECEIPT, SIZE_TRANSMIT, SIZE_UPDATE, CHECKSUM, NOT_APPLIED, APPLY_FAILED, DUPLICATE,
        DUPLICATE_AFTER_SETTLEMENT, LATE_RECEIPT, LATE_UPDATE, STALE;

        boolean needsUpdate() {
            return this == SIZE_UPDATE || this == NOT_APPLIED || this == APPLY_FAILED || this == LATE_UPDATE || this == STALE;
        }
    }

    record FileSpec(long size, boolean checksum, Anomaly anomaly) {
    }

    record RunSpec(Flow flow, int exportMinute, List<FileSpec> files, boolean exportReported, boolean extraFile) {
        boolean clean() {
            return exportReported && !extraFile && files.stream().allMatch(f -> f.anomaly() == Anomaly.NONE);
        }
    }

    static Arbitrary<Scenario> scenarios() {
        Arbitrary<Anomaly> anomaly = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(12, Arbitraries.just(Anomaly.NONE)),
                net.jqwik.api.Tuple.of(12, Arbitraries.of(Anomaly.class)));
        Arbitrary<FileSpec> file = Combinators.combine(Arbitraries.longs().between(0, 100_000), Arbitraries.of(true, false),
                anomaly).as(FileSpec::new);
        Arbitrary<RunSpec> run = Combinators.combine(Arbitraries.of(FLOWS), Arbitraries.integers().between(0, 600),
                file.list().ofMinSize(0).ofMaxSize(4), Arbitraries.frequency(net.jqwik.api.Tuple.of(9, true),
                        net.jqwik.api.Tuple.of(1, false)), Arbitraries.frequency(net.jqwik.api.Tuple.of(1, true),
                        net.jqwik.api.Tuple.of(9, false)))
                .as((flow, minute, files, exported, extra) -> new RunSpec(flow, minute,
                        flow.apply() ? files : files.stream().map(f -> f.anomaly().needsUpdate()
                                ? new FileSpec(f.size(), f.checksum(), Anomaly.NONE) : f).toList(), exported, extra));
        // Edge cases of a whole day are not meaningful and outnumber the tries; random days cover empty runs and zero sizes.
        return run.list().ofMinSize(1).ofMaxSize(8).map(Scenario::new).withoutEdgeCases();
    }

    static String runId(int i) {
        return "R" + i;
    }

    static String fileName(int run, int file) {
        return "F" + run + "_" + file + ".xml";
    }

    static Instant minute(double m) {
        return T0.plus(Duration.ofSeconds(Math.round(m * 60)));
    }

    /** Every event of the scenario, in time order (ties in generation order). */
    List<TransferEvent> events() {
        List<TransferEvent> events = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            RunSpec r = runs.get(i);
            Flow f = r.flow();
            String runId = runId(i);
            int e = r.exportMinute();
            List<ExportedFile> listed = new ArrayList<>();
            for (int j = 0; j < r.files().size(); j++) {
                FileSpec spec = r.files().get(j);
                listed.add(new ExportedFile(fileName(i, j), spec.size(), spec.checksum() ? "sha256:" + Integer.toHexString(31 * i + j + 1) : "",
                        j % 2 == 0 ? ExportMode.AUTOMATIC : ExportMode.CONDITIONAL));
            }
            if (r.exportReported()) {
                events.add(ExportRun.of(runId, f.system(), f.from(), f.to(), minute(e), listed));
            }
            for (int j = 0; j < listed.size(); j++) {
                file(events, f, runId, e, listed.get(j), r.files().get(j).anomaly());
            }
            if (r.extraFile()) {
                file(events, f, runId, e, ExportedFile.automatic("X" + i + ".xml", 77), Anomaly.NONE);
            }
        }
        List<TransferEvent> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(TransferEvent::occurredAt));
        return sorted;
    }

    private static void file(List<TransferEvent> events, Flow f, String runId, int e, ExportedFile x, Anomaly a) {
        String name = x.name();
        long size = x.size();
        events.add(new FileTransmitted(runId, f.system(), f.from(), f.to(), name, a == Anomaly.SIZE_TRANSMIT ? size + 1 : size,
                minute(e + 0.5), minute(e + 1)));
        if (a == Anomaly.MISSING) {
            return;
        }
        double received = a == Anomaly.LATE_RECEIPT ? e + 45 : e + 2;
        events.add(new FileReceived(runId, f.system(), f.from(), f.to(), name, a == Anomaly.SIZE_RECEIPT ? size + 3 : size,
                a == Anomaly.CHECKSUM ? "sha256:ffff0000" : x.checksum(), minute(received - 0.5), minute(received)));
        if (a == Anomaly.DUPLICATE || a == Anomaly.DUPLICATE_AFTER_SETTLEMENT) {
            double again = a == Anomaly.DUPLICATE ? e + 3 : e + 180;
            events.add(new FileReceived(runId, f.system(), f.from(), f.to(), name, size, x.checksum(), minute(again - 0.5),
                    minute(again)));
        }
        if (!f.apply() || a == Anomaly.NOT_APPLIED) {
            return;
        }
        double updated = a == Anomaly.LATE_UPDATE ? received + 40 : received + 2;
        Instant end = minute(updated);
        events.add(new FileApplied(runId, f.system(), f.from(), f.to(), name,
                a == Anomaly.SIZE_UPDATE ? size + 7 : a == Anomaly.SIZE_RECEIPT ? size + 3 : size,
                a == Anomaly.STALE ? "1" : Long.toString(end.getEpochSecond()),
                a == Anomaly.APPLY_FAILED ? "lỗi cập nhật " + name : "", minute(updated - 1), end));
    }

    /** The (run, file) of every file that is exported, transmitted, received and updated in time, matching. */
    Set<List<String>> cleanFiles() {
        Set<List<String>> clean = new LinkedHashSet<>();
        for (int i = 0; i < runs.size(); i++) {
            RunSpec r = runs.get(i);
            for (int j = 0; j < r.files().size(); j++) {
                if (r.exportReported() && r.files().get(j).anomaly() == Anomaly.NONE) {
                    clean.add(List.of(runId(i), fileName(i, j)));
                }
            }
        }
        return clean;
    }
}
