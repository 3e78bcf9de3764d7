package io.github.vncustoms.monitoring.reconcile;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.monitoring.internal.Fields;
import io.github.vncustoms.monitoring.transfer.ExportRun;
import java.util.List;

/**
 * A run once reconciled: the Annex I general information (MON-T-02) with the exporter's figures
 * from the {@link ExportRun} and the receiver's figures counted from the receipts and updates.
 *
 * <p>Files received more than once count once; sizes are those of the first receipt and of the
 * successful updates.
 *
 * <p>Immutable and thread-safe.
 *
 * @param run the export run (exporting unit, date, time, automatic, conditional and total files,
 *     total size, receiving unit)
 * @param filesReceived the total number of distinct files received (tổng số file nhận)
 * @param sizeReceived the total size received, in bytes (tổng dung lượng các file nhận)
 * @param filesApplied the number of files applied without error
 * @param sizeApplied the total size applied, in bytes (tổng dung lượng cập nhật)
 * @param updateErrors the update errors reported, in file-name order (lỗi khi cập nhật)
 * @param discrepancies how many discrepancies the run had
 */
public record RunSummary(ExportRun run, int filesReceived, long sizeReceived, int filesApplied, long sizeApplied,
        List<String> updateErrors, int discrepancies) {

    /**
     * Validates and copies.
     *
     * @throws ValidationException if a figure is negative or a part missing
     */
    public RunSummary {
        Fields.present(run, "run", "an export run");
        Fields.count(filesReceived, "filesReceived");
        Fields.size(sizeReceived, "sizeReceived");
        Fields.count(filesApplied, "filesApplied");
        Fields.size(sizeApplied, "sizeApplied");
        updateErrors = List.copyOf(Fields.present(updateErrors, "updateErrors", "a list, empty when none"));
        Fields.count(discrepancies, "discrepancies");
    }

    /**
     * Tells whether the run reconciled without any discrepancy.
     *
     * @return {@code true} if clean
     */
    public boolean clean() {
        return discrepancies == 0;
    }
}
