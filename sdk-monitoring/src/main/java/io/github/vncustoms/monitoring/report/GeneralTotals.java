package io.github.vncustoms.monitoring.report;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.monitoring.internal.Fields;

/**
 * The totals row of the general table (MON-T-02): the sum of every numeric column of Annex I part
 * 1 over the runs of a report, and the number of update errors (criterion 12 is text; its total is
 * a count).
 *
 * <p>Sums are exact: they throw rather than overflow.
 *
 * <p>Immutable and thread-safe.
 *
 * @param runs the number of rows (runs)
 * @param automaticFiles the sum of criterion 4
 * @param conditionalFiles the sum of criterion 5
 * @param totalFiles the sum of criterion 6
 * @param totalSize the sum of criterion 7, in bytes
 * @param filesReceived the sum of criterion 9
 * @param sizeReceived the sum of criterion 10, in bytes
 * @param sizeApplied the sum of criterion 11, in bytes
 * @param updateErrors the number of update errors listed in criterion 12
 */
public record GeneralTotals(int runs, long automaticFiles, long conditionalFiles, long totalFiles, long totalSize,
        long filesReceived, long sizeReceived, long sizeApplied, long updateErrors) {

    /**
     * Validates.
     *
     * @throws ValidationException if a figure is negative
     */
    public GeneralTotals {
        Fields.count(runs, "runs");
        Fields.size(automaticFiles, "automaticFiles");
        Fields.size(conditionalFiles, "conditionalFiles");
        Fields.size(totalFiles, "totalFiles");
        Fields.size(totalSize, "totalSize");
        Fields.size(filesReceived, "filesReceived");
        Fields.size(sizeReceived, "sizeReceived");
        Fields.size(sizeApplied, "sizeApplied");
        Fields.size(updateErrors, "updateErrors");
    }

    /**
     * Adds up rows.
     *
     * @param rows the rows
     * @return their totals; all zero for no rows
     * @throws ValidationException if the rows or one of them are missing
     * @throws ArithmeticException if a sum exceeds {@link Long#MAX_VALUE}
     */
    public static GeneralTotals of(Iterable<GeneralInfoRow> rows) {
        int runs = 0;
        long automatic = 0;
        long conditional = 0;
        long total = 0;
        long size = 0;
        long received = 0;
        long sizeReceived = 0;
        long sizeApplied = 0;
        long errors = 0;
        for (GeneralInfoRow row : Fields.present(rows, "rows", "general rows")) {
            Fields.present(row, "rows", "no missing rows");
            runs = Math.addExact(runs, 1);
            automatic = Math.addExact(automatic, row.automaticFiles());
            conditional = Math.addExact(conditional, row.conditionalFiles());
            total = Math.addExact(total, row.totalFiles());
            size = Math.addExact(size, row.totalSize());
            received = Math.addExact(received, row.filesReceived());
            sizeReceived = Math.addExact(sizeReceived, row.sizeReceived());
            sizeApplied = Math.addExact(sizeApplied, row.sizeApplied());
            errors = Math.addExact(errors, row.updateErrors().size());
        }
        return new GeneralTotals(runs, automatic, conditional, total, size, received, sizeReceived, sizeApplied, errors);
    }
}
