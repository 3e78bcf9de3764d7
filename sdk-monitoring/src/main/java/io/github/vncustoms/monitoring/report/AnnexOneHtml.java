package io.github.vncustoms.monitoring.report;

import io.github.vncustoms.monitoring.internal.Fields;
import io.github.vncustoms.monitoring.internal.report.AnnexTables;
import io.github.vncustoms.monitoring.internal.report.Html;
import io.github.vncustoms.monitoring.internal.report.ReportText;
import io.github.vncustoms.monitoring.reconcile.Discrepancy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/**
 * Writes an {@link AnnexOneReport} as one self-contained HTML page (MON-T-02, MON-T-03): inline
 * CSS, no script, no external resource, so it can be mailed, archived or printed as it is.
 *
 * <p>The page has {@code <html lang="vi">} (or {@code "en"}), a heading naming the Annex
 * ("Phụ lục I – Các tiêu chí giám sát truyền, nhận và cập nhật tại 03 cấp Tổng cục, Cục và Chi
 * cục"), the period, and three tables:
 * <ol>
 * <li>"1. Thông tin chung": one row per run; the header has a row with the Annex's STT numbers 1–12
 * above a row with the criteria's names as the Annex words them, with the system and run columns
 * before them and the discrepancy column after; a totals row ({@code tfoot}) sums every numeric
 * column (criterion 12: the number of update errors);</li>
 * <li>"2. Thông tin nhận file": one row per receipt ({@link ReceiptInfoRow}), STT 1–11 likewise;</li>
 * <li>the discrepancies: kind in the page's language, requirement ID, system, units, run, file,
 * expected, actual, instant.</li>
 * </ol>
 *
 * <p>A row of table 1 or 2 that a discrepancy concerns has the CSS class {@code discrepancy}
 * (tinted, with a thick left border) and, in its last cell, the visible marker ⚠ followed by the
 * kinds of discrepancy, so the mark does not rest on colour alone.
 *
 * <p>Sizes and counts are exact byte and file counts with the language's thousands separator
 * ({@code 48.213} in Vietnamese, {@code 48,213} in English), never rounded into KB or MB; dates as
 * {@code dd/MM/yyyy} in Vietnamese and {@code yyyy-MM-dd} in English, times to the second, all in
 * Vietnam time. Everything that comes from data is HTML-escaped. The markup is also well-formed
 * XML (every element closed, only XML's predefined character references), so XML tools can read it.
 *
 * <pre>{@code
 * String page = AnnexOneHtml.create().render(report);
 * String english = AnnexOneHtml.builder().language(ReportLanguage.ENGLISH).build().render(report);
 * }</pre>
 *
 * <p>Immutable and thread-safe; the caller owns the output, which is never closed.
 */
public final class AnnexOneHtml {
    private static final String CSS = String.join("\n",
            "body{font-family:\"Times New Roman\",Times,serif;margin:1.5em;color:#000;background:#fff}",
            "h1{font-size:1.35em;text-align:center;text-transform:uppercase}",
            "h2{font-size:1.1em;margin-top:1.5em}",
            "p.basis,p.period{text-align:center;margin:0.2em}",
            "p.notes{font-size:0.85em;font-style:italic}",
            "table{border-collapse:collapse;margin:0.5em 0 1em;font-size:0.85em}",
            "th,td{border:1px solid #555;padding:2px 5px;vertical-align:top}",
            "th{background:#e8e8e8}",
            "th.stt{font-weight:normal}",
            "td.num{text-align:right;white-space:nowrap}",
            "td.text{white-space:pre-line}",
            "tr.discrepancy td{background:#fde2e2}",
            "tr.discrepancy td:first-child{border-left:5px solid #a00}",
            "td.flag{color:#800;font-weight:bold}",
            "span.marker{font-size:1.1em}",
            "tr.totals td{font-weight:bold;background:#f2f2f2}",
            "td.empty{font-style:italic;text-align:center}",
            "@media print{tr{page-break-inside:avoid}}");
    private static final Set<Integer> GENERAL_NUMERIC = Set.of(5, 6, 7, 8, 10, 11, 12);
    private static final Set<Integer> RECEIPT_NUMERIC = Set.of(7, 11);
    /** The update-error cells, which may hold several lines. */
    private static final int GENERAL_TEXT = 13;
    private static final int RECEIPT_TEXT = 13;

