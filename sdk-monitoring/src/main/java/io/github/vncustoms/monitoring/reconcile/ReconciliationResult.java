package io.github.vncustoms.monitoring.reconcile;

import io.github.vncustoms.monitoring.internal.Fields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a batch reconciliation found ({@link Reconciler#reconcile}): every discrepancy and every run
 * summary, sorted.
 *
 * <p>Immutable and thread-safe.
 *
 * @param discrepancies the discrepancies in {@link #DISCREPANCY_ORDER}
 * @param runs the run summaries in {@link #RUN_ORDER}
 */
public record ReconciliationResult(List<Discrepancy> discrepancies, List<RunSummary> runs) {
    /**
     * Orders discrepancies by instant, then kind, system, sending unit, receiving unit, run, file,
     * and finally their texts, so that equal sets sort into equal lists.
     */
    public static final Comparator<Discrepancy> DISCREPANCY_ORDER = Comparator.comparing(Discrepancy::at)
            .thenComparing(Discrepancy::kind).thenComparing(Discrepancy::system).thenComparing(Discrepancy::fromUnit)
            .thenComparing(Discrepancy::toUnit).thenComparing(Discrepancy::runId).thenComparing(Discrepancy::fileName)
            .thenComparing(Discrepancy::expected).thenComparing(Discrepancy::actual).thenComparing(Discrepancy::detail);

    /** Orders run summaries by export time, then system, exporting unit and run id. */
    public static final Comparator<RunSummary> RUN_ORDER = Comparator.comparing((RunSummary s) -> s.run().exportedAt())
            .thenComparing(s -> s.run().system()).thenComparing(s -> s.run().fromUnit()).thenComparing(s -> s.run().runId());

    /**
     * Validates, copies and sorts.
     *
     * @throws io.github.vncustoms.core.error.ValidationException if a list is missing
     */
    public ReconciliationResult {
        List<Discrepancy> d = new ArrayList<>(Fields.present(discrepancies, "discrepancies", "a list, empty when none"));
        d.sort(DISCREPANCY_ORDER);
        discrepancies = List.copyOf(d);
        List<RunSummary> r = new ArrayList<>(Fields.present(runs, "runs", "a list, empty when none"));
        r.sort(RUN_ORDER);
        runs = List.copyOf(r);
    }

    /**
     * Returns the discrepancies of one kind.
     *
     * @param kind the kind
     * @return those discrepancies, in order
     */
    public List<Discrepancy> ofKind(DiscrepancyKind kind) {
        return discrepancies.stream().filter(d -> d.kind() == kind).toList();
    }

    /**
     * Tells whether nothing was found.
     *
     * @return {@code true} if there is no discrepancy
     */
    public boolean clean() {
        return discrepancies.isEmpty();
    }
}
