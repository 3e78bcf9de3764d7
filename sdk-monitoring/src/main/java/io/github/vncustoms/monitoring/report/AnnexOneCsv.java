package io.github.vncustoms.monitoring.report;

import io.github.vncustoms.monitoring.internal.Fields;
import io.github.vncustoms.monitoring.internal.report.AnnexTables;
import io.github.vncustoms.monitoring.internal.report.ReportText;
import io.github.vncustoms.monitoring.reconcile.Discrepancy;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;

/**
 * Writes an {@link AnnexOneReport} as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted
 * when needed), one table per output, each with a single heading row, so that every output opens
 * as one rectangular sheet in a spreadsheet and parses with any CSV reader:
 * <ul>
 * <li>{@link #writeGeneral}: Annex I part 1 (MON-T-02), one row per run; columns system, run id,
 * the 12 criteria under their Annex names, then the number and the kinds of discrepancies that
 * concern the run; and, unless turned off, a last totals row whose first cell is
 * {@code "Tổng cộng"} ({@code "Total"}) holding the sum of every numeric column (criterion 12: the
 * number of update errors);</li>
 * <li>{@link #writeReceipts}: Annex I part 2 (MON-T-03), one row per receipt (see
 * {@link ReceiptInfoRow}); columns system, sending unit, run id, the 11 criteria, then the number and
 * kinds of discrepancies of the file;</li>
 * <li>{@link #writeDiscrepancies}: the discrepancies, numbered.</li>
 * </ul>
 *
 * <p>Cells are for machines as much as people: numbers and sizes are plain digits in bytes (no
 * thousands separator, which spreadsheets would misread in one language or the other, and no
 * rounding into KB or MB); dates are ISO ({@code 2026-11-20}), times {@code HH:mm:ss}, instants
 * {@code yyyy-MM-dd HH:mm:ss}, all in Vietnam time. Units show as code and name
 * ({@code 01AB – CC HQ CK Sân bay QT Nội Bài}); several update errors in one cell are separated by
 * line feeds. Headings, unit names and discrepancy kinds are in the chosen language.
 *
 * <p>Options: a UTF-8 byte order mark (the character U+FEFF at the start of each output, for
 * spreadsheets that otherwise guess a legacy encoding: write to a UTF-8 writer); and a guard
 * against formula injection, on by default: a cell that starts with {@code = + - @}, a tab or a
 * carriage return gets a leading {@code '} so that a spreadsheet shows it as text (no numeric cell
 * starts so; turn the guard off for exact machine output).
 *
 * <pre>{@code
 * AnnexOneCsv csv = AnnexOneCsv.builder().byteOrderMark(true).build();
 * try (Writer w = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
 *     csv.writeGeneral(report, w);
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe; the caller owns the output, which is flushed when it is a
 * {@link java.io.Flushable} but never closed.
 */
public final class AnnexOneCsv {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private final ReportLanguage language;
    private final boolean byteOrderMark;
    private final boolean totalsRow;
    private final boolean guardFormulas;
    private final ReportText text;

    private AnnexOneCsv(Builder b) {
        this.language = b.language;
        this.byteOrderMark = b.byteOrderMark;
        this.totalsRow = b.totalsRow;
        this.guardFormulas = b.guardFormulas;
        this.text = ReportText.of(language);
    }

    /**
     * Returns the default writer: Vietnamese, no byte order mark, with the totals row and the
     * formula guard.
     *
     * @return the writer
     */
    public static AnnexOneCsv create() {
        return builder().build();
    }

    /**
     * Returns a builder with the defaults of {@link #create()}.
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
        return new Builder().language(language).byteOrderMark(byteOrderMark).totalsRow(totalsRow)
                .guardFormulas(guardFormulas);
    }

    /**
     * Returns the language of headings and labels.
     *
     * @return the language
     */
    public ReportLanguage language() {
        return language;
    }

