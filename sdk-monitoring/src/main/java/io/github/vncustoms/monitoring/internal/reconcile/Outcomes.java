package io.github.vncustoms.monitoring.internal.reconcile;

import io.github.vncustoms.monitoring.reconcile.Discrepancy;
import io.github.vncustoms.monitoring.reconcile.ReconciliationListener;
import io.github.vncustoms.monitoring.reconcile.ReconciliationResult;
import io.github.vncustoms.monitoring.reconcile.RunSummary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What one {@code advanceTo} or {@code finish} found, put in a deterministic order before the
 * listener hears it: by the time each finding was decided; at the same time, stale updates, then
 * schedule slots, then runs (each run's discrepancies in {@link ReconciliationResult#DISCREPANCY_ORDER}
 * followed by its summary, runs by system, sender and run id), then events reported after
 * settlement. Not thread-safe.
 */
final class Outcomes {
    static final int STALE = 0;
    static final int SCHEDULE = 1;
    static final int RUN = 2;
    static final int AFTER_SETTLEMENT = 3;

    private record Item(Instant time, int type, String system, String fromUnit, String runId, Discrepancy discrepancy,
            RunSummary summary) {
    }

    private static final Comparator<Item> ORDER = Comparator.comparing(Item::time).thenComparingInt(Item::type)
            .thenComparing(Item::system).thenComparing(Item::fromUnit).thenComparing(Item::runId)
            .thenComparing(i -> i.summary() != null)
            .thenComparing(Item::discrepancy, Comparator.nullsLast(ReconciliationResult.DISCREPANCY_ORDER));

    private final List<Item> items = new ArrayList<>();

    void single(Instant decidedAt, int type, Discrepancy d) {
        items.add(new Item(decidedAt, type, "", "", "", d, null));
    }

    void run(RunState run, List<Discrepancy> found, RunSummary summary) {
        for (Discrepancy d : found) {
            items.add(new Item(run.deadline, RUN, run.system, run.fromUnit, run.runId, d, null));
        }
        if (summary != null) {
            items.add(new Item(run.deadline, RUN, run.system, run.fromUnit, run.runId, null, summary));
        }
    }

    void emitTo(ReconciliationListener listener) {
        if (items.isEmpty()) {
            return;
        }
        List<Item> sorted = new ArrayList<>(items);
        items.clear();
        sorted.sort(ORDER);
        for (Item i : sorted) {
            if (i.summary() != null) {
                listener.runReconciled(i.summary());
            } else {
                listener.discrepancy(i.discrepancy());
            }
        }
    }
}
