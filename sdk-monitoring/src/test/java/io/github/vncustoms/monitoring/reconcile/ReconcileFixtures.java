package io.github.vncustoms.monitoring.reconcile;

import io.github.vncustoms.core.org.UnitDirectories;
import io.github.vncustoms.core.org.UnitDirectory;
import io.github.vncustoms.monitoring.transfer.ExportMode;
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

/** Events on the sample directory, and a listener that keeps what it hears. */
final class ReconcileFixtures {
    static final UnitDirectory UNITS = UnitDirectories.sample();
    static final TransferMatrix MATRIX = TransferMatrix.qd3035();
    /** Friday 20 November 2026, 08:00 in Hanoi: a working day. */
    static final Instant T0 = Instant.parse("2026-11-20T01:00:00Z");
    static final Instant DAY_START = Instant.parse("2026-11-19T17:00:00Z");
    static final Instant DAY_END = Instant.parse("2026-11-20T17:00:00Z");

    private ReconcileFixtures() {
    }

    static Reconciler reconciler() {
        return Reconciler.builder(MATRIX).directory(UNITS).build();
    }

    static Instant at(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    /** A run that exports one file of the given sizes per name, all automatic, no checksum. */
    static ExportRun run(String runId, String system, String from, String to, Instant at, Object... nameThenSize) {
        List<ExportedFile> files = new ArrayList<>();
        for (int i = 0; i < nameThenSize.length; i += 2) {
            files.add(ExportedFile.automatic((String) nameThenSize[i], ((Number) nameThenSize[i + 1]).longValue()));
        }
        return ExportRun.of(runId, system, from, to, at, files);
    }

    static ExportRun runWithChecksum(String runId, String system, String from, String to, Instant at, String name,
            long size, String checksum) {
        return ExportRun.of(runId, system, from, to, at,
                List.of(new ExportedFile(name, size, checksum, ExportMode.AUTOMATIC)));
    }

    static FileTransmitted tx(ExportRun run, String name, long size, Instant end) {
        return new FileTransmitted(run.runId(), run.system(), run.fromUnit(), run.toUnit(), name, size, end.minusSeconds(5), end);
    }

    static FileReceived rx(ExportRun run, String name, long size, Instant end) {
        return rx(run, name, size, "", end);
    }

    static FileReceived rx(ExportRun run, String name, long size, String checksum, Instant end) {
        return new FileReceived(run.runId(), run.system(), run.fromUnit(), run.toUnit(), name, size, checksum,
                end.minusSeconds(5), end);
    }

    static FileApplied ap(ExportRun run, String name, long size, Instant end) {
        return ap(run, name, size, "", "", end);
    }

    static FileApplied ap(ExportRun run, String name, long size, String version, String error, Instant end) {
        return new FileApplied(run.runId(), run.system(), run.fromUnit(), run.toUnit(), name, size, version, error,
                end.minusSeconds(5), end);
    }

    /** Every event of a run whose files all arrive and are applied in time, minutes after export. */
    static List<TransferEvent> clean(ExportRun run, boolean apply) {
        List<TransferEvent> events = new ArrayList<>();
        events.add(run);
        for (ExportedFile f : run.files()) {
            events.add(tx(run, f.name(), f.size(), run.exportedAt().plusSeconds(60)));
            events.add(rx(run, f.name(), f.size(), f.checksum(), run.exportedAt().plusSeconds(120)));
            if (apply) {
                events.add(ap(run, f.name(), f.size(), run.exportedAt().plusSeconds(240)));
            }
        }
        return events;
    }

    /** Keeps every discrepancy and summary in the order heard. */
    static final class Recorder implements ReconciliationListener {
        final List<Discrepancy> discrepancies = new ArrayList<>();
        final List<RunSummary> runs = new ArrayList<>();
        final List<Object> heard = new ArrayList<>();

        @Override
        public void discrepancy(Discrepancy discrepancy) {
            discrepancies.add(discrepancy);
            heard.add(discrepancy);
        }

        @Override
        public void runReconciled(RunSummary summary) {
            runs.add(summary);
            heard.add(summary);
        }

        List<Discrepancy> ofKind(DiscrepancyKind kind) {
            return discrepancies.stream().filter(d -> d.kind() == kind).toList();
        }
    }
}
