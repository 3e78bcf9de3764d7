package io.github.vncustoms.monitoring.report;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.monitoring.internal.Fields;
import io.github.vncustoms.monitoring.internal.report.RowKeys;
import io.github.vncustoms.monitoring.reconcile.Discrepancy;
import io.github.vncustoms.monitoring.reconcile.RunSummary;
import io.github.vncustoms.monitoring.transfer.ExportRun;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;

/**
 * One row of Annex I part 1, "Thông tin chung" (general information, MON-T-02): the twelve criteria
 * of one export run, in the Annex's order, with the run's system and id.
 *
 * <table>
 * <caption>Annex I part 1 criteria and components</caption>
 * <tr><th>STT</th><th>Criterion</th><th>Component</th></tr>
 * <tr><td>1</td><td>Đơn vị kết xuất</td><td>{@link #exportingUnit()}</td></tr>
 * <tr><td>2</td><td>Ngày kết xuất</td><td>{@link #exportDate()}</td></tr>
 * <tr><td>3</td><td>Thời gian kết xuất</td><td>{@link #exportTime()}</td></tr>
 * <tr><td>4</td><td>Số file kết xuất tự động</td><td>{@link #automaticFiles()}</td></tr>
 * <tr><td>5</td><td>Số file kết xuất theo điều kiện</td><td>{@link #conditionalFiles()}</td></tr>
 * <tr><td>6</td><td>Tổng File được kết xuất</td><td>{@link #totalFiles()}</td></tr>
 * <tr><td>7</td><td>Tổng dung lượng các file kết xuất</td><td>{@link #totalSize()}</td></tr>
 * <tr><td>8</td><td>Đơn vị nhận</td><td>{@link #receivingUnit()}</td></tr>
 * <tr><td>9</td><td>Tổng số file nhận</td><td>{@link #filesReceived()}</td></tr>
 * <tr><td>10</td><td>Tổng dung lượng các file nhận</td><td>{@link #sizeReceived()}</td></tr>
 * <tr><td>11</td><td>Tổng dung lượng cập nhật</td><td>{@link #sizeApplied()}</td></tr>
 * <tr><td>12</td><td>Lỗi khi cập nhật</td><td>{@link #updateErrors()}</td></tr>
 * </table>
 *
 * <p>Immutable and thread-safe.
 *
 * @param system the business system's code
 * @param runId the run's id, unique per system and exporting unit
 * @param exportingUnit the exporting unit's code (đơn vị kết xuất)
 * @param exportDate the export date in Vietnam (ngày kết xuất)
 * @param exportTime the export time of day in Vietnam (thời gian kết xuất)
 * @param automaticFiles the files exported automatically (số file kết xuất tự động)
 * @param conditionalFiles the files exported on condition (số file kết xuất theo điều kiện)
 * @param totalFiles the total files exported (tổng file được kết xuất); automatic plus conditional
 * @param totalSize the total size exported, in bytes (tổng dung lượng các file kết xuất)
 * @param receivingUnit the receiving unit's code (đơn vị nhận)
 * @param filesReceived the distinct files received (tổng số file nhận)
 * @param sizeReceived the total size received, in bytes (tổng dung lượng các file nhận)
 * @param sizeApplied the total size applied, in bytes (tổng dung lượng cập nhật)
 * @param updateErrors the update errors reported (lỗi khi cập nhật), empty when none
 */
public record GeneralInfoRow(String system, String runId, String exportingUnit, LocalDate exportDate,
        LocalTime exportTime, int automaticFiles, int conditionalFiles, int totalFiles, long totalSize,
        String receivingUnit, int filesReceived, long sizeReceived, long sizeApplied, List<String> updateErrors) {

    /**
     * The order of the general table: by export date and time, then system, exporting unit, run
     * and receiving unit.
     */
    public static final Comparator<GeneralInfoRow> ORDER = Comparator.comparing(GeneralInfoRow::exportDate)
            .thenComparing(GeneralInfoRow::exportTime)
            .thenComparing(GeneralInfoRow::system)
            .thenComparing(GeneralInfoRow::exportingUnit)
            .thenComparing(GeneralInfoRow::runId)
            .thenComparing(GeneralInfoRow::receivingUnit);

    /**
     * Validates, normalises and copies.
     *
     * @throws ValidationException if a field is missing or malformed, a figure negative, the total
     *     files not the sum of automatic and conditional files, or an update error missing
     */
    public GeneralInfoRow {
        system = Fields.system(system);
        runId = Fields.id(runId, "runId");
        exportingUnit = Fields.unit(exportingUnit, "exportingUnit");
        Fields.present(exportDate, "exportDate", "the export date");
        Fields.present(exportTime, "exportTime", "the export time");
        Fields.count(automaticFiles, "automaticFiles");
        Fields.count(conditionalFiles, "conditionalFiles");
        Fields.count(totalFiles, "totalFiles");
        if ((long) automaticFiles + conditionalFiles != totalFiles) {
            throw new ValidationException("totalFiles", "Run " + runId + " has " + totalFiles + " files in total but "
                    + automaticFiles + " automatic and " + conditionalFiles
                    + " conditional: expected the total to be their sum");
        }
        Fields.size(totalSize, "totalSize");
        receivingUnit = Fields.unit(receivingUnit, "receivingUnit");
        Fields.count(filesReceived, "filesReceived");
        Fields.size(sizeReceived, "sizeReceived");
        Fields.size(sizeApplied, "sizeApplied");
        Fields.present(updateErrors, "updateErrors", "a list, empty when none")
                .forEach(e -> Fields.present(e, "updateErrors", "no missing entries"));
        updateErrors = List.copyOf(updateErrors);
    }

    /**
     * Returns the row of a reconciled run: the exporter's figures from its {@link ExportRun}, the
     * receiver's from the summary; date and time in Vietnam (Asia/Ho_Chi_Minh).
     *
     * @param summary the run's summary
     * @return the row
     * @throws ValidationException if the summary is missing
     */
    public static GeneralInfoRow of(RunSummary summary) {
        ExportRun run = Fields.present(summary, "summary", "a run summary").run();
        return new GeneralInfoRow(run.system(), run.runId(), run.fromUnit(), run.exportDate(), run.exportTime(),
                run.automaticFiles(), run.conditionalFiles(), run.totalFiles(), run.totalSize(), run.toUnit(),
                summary.filesReceived(), summary.sizeReceived(), summary.sizeApplied(), summary.updateErrors());
    }

    /**
     * Tells whether a discrepancy concerns this run: same system, exporting unit and run id. Every
     * discrepancy of one of the run's files concerns the run too.
     *
     * @param discrepancy the discrepancy
     * @return {@code true} if it belongs to this row
     */
    public boolean matches(Discrepancy discrepancy) {
        return RowKeys.of(this).equals(RowKeys.run(Fields.present(discrepancy, "discrepancy", "a discrepancy")));
    }
}