    private final ReportLanguage language;
    private final ReportText text;

    private AnnexOneHtml(Builder b) {
        this.language = b.language;
        this.text = ReportText.of(language);
    }

    /**
     * Returns the Vietnamese writer.
     *
     * @return the writer
     */
    public static AnnexOneHtml create() {
        return builder().build();
    }

    /**
     * Returns a builder; Vietnamese unless told otherwise.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder with this writer's settings.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder().language(language);
    }

    /**
     * Returns the page's language.
     *
     * @return the language
     */
    public ReportLanguage language() {
        return language;
    }

    /**
     * Renders the page to a string.
     *
     * @param report the report
     * @return the page
     * @throws io.github.vncustoms.core.error.ValidationException if the report is missing
     */
    public String render(AnnexOneReport report) {
        StringBuilder out = new StringBuilder(4096);
        write(report, out);
        return out.toString();
    }

    /**
     * Writes the page.
     *
     * @param report the report
     * @param out where to write; the page is UTF-8 text, so a byte stream behind it must encode UTF-8
     * @throws io.github.vncustoms.core.error.ValidationException if an argument is missing
     * @throws UncheckedIOException if writing fails
     */
    public void write(AnnexOneReport report, Appendable out) {
        Fields.present(report, "report", "an Annex I report");
        Fields.present(out, "out", "an Appendable to write to");
        AnnexTables tables = new AnnexTables(report, text, true);
        try {
            head(tables, out);
            general(report, tables, out);
            receipts(report, tables, out);
            discrepancies(report, tables, out);
            out.append("</body>\n</html>\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the Annex I page failed", e);
        }
    }

