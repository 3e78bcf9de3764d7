package io.github.vncustoms.monitoring.internal.reconcile;

import io.github.vncustoms.monitoring.transfer.ExportRun;
import java.time.Instant;

/**
 * What the reconciler knows of one run, identified by {@code (system, fromUnit, runId)}: its export
 * if reported, its files (a chain through {@link FileState#nextInRun}) and its settle deadline. A run
 * seen only through file events is a placeholder until its {@link ExportRun} arrives. Mutable; owned
 * by one session.
 */
final class RunState {
    final String system;
    final String fromUnit;
    final String runId;
    final int hash;
    RunState nextInTable;

    ExportRun export;
    /** Whether an export was ever reported, kept after {@link #export} is dropped at settlement. */
    boolean exported;
    /** The receiving unit of the export, once reported. */
    String toUnit;
    int listedFiles;
    boolean applyExpected;
    Instant deadline;
    Instant firstEventAt;
    FileState files;
    int fileCount;
    /** Stale updates found for the run's files while it was pending; they count in its summary. */
    int extraDiscrepancies;
    boolean settled;

    RunState(String system, String fromUnit, String runId, int hash) {
        this.system = system;
        this.fromUnit = fromUnit;
        this.runId = runId;
        this.hash = hash;
    }

    static int hash(String system, String fromUnit, String runId) {
        int h = (system.hashCode() * 31 + fromUnit.hashCode()) * 31 + runId.hashCode();
        return h ^ (h >>> 16);
    }

    boolean is(String system, String fromUnit, String runId) {
        return this.runId.equals(runId) && this.fromUnit.equals(fromUnit) && this.system.equals(system);
    }
}
