package io.github.vncustoms.monitoring.internal.reconcile;

import io.github.vncustoms.monitoring.transfer.ExportedFile;

/**
 * What the reconciler knows of one file of a run: a handful of primitive fields per operation
 * (times in epoch nanoseconds, {@link Times#NONE} when absent), never the events themselves. Each
 * field keeps the least element by a total order (time first, then the other fields), so the state
 * is the same whatever order the events arrived in. Mutable; owned by one session.
 */
final class FileState {
    final RunState run;
    final String name;
    final int hash;

    /** The run's entry for this file, or {@code null} if no export run lists it. */
    ExportedFile listed;
    /** The earliest event's time and receiving unit (ties: the smaller unit code). */
    long firstAt = Times.NONE;
    String toUnit;

    int txCount;
    long txAt = Times.NONE;
    long txSize;

    int rxCount;
    long rxAt = Times.NONE;
    long rxSize;
    String rxChecksum;
    /** The second-earliest receipt, for the time of a duplicate delivery. */
    long rx2At = Times.NONE;

    int okCount;
    long okAt = Times.NONE;
    long okSize;

    int failCount;
    long failAt = Times.NONE;
    String failError;

    /** Receipts reported after settlement, not yet reported; see {@link Engine}. */
    boolean postDirty;
    int postPriorReceipts;
    long postAt = Times.NONE;
    /** A file first seen after its run was settled, reported as unexpected at the next flush. */
    boolean postNew;

    FileState(RunState run, String name) {
        this.run = run;
        this.name = name;
        this.hash = hash(name);
    }

    static int hash(String name) {
        int h = name.hashCode();
        return h ^ (h >>> 16);
    }

    void seen(long at, String unit) {
        if (firstAt == Times.NONE || at < firstAt || at == firstAt && unit.compareTo(toUnit) < 0) {
            firstAt = at;
            toUnit = unit;
        }
    }

    void transmitted(long at, long size) {
        txCount++;
        if (txAt == Times.NONE || at < txAt || at == txAt && size < txSize) {
            txAt = at;
            txSize = size;
        }
    }

    void received(long at, long size, String checksum) {
        rxCount++;
        if (rxAt == Times.NONE) {
            rxAt = at;
            rxSize = size;
            rxChecksum = checksum;
            return;
        }
        int c = Long.compare(at, rxAt);
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
        } else if (rx2At == Times.NONE || at < rx2At) {
            rx2At = at;
        }
    }

    void applied(long at, long size) {
        okCount++;
        if (okAt == Times.NONE || at < okAt || at == okAt && size < okSize) {
            okAt = at;
            okSize = size;
        }
    }

    void failed(long at, String error) {
        failCount++;
        if (failAt == Times.NONE || at < failAt || at == failAt && error.compareTo(failError) < 0) {
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
