package io.github.vncustoms.monitoring.internal.reconcile;

import io.github.vncustoms.monitoring.transfer.ExportRun;
import java.time.Instant;

/**
 * What the reconciler knows of one run, identified by {@code (system, fromUnit, runId)}: its export
 * if reported, its files (a small open-addressing table by name, so that a run's files sit together
 * and leave with it) and its settle deadline. A run seen only through file events is a placeholder
 * until its {@link ExportRun} arrives. Mutable; owned by one session.
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
    int fromLevel;
    int toLevel;
    boolean applyExpected;
    Instant deadline;
    Instant firstEventAt;
    private FileState[] files = new FileState[4];
    int fileCount;
    /** The receiving unit of the last event whose flow was checked against the directory and matrix. */
    String checkedTo;
    /** The matrix's operations on this run's flow, one bit per operation ordinal; 0 until known. */
    int operations;
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

    FileState file(String name) {
        int h = FileState.hash(name);
        FileState[] table = files;
        for (int i = h & (table.length - 1); ; i = (i + 1) & (table.length - 1)) {
            FileState f = table[i];
            if (f == null || f.hash == h && f.name.equals(name)) {
                return f;
            }
        }
    }

    /** Adds a file that {@link #file(String)} does not have. */
    FileState addFile(String name) {
        if (2 * (fileCount + 1) > files.length) {
            grow(2 * (fileCount + 1));
        }
        FileState f = new FileState(this, name);
        put(files, f);
        fileCount++;
        return f;
    }

    /** Makes room for a number of files at once, e.g. those an export run lists. */
    void reserve(int count) {
        if (2 * (fileCount + count) > files.length) {
            grow(2 * (fileCount + count));
        }
    }

    /** Calls the action on each file, in no particular order. */
    void forEachFile(java.util.function.Consumer<FileState> action) {
        for (FileState f : files) {
            if (f != null) {
                action.accept(f);
            }
        }
    }

    FileState[] fileSlots() {
        return files;
    }

    private void grow(int needed) {
        int capacity = files.length;
        while (capacity < needed) {
            capacity *= 2;
        }
        FileState[] bigger = new FileState[capacity];
        for (FileState f : files) {
            if (f != null) {
                put(bigger, f);
            }
        }
        files = bigger;
    }

    private static void put(FileState[] table, FileState f) {
        int i = f.hash & (table.length - 1);
        while (table[i] != null) {
            i = (i + 1) & (table.length - 1);
        }
        table[i] = f;
    }
}
