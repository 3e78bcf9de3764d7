package io.github.vncustoms.monitoring.internal.reconcile;

import io.github.vncustoms.monitoring.transfer.ExportedFile;
import java.time.Instant;

/**
 * What the reconciler knows of one file of a run: a handful of fields per operation, never the
 * events themselves. Each field keeps the least element by a total order (time first, then the
 * other fields), so the state is the same whatever order the events arrived in. Mutable; owned by
 * one session.
 */
final class FileState {
    final RunState run;
    final String name;
    final int hash;
    FileState nextInTable;
    FileState nextInRun;

    /** The run's entry for this file, or {@code null} if no export run lists it. */
    ExportedFile listed;
    /** The earliest event's time and receiving unit (ties: the smaller unit code). */
    Instant firstAt;
    String toUnit;

    int txCount;
    Instant txAt;
    long txSize;

    int rxCount;
    Instant rxAt;
    long rxSize;
    String rxChecksum;
    /** The second-earliest receipt, for the time of a duplicate delivery. */
    Instant rx2At;

    int okCount;
    Instant okAt;
    long okSize;

    int failCount;
    Instant failAt;
    String failError;

    /** Receipts reported after settlement, not yet reported; see {@link Engine}. */
    boolean postDirty;
    int postPriorReceipts;
    Instant postAt;
    /** A file first seen after its run was settled, reported as unexpected at the next flush. */
    boolean postNew;

    FileState(RunState run, String name, int hash) {
        this.run = run;
        this.name = name;
        this.hash = hash;
    }

    static int hash(RunState run, String name) {
        int h = run.hash * 31 + name.hashCode();
        return h ^ (h >>> 16);
    }

    void seen(Instant at, String unit) {
        if (firstAt == null || at.isBefore(firstAt) || at.equals(firstAt) && unit.compareTo(toUnit) < 0) {
            firstAt = at;
            toUnit = unit;
        }
    }

    void transmitted(Instant at, long size) {
        txCount++;
        if (txAt == null || at.isBefore(txAt) || at.equals(txAt) && size < txSize) {
            txAt = at;
            txSize = size;
        }
    }

    void received(Instant at, long size, String checksum) {
        rxCount++;
        if (rxAt == null) {
            rxAt = at;
            rxSize = size;
            rxChecksum = checksum;
            return;
        }
        int c = at.compareTo(rxAt);
        if (c == 0) {
            c = Long.compare(size, rxSize);
        }
        if (c == 0) {
            c = checksum.compareTo(rxChecksum);
        }
        if (c < 0) {
            rx2At = rxAt;
            rxAt = at;
            rxSize = size;
            rxChecksum = checksum;
        } else if (rx2At == null || at.isBefore(rx2At)) {
            rx2At = at;
        }
    }

    void applied(Instant at, long size) {
        okCount++;
        if (okAt == null || at.isBefore(okAt) || at.equals(okAt) && size < okSize) {
            okAt = at;
            okSize = size;
        }
    }

    void failed(Instant at, String error) {
        failCount++;
        if (failAt == null || at.isBefore(failAt) || at.equals(failAt) && error.compareTo(failError) < 0) {
            failAt = at;
            failError = error;
        }
    }

    /** Drops what a settled file no longer needs, so remembered files stay small. */
    void compact() {
        listed = null;
        rxChecksum = null;
        failError = null;
    }
}
