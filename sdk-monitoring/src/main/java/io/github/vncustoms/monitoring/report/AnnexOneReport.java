package io.github.vncustoms.monitoring.report;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.org.CustomsUnit;
import io.github.vncustoms.core.org.UnitDirectory;
import io.github.vncustoms.monitoring.internal.Fields;
import io.github.vncustoms.monitoring.internal.report.DiscrepancyIndex;
import io.github.vncustoms.monitoring.internal.report.ReceiptPairing;
import io.github.vncustoms.monitoring.internal.report.RowKeys;
import io.github.vncustoms.monitoring.reconcile.Discrepancy;
import io.github.vncustoms.monitoring.reconcile.RunSummary;
import io.github.vncustoms.monitoring.transfer.FileApplied;
import io.github.vncustoms.monitoring.transfer.FileReceived;
import io.github.vncustoms.monitoring.transfer.TransferEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Annex I report of QĐ 3035/QĐ-TCHQ for a period (MON-T-02, MON-T-03): part 1, general
 * information per export run; part 2, receipt information per file received; and the discrepancies
 * reconciliation found, so that the rows they concern can be marked.
 *
 * <pre>{@code
 * AnnexOneReport report = AnnexOneReport.builder()
 *         .period(LocalDate.of(2026, 11, 20))
 *         .directory(UnitDirectories.sample())
 *         .runs(summaries)            // RunSummary of each reconciled run
 *         .events(events)             // the receipts and updates of the day
 *         .discrepancies(found)
 *         .build();
 * AnnexOneHtml.create().write(report, writer);
 * }</pre>
 *
 * <p>What a report holds:
 * <ul>
 * <li>general rows: the runs exported on a day of the period (in Vietnam), in
 * {@link GeneralInfoRow#ORDER}; one row per run, two summaries of the same run are refused;</li>
 * <li>receipt rows: the rows ({@link ReceiptInfoRow#pair(Iterable)}) that start on a day of the
 * period, in {@link ReceiptInfoRow#ORDER}; a file exported late on one day and received after
 * midnight is in the next day's part 2;</li>
 * <li>discrepancies: those that fall on a day of the period or concern a row of the report, ordered
 * by instant, kind, system, units, run and file, so that every marked row has its discrepancy in
 * the list;</li>
 * <li>units: the directory entries of every unit named in the rows and discrepancies, to show
 * each unit with its name; a unit the directory does not have is shown by its code alone.</li>
 * </ul>
 *
 * <p>A discrepancy concerns a general row when system, sending unit and run id match
 * ({@link GeneralInfoRow#matches(Discrepancy)}), and a receipt row when the file name and receiving
 * unit match too ({@link ReceiptInfoRow#matches(Discrepancy)}). A discrepancy of a run that never
 * happened (no run id) concerns no row; it is listed only.
 *
 * <p>Immutable and thread-safe.
 *
 * @param period the days the report covers
 * @param units the units named in the report, by code
 * @param generalRows the rows of part 1, in {@link GeneralInfoRow#ORDER}
 * @param receiptRows the rows of part 2, in {@link ReceiptInfoRow#ORDER}
 * @param discrepancies the discrepancies, in a fixed order
 */
public record AnnexOneReport(ReportPeriod period, Map<String, CustomsUnit> units, List<GeneralInfoRow> generalRows,
        List<ReceiptInfoRow> receiptRows, List<Discrepancy> discrepancies) {

    private static final Comparator<Discrepancy> DISCREPANCY_ORDER = Comparator.comparing(Discrepancy::at)
            .thenComparing(Discrepancy::kind)
            .thenComparing(Discrepancy::system)
            .thenComparing(Discrepancy::fromUnit)
            .thenComparing(Discrepancy::toUnit)
            .thenComparing(Discrepancy::runId)
            .thenComparing(Discrepancy::fileName)
            .thenComparing(Discrepancy::expected)
            .thenComparing(Discrepancy::actual)
            .thenComparing(Discrepancy::detail);

    /**
     * Validates, copies and puts the rows and discrepancies in their order.
     *
     * @throws ValidationException if a part is missing, a unit is filed under another code, or two
     *     general rows are of the same run
     */
    public AnnexOneReport {
        Fields.present(period, "period", "a report period");
        Fields.present(units, "units", "the units named, by code (may be empty)");
        units.forEach((code, unit) -> {
            Fields.present(unit, "units", "no missing units");
            if (!unit.code().equals(code)) {
                throw new ValidationException("units", "Unit " + unit.code() + " is filed under code " + code
                        + ": expected each unit under its own code");
            }
        });
        units = Map.copyOf(units);
        generalRows = sorted(Fields.present(generalRows, "generalRows", "general rows (may be empty)"),
                GeneralInfoRow.ORDER, "generalRows");
        Set<RowKeys.RunKey> runs = new HashSet<>();
        for (GeneralInfoRow row : generalRows) {
            if (!runs.add(RowKeys.of(row))) {
                throw new ValidationException("generalRows", "Run " + row.runId() + " of " + row.system() + " from "
                        + row.exportingUnit() + " has two rows: expected one row per run");
            }
        }
        receiptRows = sorted(Fields.present(receiptRows, "receiptRows", "receipt rows (may be empty)"),
                ReceiptInfoRow.ORDER, "receiptRows");
        discrepancies = sorted(Fields.present(discrepancies, "discrepancies", "discrepancies (may be empty)"),
                DISCREPANCY_ORDER, "discrepancies");
    }

    private static <T> List<T> sorted(Collection<T> items, Comparator<? super T> order, String field) {
        List<T> copy = new ArrayList<>(items.size());
        for (T item : items) {
            copy.add(Fields.present(item, field, "no missing entries"));
        }
        copy.sort(order);
        return List.copyOf(copy);
    }

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the discrepancies that concern a run. Scans the discrepancies; to mark a whole table use
     * {@link #generalRowsWithDiscrepancies()}.
     *
     * @param row a general row
     * @return the discrepancies of its run, in the report's order
     */
    public List<Discrepancy> discrepanciesOf(GeneralInfoRow row) {
        Fields.present(row, "row", "a general row");
        return discrepancies.stream().filter(row::matches).toList();
    }

    /**
     * Returns the discrepancies that concern a receipt row's file.
     *
     * @param row a receipt row
     * @return the discrepancies of its file, in the report's order
     */
    public List<Discrepancy> discrepanciesOf(ReceiptInfoRow row) {
        Fields.present(row, "row", "a receipt row");
        return discrepancies.stream().filter(row::matches).toList();
    }

    /**
     * Tells whether a run has a discrepancy.
     *
     * @param row a general row
     * @return {@code true} if at least one discrepancy concerns it
     */
    public boolean hasDiscrepancy(GeneralInfoRow row) {
        Fields.present(row, "row", "a general row");
        return discrepancies.stream().anyMatch(row::matches);
    }

    /**
     * Tells whether a receipt row's file has a discrepancy.
     *
     * @param row a receipt row
     * @return {@code true} if at least one discrepancy concerns it
     */
    public boolean hasDiscrepancy(ReceiptInfoRow row) {
        Fields.present(row, "row", "a receipt row");
        return discrepancies.stream().anyMatch(row::matches);
    }

    /**
     * Returns the general rows that have a discrepancy, in table order.
     *
     * @return an unmodifiable list
     */
    public List<GeneralInfoRow> generalRowsWithDiscrepancies() {
        DiscrepancyIndex index = DiscrepancyIndex.of(discrepancies);
        return generalRows.stream().filter(r -> !index.of(r).isEmpty()).toList();
    }

    /**
     * Returns the receipt rows that have a discrepancy, in table order.
     *
     * @return an unmodifiable list
     */
    public List<ReceiptInfoRow> receiptRowsWithDiscrepancies() {
        DiscrepancyIndex index = DiscrepancyIndex.of(discrepancies);
        return receiptRows.stream().filter(r -> !index.of(r).isEmpty()).toList();
    }

    /**
     * Returns the totals row of the general table.
     *
     * @return the sums over {@link #generalRows()}
     * @throws ArithmeticException if a sum exceeds {@link Long#MAX_VALUE}
     */
    public GeneralTotals generalTotals() {
        return GeneralTotals.of(generalRows);
    }

    /**
     * Looks up a unit named in the report.
     *
     * @param code the unit's code
     * @return the unit, or empty if the directory did not have it
     */
    public Optional<CustomsUnit> unit(String code) {
        return Optional.ofNullable(units.get(Fields.present(code, "code", "a unit code")));
    }

    /**
     * Returns how a report shows a unit: its code and name, e.g. {@code "01AB – CC HQ CK Sân bay QT
     * Nội Bài"}; the English name in English when the directory has one, else the Vietnamese name;
     * the code alone for a unit the directory does not have.
     *
     * @param code the unit's code
     * @param language the report's language
     * @return the label
     */
    public String unitLabel(String code, ReportLanguage language) {
        Fields.present(language, "language", "a report language");
        return unit(code).map(u -> {
            String name = language == ReportLanguage.ENGLISH && !u.nameEn().isEmpty() ? u.nameEn() : u.nameVi();
            return u.code() + " – " + name;
        }).orElse(code);
    }

    /**
     * Builds an {@link AnnexOneReport} from reconciled runs, transfer events and discrepancies.
     *
     * <p>Not thread-safe; each setter checks its argument at once.
     */
    public static final class Builder {
        private ReportPeriod period;
        private UnitDirectory directory;
        private List<RunSummary> runs = List.of();
        private List<TransferEvent> events = List.of();
        private List<Discrepancy> discrepancies = List.of();

        private Builder() {
        }

        /**
         * Sets the period to one day.
         *
         * @param day the day, in Vietnam
         * @return this builder
         * @throws ValidationException if the day is missing
         */
        public Builder period(LocalDate day) {
            return period(ReportPeriod.ofDay(day));
        }

        /**
         * Sets the period. Required.
         *
         * @param period the days the report covers
         * @return this builder
         * @throws ValidationException if the period is missing
         */
        public Builder period(ReportPeriod period) {
            this.period = Fields.present(period, "period", "a report period");
            return this;
        }

        /**
         * Sets the unit directory the units' names come from. Required.
         *
         * @param directory the directory
         * @return this builder
         * @throws ValidationException if the directory is missing
         */
        public Builder directory(UnitDirectory directory) {
            this.directory = Fields.present(directory, "directory", "a unit directory");
            return this;
        }

        /**
         * Sets the reconciled runs; those exported in the period become the general rows.
         *
         * @param runs the run summaries
         * @return this builder
         * @throws ValidationException if the collection or an element is missing
         */
        public Builder runs(Collection<RunSummary> runs) {
            this.runs = copy(runs, "runs");
            return this;
        }

        /**
         * Sets the transfer events; their receipts and updates become the receipt rows, and those
         * that start in the period are kept. Exports and transmissions are ignored. The events are
         * read at once and only the receipts and updates kept.
         *
         * @param events the events, in any order
         * @return this builder
         * @throws ValidationException if the events or one of them are missing
         */
        public Builder events(Iterable<? extends TransferEvent> events) {
            List<TransferEvent> copy = new ArrayList<>();
            for (TransferEvent e : Fields.present(events, "events", "transfer events")) {
                if (Fields.present(e, "events", "no missing events") instanceof FileReceived
                        || e instanceof FileApplied) {
                    copy.add(e);
                }
            }
            this.events = copy;
            return this;
        }

        /**
         * Sets the discrepancies reconciliation found.
         *
         * @param discrepancies the discrepancies
         * @return this builder
         * @throws ValidationException if the collection or an element is missing
         */
        public Builder discrepancies(Collection<Discrepancy> discrepancies) {
            this.discrepancies = copy(discrepancies, "discrepancies");
            return this;
        }

        /**
         * Builds the report.
         *
         * @return the report
         * @throws ValidationException if the period or the directory is missing, or two summaries
         *     are of the same run
         */
        public AnnexOneReport build() {
            Fields.present(period, "period", "a report period; call period(...)");
            Fields.present(directory, "directory", "a unit directory; call directory(...)");
            List<GeneralInfoRow> general = new ArrayList<>();
            for (RunSummary summary : runs) {
                if (period.contains(summary.run().exportDate())) {
                    general.add(GeneralInfoRow.of(summary));
                }
            }
            List<ReceiptInfoRow> receipts = new ArrayList<>();
            for (ReceiptInfoRow row : ReceiptPairing.pair(events)) {
                if (period.contains(row.startedAt())) {
                    receipts.add(row);
                }
            }
            Set<RowKeys.RunKey> runKeys = new HashSet<>();
            general.forEach(r -> runKeys.add(RowKeys.of(r)));
            Set<RowKeys.FileKey> fileKeys = new HashSet<>();
            receipts.forEach(r -> fileKeys.add(RowKeys.of(r)));
            List<Discrepancy> kept = new ArrayList<>();
            for (Discrepancy d : discrepancies) {
                if (period.contains(d.at()) || runKeys.contains(RowKeys.run(d)) || fileKeys.contains(RowKeys.file(d))) {
                    kept.add(d);
                }
            }
            Set<String> codes = new TreeSet<>();
            general.forEach(r -> {
                codes.add(r.exportingUnit());
                codes.add(r.receivingUnit());
            });
            receipts.forEach(r -> {
                codes.add(r.sendingUnit());
                codes.add(r.receivingUnit());
            });
            kept.forEach(d -> {
                codes.add(d.fromUnit());
                codes.add(d.toUnit());
            });
            Map<String, CustomsUnit> units = new HashMap<>();
            for (String code : codes) {
                directory.find(code).ifPresent(u -> units.put(u.code(), u));
            }
            return new AnnexOneReport(period, units, general, receipts, kept);
        }

        private static <T> List<T> copy(Collection<T> items, String field) {
            List<T> copy = new ArrayList<>(Fields.present(items, field, "a collection (may be empty)").size());
            for (T item : items) {
                copy.add(Fields.present(item, field, "no missing entries"));
            }
            return copy;
        }
    }
}