    private void head(AnnexTables tables, Appendable out) throws IOException {
        String title = text.get("report.title");
        out.append("<!DOCTYPE html>\n<html lang=\"").append(language.tag()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n")
                .append("<title>").append(Html.escape(title + " – " + tables.period())).append("</title>\n")
                .append("<style>\n").append(CSS).append("\n</style>\n</head>\n<body>\n")
                .append("<h1>").append(Html.escape(title)).append("</h1>\n")
                .append("<p class=\"basis\">").append(Html.escape(text.get("report.basis"))).append("</p>\n")
                .append("<p class=\"period\">").append(Html.escape(text.get("report.period"))).append(": <strong>")
                .append(Html.escape(tables.period())).append("</strong></p>\n")
                .append("<p class=\"notes\">").append(Html.escape(text.get("report.notes"))).append("</p>\n");
    }

    private void general(AnnexOneReport report, AnnexTables tables, Appendable out) throws IOException {
        section(out, "report.section.general", "general");
        header(out, tables.generalKeyHeadings(), tables.generalCriteria());
        out.append("<tbody>\n");
        if (report.generalRows().isEmpty()) {
            empty(out, tables.generalKeyHeadings().size() + AnnexTables.GENERAL_CRITERIA + 1);
        }
        for (GeneralInfoRow row : report.generalRows()) {
            row(out, tables.cells(row), GENERAL_NUMERIC, GENERAL_TEXT, tables, tables.discrepancies(row));
        }
        out.append("</tbody>\n<tfoot>\n<tr class=\"totals\">");
        List<String> totals = tables.cells(report.generalTotals());
        for (int i = 0; i < totals.size(); i++) {
            cell(out, totals.get(i), GENERAL_NUMERIC.contains(i) || i == totals.size() - 1 ? "num" : null);
        }
        out.append("<td></td></tr>\n</tfoot>\n</table>\n");
    }

    private void receipts(AnnexOneReport report, AnnexTables tables, Appendable out) throws IOException {
        section(out, "report.section.receipts", "receipts");
        header(out, tables.receiptKeyHeadings(), tables.receiptCriteria());
        out.append("<tbody>\n");
        if (report.receiptRows().isEmpty()) {
            empty(out, tables.receiptKeyHeadings().size() + AnnexTables.RECEIPT_CRITERIA + 1);
        }
        for (ReceiptInfoRow row : report.receiptRows()) {
            row(out, tables.cells(row), RECEIPT_NUMERIC, RECEIPT_TEXT, tables, tables.discrepancies(row));
        }
        out.append("</tbody>\n</table>\n");
    }

    private void discrepancies(AnnexOneReport report, AnnexTables tables, Appendable out) throws IOException {
        out.append("<h2>").append(Html.escape(text.get("report.section.discrepancies"))).append("</h2>\n");
        if (report.discrepancies().isEmpty()) {
            out.append("<p class=\"none\">").append(Html.escape(text.get("report.noDiscrepancies"))).append("</p>\n");
            return;
        }
        out.append("<table class=\"annex discrepancies\">\n<thead>\n<tr>");
        header(out, text.get("column.stt"), null);
        for (String heading : tables.discrepancyHeadings()) {
            header(out, heading, null);
        }
        out.append("</tr>\n</thead>\n<tbody>\n");
        int n = 0;
        for (Discrepancy d : report.discrepancies()) {
            out.append("<tr>");
            cell(out, Integer.toString(++n), "num");
            List<String> cells = tables.cells(d);
            for (int i = 0; i < cells.size(); i++) {
                cell(out, cells.get(i), i == 7 || i == 8 ? "text" : null);
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private void section(Appendable out, String titleKey, String tableClass) throws IOException {
        out.append("<h2>").append(Html.escape(text.get(titleKey))).append("</h2>\n")
                .append("<table class=\"annex ").append(tableClass).append("\">\n");
    }

    /** Two header rows: the Annex's STT numbers over the criteria's names. */
    private void header(Appendable out, List<String> keys, List<String> criteria) throws IOException {
        out.append("<thead>\n<tr>");
        for (String key : keys) {
            header(out, key, "rowspan=\"2\"");
        }
        for (int i = 1; i <= criteria.size(); i++) {
            out.append("<th class=\"stt\">").append(Integer.toString(i)).append("</th>");
        }
        header(out, text.get("column.discrepancies"), "rowspan=\"2\"");
        out.append("</tr>\n<tr>");
        for (String name : criteria) {
            header(out, name, null);
        }
        out.append("</tr>\n</thead>\n");
    }

    private static void header(Appendable out, String heading, String attributes) throws IOException {
        out.append("<th");
        if (attributes != null) {
            out.append(' ').append(attributes);
        }
        out.append('>').append(Html.escape(heading)).append("</th>");
    }

    private void row(Appendable out, List<String> cells, Set<Integer> numeric, int textColumn, AnnexTables tables,
            List<Discrepancy> found) throws IOException {
        out.append(found.isEmpty() ? "<tr>" : "<tr class=\"discrepancy\">");
        for (int i = 0; i < cells.size(); i++) {
            cell(out, cells.get(i), numeric.contains(i) ? "num" : i == textColumn ? "text" : null);
        }
        if (found.isEmpty()) {
            out.append("<td class=\"flag\"></td>");
        } else {
            out.append("<td class=\"flag\"><span class=\"marker\">").append(Html.escape(text.get("report.marker")))
                    .append("</span> ").append(Html.escape(tables.kinds(found))).append("</td>");
        }
        out.append("</tr>\n");
    }

    private void empty(Appendable out, int columns) throws IOException {
        out.append("<tr><td class=\"empty\" colspan=\"").append(Integer.toString(columns)).append("\">")
                .append(Html.escape(text.get("report.noRows"))).append("</td></tr>\n");
    }

    private static void cell(Appendable out, String value, String cssClass) throws IOException {
        out.append(cssClass == null ? "<td>" : "<td class=\"" + cssClass + "\">").append(Html.escape(value))
                .append("</td>");
    }

    /**
     * Configures an {@link AnnexOneHtml}.
     *
     * <p>Not thread-safe; each setter checks its argument at once.
     */
    public static final class Builder {
        private ReportLanguage language = ReportLanguage.VIETNAMESE;

        private Builder() {
        }

        /**
         * Sets the page's language; Vietnamese by default.
         *
         * @param language the language
         * @return this builder
         * @throws io.github.vncustoms.core.error.ValidationException if the language is missing
         */
        public Builder language(ReportLanguage language) {
            this.language = Fields.present(language, "language", "VIETNAMESE or ENGLISH");
            return this;
        }

        /**
         * Builds the writer.
         *
         * @return the writer
         * @throws io.github.vncustoms.core.error.ConfigurationException if the bundled messages
         *     cannot be read
         */
        public AnnexOneHtml build() {
            return new AnnexOneHtml(this);
        }
    }
}