    /**
     * Writes Annex I part 1, "Thông tin chung".
     *
     * @param report the report
     * @param out where to write
     * @throws io.github.vncustoms.core.error.ValidationException if an argument is missing
     * @throws UncheckedIOException if writing fails
     */
    public void writeGeneral(AnnexOneReport report, Appendable out) {
        AnnexTables tables = tables(report, out);
        try {
            begin(out);
            List<String> heading = new ArrayList<>(tables.generalKeyHeadings());
            heading.addAll(tables.generalCriteria());
            heading.add(text.get("column.discrepancyCount"));
            heading.add(text.get("column.discrepancyKinds"));
            print(heading, out);
            long flagged = 0;
            for (GeneralInfoRow row : report.generalRows()) {
                List<Discrepancy> found = tables.discrepancies(row);
                flagged += found.size();
                print(withFlags(tables.cells(row), tables, found), out);
            }
            if (totalsRow) {
                List<String> totals = new ArrayList<>(tables.cells(report.generalTotals()));
                totals.add(Long.toString(flagged));
                totals.add("");
                print(totals, out);
            }
            end(out);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    /**
     * Writes Annex I part 2, "Thông tin nhận file".
     *
     * @param report the report
     * @param out where to write
     * @throws io.github.vncustoms.core.error.ValidationException if an argument is missing
     * @throws UncheckedIOException if writing fails
     */
    public void writeReceipts(AnnexOneReport report, Appendable out) {
        AnnexTables tables = tables(report, out);
        try {
            begin(out);
            List<String> heading = new ArrayList<>(tables.receiptKeyHeadings());
            heading.addAll(tables.receiptCriteria());
            heading.add(text.get("column.discrepancyCount"));
            heading.add(text.get("column.discrepancyKinds"));
            print(heading, out);
            for (ReceiptInfoRow row : report.receiptRows()) {
                print(withFlags(tables.cells(row), tables, tables.discrepancies(row)), out);
            }
            end(out);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    /**
     * Writes the discrepancies, numbered from 1 in the report's order.
     *
     * @param report the report
     * @param out where to write
     * @throws io.github.vncustoms.core.error.ValidationException if an argument is missing
     * @throws UncheckedIOException if writing fails
     */
    public void writeDiscrepancies(AnnexOneReport report, Appendable out) {
        AnnexTables tables = tables(report, out);
        try {
            begin(out);
            List<String> heading = new ArrayList<>();
            heading.add(text.get("column.stt"));
            heading.addAll(tables.discrepancyHeadings());
            print(heading, out);
            int n = 0;
            for (Discrepancy d : report.discrepancies()) {
                List<String> row = new ArrayList<>();
                row.add(Integer.toString(++n));
                row.addAll(tables.cells(d));
                print(row, out);
            }
            end(out);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    private AnnexTables tables(AnnexOneReport report, Appendable out) {
        Fields.present(report, "report", "an Annex I report");
        Fields.present(out, "out", "an Appendable to write to");
        return new AnnexTables(report, text, false);
    }

    private static List<String> withFlags(List<String> cells, AnnexTables tables, List<Discrepancy> found) {
        List<String> row = new ArrayList<>(cells);
        row.add(Integer.toString(found.size()));
        row.add(tables.kinds(found));
        return row;
    }

    private void begin(Appendable out) throws IOException {
        if (byteOrderMark) {
            out.append('\uFEFF');
        }
    }

    private void print(List<String> row, Appendable out) throws IOException {
        Object[] cells = new Object[row.size()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = guardFormulas ? guard(row.get(i)) : row.get(i);
        }
        FORMAT.printRecord(out, cells);
    }

    private static void end(Appendable out) throws IOException {
        if (out instanceof Flushable flushable) {
            flushable.flush();
        }
    }

    private static UncheckedIOException failed(IOException e) {
        return new UncheckedIOException("Writing the Annex I CSV failed", e);
    }

    private static String guard(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        return switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
            default -> cell;
        };
    }

    /**
     * Configures an {@link AnnexOneCsv}.
     *
     * <p>Not thread-safe; each setter checks its argument at once.
     */
    public static final class Builder {
        private ReportLanguage language = ReportLanguage.VIETNAMESE;
        private boolean byteOrderMark;
        private boolean totalsRow = true;
        private boolean guardFormulas = true;

        private Builder() {
        }

        /**
         * Sets the language of headings and labels; Vietnamese by default.
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
         * Sets whether each output starts with a UTF-8 byte order mark (U+FEFF); off by default.
         *
         * @param byteOrderMark {@code true} to write it
         * @return this builder
         */
        public Builder byteOrderMark(boolean byteOrderMark) {
            this.byteOrderMark = byteOrderMark;
            return this;
        }

        /**
         * Sets whether the general table ends with a totals row; on by default.
         *
         * @param totalsRow {@code true} to write it
         * @return this builder
         */
        public Builder totalsRow(boolean totalsRow) {
            this.totalsRow = totalsRow;
            return this;
        }

        /**
         * Sets whether cells that a spreadsheet would read as a formula get a leading {@code '};
         * on by default.
         *
         * @param guardFormulas {@code true} to guard
         * @return this builder
         */
        public Builder guardFormulas(boolean guardFormulas) {
            this.guardFormulas = guardFormulas;
            return this;
        }

        /**
         * Builds the writer.
         *
         * @return the writer
         * @throws io.github.vncustoms.core.error.ConfigurationException if the bundled messages
         *     cannot be read
         */
        public AnnexOneCsv build() {
            return new AnnexOneCsv(this);
        }
    }
}
