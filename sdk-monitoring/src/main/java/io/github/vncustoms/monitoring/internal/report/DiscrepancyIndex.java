package io.github.vncustoms.monitoring.internal.report;

import io.github.vncustoms.monitoring.reconcile.Discrepancy;
import io.github.vncustoms.monitoring.report.GeneralInfoRow;
import io.github.vncustoms.monitoring.report.ReceiptInfoRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Discrepancies by run and by file, so that marking a table costs one look-up per row. Immutable
 * once built. Not API.
 */
public final class DiscrepancyIndex {
    private final Map<RowKeys.RunKey, List<Discrepancy>> byRun;
    private final Map<RowKeys.FileKey, List<Discrepancy>> byFile;

    private DiscrepancyIndex(Map<RowKeys.RunKey, List<Discrepancy>> byRun,
            Map<RowKeys.FileKey, List<Discrepancy>> byFile) {
        this.byRun = byRun;
        this.byFile = byFile;
    }

    /**
     * Indexes discrepancies, keeping their order within each key.
     *
     * @param discrepancies the discrepancies
     * @return the index
     */
    public static DiscrepancyIndex of(List<Discrepancy> discrepancies) {
        Map<RowKeys.RunKey, List<Discrepancy>> byRun = new HashMap<>();
        Map<RowKeys.FileKey, List<Discrepancy>> byFile = new HashMap<>();
        for (Discrepancy d : discrepancies) {
            if (d.runId().isEmpty()) {
                continue;
            }
            byRun.computeIfAbsent(RowKeys.run(d), k -> new ArrayList<>()).add(d);
            if (!d.fileName().isEmpty()) {
                byFile.computeIfAbsent(RowKeys.file(d), k -> new ArrayList<>()).add(d);
            }
        }
        return new DiscrepancyIndex(byRun, byFile);
    }

    /**
     * Returns the discrepancies of a run.
     *
     * @param row the general row
     * @return the discrepancies, possibly empty
     */
    public List<Discrepancy> of(GeneralInfoRow row) {
        return byRun.getOrDefault(RowKeys.of(row), List.of());
    }

    /**
     * Returns the discrepancies of a file.
     *
     * @param row the receipt row
     * @return the discrepancies, possibly empty
     */
    public List<Discrepancy> of(ReceiptInfoRow row) {
        return byFile.getOrDefault(RowKeys.of(row), List.of());
    }
}
