package io.github.vncustoms.monitoring.internal.report;

import io.github.vncustoms.core.time.WorkingCalendar;
import io.github.vncustoms.monitoring.reconcile.Discrepancy;
import io.github.vncustoms.monitoring.reconcile.DiscrepancyKind;
import io.github.vncustoms.monitoring.report.AnnexOneReport;
import io.github.vncustoms.monitoring.report.GeneralInfoRow;
import io.github.vncustoms.monitoring.report.GeneralTotals;
import io.github.vncustoms.monitoring.report.ReceiptInfoRow;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The cells of the Annex I tables as text, shared by the CSV and HTML renderers so that both show
 * the same columns in the same order. Immutable and thread-safe. Not API.
 *
 * <p>General table: system, run id, the 12 criteria. Receipt table: system, sending unit, run id,
 * the 11 criteria. Discrepancy table: kind, requirement, system, sending unit, receiving unit, run
 * id, file, expected, actual, instant.
 */
public final class AnnexTables {
    /** Number of criteria in Annex I part 1. */
    public static final int GENERAL_CRITERIA = 12;
    /** Number of criteria in Annex I part 2. */
    public static final int RECEIPT_CRITERIA = 11;

    private static final DateTimeFormatter PLAIN_TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter PLAIN_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(WorkingCalendar.VIETNAM_ZONE);

    private final AnnexOneReport report;
    private final ReportText text;
    private final boolean display;
    private final DiscrepancyIndex index;

    /**
     * Prepares the cells of a report.
     *
     * @param report the report
     * @param text the language's texts
     * @param display {@code true} for people (grouped numbers, the language's date format),
     *     {@code false} for machines (plain digits, ISO dates, {@code HH:mm:ss}, date-times as
     *     {@code yyyy-MM-dd HH:mm:ss} in Vietnam)
     */
    public AnnexTables(AnnexOneReport report, ReportText text, boolean display) {
        this.report = report;
        this.text = text;
        this.display = display;
        this.index = DiscrepancyIndex.of(report.discrepancies());
    }

    /**
     * Returns the texts.
     *
     * @return the texts
     */
    public ReportText text() {
        return text;
    }

    /**
     * Returns the names of the 12 criteria of part 1, in order.
     *
     * @return the headings
     */
    public List<String> generalCriteria() {
        return criteria("general.", GENERAL_CRITERIA);
    }

    /**
     * Returns the names of the 11 criteria of part 2, in order.
     *
     * @return the headings
     */
    public List<String> receiptCriteria() {
        return criteria("receipt.", RECEIPT_CRITERIA);
    }

    private List<String> criteria(String prefix, int n) {
        List<String> names = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            names.add(text.get(prefix + i));
        }
        return names;
    }

    /**
     * Returns the headings of the columns before the criteria of part 1.
     *
     * @return system, run id
     */
    public List<String> generalKeyHeadings() {
        return List.of(text.get("column.system"), text.get("column.runId"));
    }

    /**
     * Returns the headings of the columns before the criteria of part 2.
     *
     * @return system, sending unit, run id
     */
    public List<String> receiptKeyHeadings() {
        return List.of(text.get("column.system"), text.get("column.sendingUnit"), text.get("column.runId"));
    }

    /**
     * Returns the headings of the discrepancy table, without the STT column.
     *
     * @return the headings
     */
    public List<String> discrepancyHeadings() {
        return List.of(text.get("column.discrepancyKinds"), text.get("column.requirement"), text.get("column.system"),
                text.get("column.sendingUnit"), text.get("column.receivingUnit"), text.get("column.runId"),
                text.get("column.fileName"), text.get("column.expected"), text.get("column.actual"),
                text.get("column.at"));
    }

    /**
     * Returns a general row's cells: system, run id and the 12 criteria.
     *
     * @param row the row
     * @return 14 cells
     */
    public List<String> cells(GeneralInfoRow row) {
        return List.of(row.system(), row.runId(), unit(row.exportingUnit()), date(row.exportDate()),
                time(row.exportTime()), number(row.automaticFiles()), number(row.conditionalFiles()),
                number(row.totalFiles()), number(row.totalSize()), unit(row.receivingUnit()),
                number(row.filesReceived()), number(row.sizeReceived()), number(row.sizeApplied()),
                String.join("\n", row.updateErrors()));
    }

    /**
     * Returns the totals row's cells, aligned with {@link #cells(GeneralInfoRow)}: the label, then
     * the sums under the numeric criteria and the number of update errors under criterion 12.
     *
     * @param totals the totals
     * @return 14 cells
     */
    public List<String> cells(GeneralTotals totals) {
        return List.of(text.get("report.totals"), "", "", "", "", number(totals.automaticFiles()),
                number(totals.conditionalFiles()), number(totals.totalFiles()), number(totals.totalSize()), "",
                number(totals.filesReceived()), number(totals.sizeReceived()), number(totals.sizeApplied()),
                number(totals.updateErrors()));
    }

    /**
     * Returns a receipt row's cells: system, sending unit, run id and the 11 criteria; the receipt
     * or update part is empty when the row has none.
     *
     * @param row the row
     * @return 14 cells
     */
    public List<String> cells(ReceiptInfoRow row) {
        List<String> cells = new ArrayList<>(14);
        cells.add(row.system());
        cells.add(unit(row.sendingUnit()));
        cells.add(row.runId());
        cells.add(unit(row.receivingUnit()));
        ReceiptInfoRow.Receipt r = row.receipt();
        cells.add(r == null ? "" : dateTime(r.start()));
        cells.add(r == null ? "" : dateTime(r.end()));
        cells.add(row.receivedFileName());
        cells.add(r == null ? "" : number(r.size()));
        ReceiptInfoRow.Update u = row.update();
        cells.add(u == null ? "" : dateTime(u.start()));
        cells.add(u == null ? "" : dateTime(u.end()));
        cells.add(row.updatedFileName());
        cells.add(u == null ? "" : number(u.size()));
        cells.add(u == null ? "" : u.version());
        cells.add(u == null ? "" : u.error());
        return List.copyOf(cells);
    }

    /**
     * Returns a discrepancy's cells, aligned with {@link #discrepancyHeadings()}.
     *
     * @param d the discrepancy
     * @return 10 cells
     */
    public List<String> cells(Discrepancy d) {
        return List.of(text.kind(d.kind()), d.requirement(), d.system(), unit(d.fromUnit()), unit(d.toUnit()),
                d.runId(), d.fileName(), d.expected(), d.actual(), dateTime(d.at()));
    }

    /**
     * Returns the discrepancies of a run.
     *
     * @param row the row
     * @return the discrepancies, possibly empty
     */
    public List<Discrepancy> discrepancies(GeneralInfoRow row) {
        return index.of(row);
    }

    /**
     * Returns the discrepancies of a file.
     *
     * @param row the row
     * @return the discrepancies, possibly empty
     */
    public List<Discrepancy> discrepancies(ReceiptInfoRow row) {
        return index.of(row);
    }

    /**
     * Names the distinct kinds among discrepancies, in the kinds' declared order.
     *
     * @param discrepancies the discrepancies
     * @return the names joined by {@code "; "}, or {@code ""} for none
     */
    public String kinds(List<Discrepancy> discrepancies) {
        Set<DiscrepancyKind> kinds = EnumSet.noneOf(DiscrepancyKind.class);
        discrepancies.forEach(d -> kinds.add(d.kind()));
        StringJoiner joined = new StringJoiner("; ");
        kinds.forEach(k -> joined.add(text.kind(k)));
        return joined.toString();
    }

    /**
     * Formats a number: grouped for display, plain digits otherwise.
     *
     * @param n the number
     * @return the text
     */
    public String number(long n) {
        return display ? text.number(n) : Long.toString(n);
    }

    private String unit(String code) {
        return report.unitLabel(code, text.language());
    }

    private String date(LocalDate day) {
        return display ? text.date(day) : day.toString();
    }

    private String time(LocalTime t) {
        return display ? text.time(t) : PLAIN_TIME.format(t);
    }

    private String dateTime(Instant at) {
        return display ? text.dateTime(at) : PLAIN_DATE_TIME.format(at);
    }

    /**
     * Formats the report's period: one day, or {@code first – last}.
     *
     * @return the text
     */
    public String period() {
        String from = date(report.period().from());
        return report.period().singleDay() ? from : from + " – " + date(report.period().to());
    }
}
