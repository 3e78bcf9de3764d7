package io.github.vncustoms.monitoring.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vncustoms.monitoring.internal.report.Html;
import io.github.vncustoms.monitoring.reconcile.Discrepancy;
import io.github.vncustoms.monitoring.reconcile.DiscrepancyKind;
import io.github.vncustoms.monitoring.reconcile.RunSummary;
import io.github.vncustoms.monitoring.transfer.ExportMode;
import io.github.vncustoms.monitoring.transfer.ExportRun;
import io.github.vncustoms.monitoring.transfer.ExportedFile;
import io.github.vncustoms.monitoring.transfer.FileApplied;
import io.github.vncustoms.monitoring.transfer.FileReceived;
import io.github.vncustoms.monitoring.transfer.TransferEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Rules of the Annex I report over generated days (MON-T-02, MON-T-03, MON-T-04). */
final class AnnexOneReportProperties {
    private static final Instant MIDNIGHT = KnownDay.vn("00:00:00");
    private static final List<String[]> FLOWS = List.of(new String[] {"01AB", "HQ01"}, new String[] {"01DD", "HQ01"},
            new String[] {"HQ01", "TCHQ"}, new String[] {"TCHQ", "HQ02"}, new String[] {"02CI", "HQ02"});
    private static final List<String> SYSTEMS = List.of("SLXNK", "GTT22", "VICUM", "KT559");
    /** Columns of the general CSV whose totals cell is a sum: criteria 4–7 and 9–11, then the discrepancy count. */
    private static final int[] SUMMED = {5, 6, 7, 8, 10, 11, 12, 14};

    /** A generated run, before it gets its unique id. */
    record RunShape(Where where, List<ExportedFile> files, int received, long sizeReceived, long sizeApplied,
            List<String> errors, List<DiscrepancyKind> kinds) {
    }

    /** A generated run's system, flow and export second of the day. */
    record Where(String system, String[] flow, int second) {
    }

    /** A generated day: its summaries and the discrepancies of its runs. */
    record Day(List<RunSummary> runs, List<Discrepancy> discrepancies) {
    }

    @Provide
    Arbitrary<Day> days() {
        Arbitrary<ExportedFile> file = Combinators.combine(Arbitraries.longs().between(0, 5_000_000_000L),
                Arbitraries.of(ExportMode.class)).as((size, mode) -> new ExportedFile("f", size, "", mode));
        Arbitrary<String> error = Arbitraries.strings().withCharRange('a', 'z').withChars("ỗi ,\"<&").ofMinLength(1)
                .ofMaxLength(12).filter(s -> !s.isBlank());
        Arbitrary<Where> where = Combinators.combine(Arbitraries.of(SYSTEMS), Arbitraries.of(FLOWS),
                Arbitraries.integers().between(0, 86_399)).as(Where::new);
        Arbitrary<RunShape> run = Combinators.combine(where, file.list().ofMaxSize(6),
                Arbitraries.integers().between(0, 10), Arbitraries.longs().between(0, 40_000_000_000L),
                Arbitraries.longs().between(0, 40_000_000_000L), error.list().ofMaxSize(3),
                Arbitraries.of(DiscrepancyKind.class).list().ofMaxSize(3))
                .as(RunShape::new);
        return run.list().ofMaxSize(25).map(AnnexOneReportProperties::day);
    }

    private static Day day(List<RunShape> shapes) {
        List<RunSummary> runs = new ArrayList<>();
        List<Discrepancy> discrepancies = new ArrayList<>();
        for (int i = 0; i < shapes.size(); i++) {
            RunShape s = shapes.get(i);
            Where w = s.where();
            List<ExportedFile> files = new ArrayList<>();
            for (int f = 0; f < s.files().size(); f++) {
                ExportedFile g = s.files().get(f);
                files.add(new ExportedFile("TK_" + i + "_" + f + ".xml", g.size(), "", g.mode()));
            }
            Instant at = MIDNIGHT.plusSeconds(w.second());
            ExportRun export = ExportRun.of("R" + i, w.system(), w.flow()[0], w.flow()[1], at, files);
            runs.add(new RunSummary(export, s.received(), s.sizeReceived(), 0, s.sizeApplied(), s.errors(),
                    s.kinds().size()));
            for (DiscrepancyKind kind : s.kinds()) {
                discrepancies.add(new Discrepancy(kind, w.system(), w.flow()[0], w.flow()[1], "R" + i, "", "x", "y", at, ""));
            }
        }
        return new Day(runs, discrepancies);
    }

    private static AnnexOneReport report(Day day) {
        return AnnexOneReport.builder().period(KnownDay.DAY).directory(KnownDay.DIRECTORY).runs(day.runs())
                .discrepancies(day.discrepancies()).build();
    }

    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    @Label("MON-T-02: the general table's totals row equals the sum of its rows in every numeric column")
    void totalsRow_equalsTheSumsOfTheRows(@ForAll("days") Day day) {
        AnnexOneReport report = report(day);
        StringBuilder out = new StringBuilder();
        AnnexOneCsv.create().writeGeneral(report, out);
        List<List<String>> table = AnnexOneCsvTest.parse(out.toString());
        List<List<String>> rows = table.subList(1, table.size() - 1);
        List<String> totals = table.get(table.size() - 1);
        assertThat(rows).hasSize(day.runs().size());
        assertThat(totals.get(0)).isEqualTo("Tổng cộng");
        for (int column : SUMMED) {
            long sum = 0;
            for (List<String> row : rows) {
                sum += Long.parseLong(row.get(column));
            }
            assertThat(Long.parseLong(totals.get(column))).as("column %d", column).isEqualTo(sum);
        }
        long errors = day.runs().stream().mapToLong(r -> r.updateErrors().size()).sum();
        assertThat(Long.parseLong(totals.get(13))).isEqualTo(errors);
        assertThat(Long.parseLong(totals.get(14))).isEqualTo(day.discrepancies().size());

        GeneralTotals t = report.generalTotals();
        assertThat(t.runs()).isEqualTo(day.runs().size());
        assertThat(t.totalFiles()).isEqualTo(t.automaticFiles() + t.conditionalFiles())
                .isEqualTo(day.runs().stream().mapToLong(r -> r.run().files().size()).sum());
        assertThat(t.totalSize()).isEqualTo(day.runs().stream()
                .flatMap(r -> r.run().files().stream()).mapToLong(ExportedFile::size).sum());
        assertThat(t.sizeReceived()).isEqualTo(day.runs().stream().mapToLong(RunSummary::sizeReceived).sum());
        assertThat(t.sizeApplied()).isEqualTo(day.runs().stream().mapToLong(RunSummary::sizeApplied).sum());
        assertThat(t.filesReceived()).isEqualTo(day.runs().stream().mapToLong(RunSummary::filesReceived).sum());
    }

    @Property(tries = 60, edgeCases = EdgeCasesMode.NONE)
    @Label("MON-T-02: the HTML totals row shows the same sums, grouped")
    void htmlTotalsRow_showsTheSameSums(@ForAll("days") Day day) {
        AnnexOneReport report = report(day);
        GeneralTotals t = report.generalTotals();
        String page = AnnexOneHtml.builder().language(ReportLanguage.ENGLISH).build().render(report);
        var totals = AnnexOneHtmlTest.select(AnnexOneHtmlTest.parse(page), "//tr[@class='totals']").get(0);
        assertThat(Long.parseLong(AnnexOneHtmlTest.cell(totals, 8).replace(",", ""))).isEqualTo(t.totalSize());
        assertThat(Long.parseLong(AnnexOneHtmlTest.cell(totals, 11).replace(",", ""))).isEqualTo(t.sizeReceived());
        assertThat(Long.parseLong(AnnexOneHtmlTest.cell(totals, 12).replace(",", ""))).isEqualTo(t.sizeApplied());
    }

    @Property(tries = 60)
    @Label("MON-T-02, MON-T-03: the report and its renderings do not depend on the order runs, events and discrepancies arrive in")
    void report_isTheSame_inAnyOrderOfArrival(@ForAll Random random) {
        List<RunSummary> runs = new ArrayList<>(KnownDay.summaries());
        List<TransferEvent> events = new ArrayList<>(KnownDay.events());
        List<Discrepancy> discrepancies = new ArrayList<>(KnownDay.discrepancies());
        Collections.shuffle(runs, random);
        Collections.shuffle(events, random);
        Collections.shuffle(discrepancies, random);
        AnnexOneReport shuffled = AnnexOneReport.builder().period(KnownDay.DAY).directory(KnownDay.DIRECTORY).runs(runs)
                .events(events).discrepancies(discrepancies).build();
        AnnexOneReport expected = KnownDay.report();
        assertThat(shuffled).isEqualTo(expected);
        assertThat(AnnexOneHtml.create().render(shuffled)).isEqualTo(AnnexOneHtml.create().render(expected));
    }

    /** Receipts and updates of two files of one run, at generated minutes. */
    @Provide
    Arbitrary<List<TransferEvent>> flows() {
        Arbitrary<TransferEvent> event = Combinators.combine(Arbitraries.of(KnownDay.A1, KnownDay.A2),
                Arbitraries.integers().between(0, 600), Arbitraries.of(true, false), Arbitraries.of("", "lỗi"))
                .as((file, minute, receipt, error) -> {
                    Instant start = MIDNIGHT.plusSeconds(60L * minute);
                    ExportRun run = KnownDay.EXPORT_A;
                    return receipt
                            ? new FileReceived(run.runId(), run.system(), run.fromUnit(), run.toUnit(), file, minute, "",
                                    start, start.plusSeconds(5))
                            : new FileApplied(run.runId(), run.system(), run.fromUnit(), run.toUnit(), file, minute, "1",
                                    error, start, start.plusSeconds(5));
                });
        return event.list().ofMaxSize(12);
    }

    @Property(tries = 300)
    @Label("MON-T-03: pairing shows every update exactly once and every receipt at least once, each update after its receipt")
    void pairing_showsEveryUpdateOnce_andEveryReceipt(@ForAll("flows") List<TransferEvent> events) {
        List<ReceiptInfoRow> rows = ReceiptInfoRow.pair(events);
        Map<ReceiptInfoRow.Update, Integer> updatesShown = new HashMap<>();
        Map<ReceiptInfoRow.Receipt, Integer> receiptsShown = new HashMap<>();
        for (ReceiptInfoRow row : rows) {
            if (row.hasUpdate()) {
                updatesShown.merge(row.update(), 1, Integer::sum);
            }
            if (row.hasReceipt()) {
                receiptsShown.merge(row.receipt(), 1, Integer::sum);
            }
            if (row.hasReceipt() && row.hasUpdate()) {
                // The update follows its receipt, and no later receipt of the file came before the update.
                assertThat(row.receipt().start()).isBeforeOrEqualTo(row.update().start());
                assertThat(events).noneMatch(e -> e instanceof FileReceived r && r.fileName().equals(row.fileName())
                        && r.startedAt().isAfter(row.receipt().start()) && !r.startedAt().isAfter(row.update().start()));
            }
        }
        Map<ReceiptInfoRow.Update, Integer> updatesGiven = new HashMap<>();
        for (TransferEvent e : events) {
            if (e instanceof FileApplied a) {
                updatesGiven.merge(ReceiptInfoRow.of(null, a).update(), 1, Integer::sum);
            } else if (e instanceof FileReceived r) {
                assertThat(receiptsShown).containsKey(ReceiptInfoRow.of(r, null).receipt());
            }
        }
        assertThat(updatesShown).isEqualTo(updatesGiven);
        assertThat(rows).isSortedAccordingTo(ReceiptInfoRow.ORDER);
        for (ReceiptInfoRow row : rows) {
            if (!row.hasReceipt()) {
                // An update shown without a receipt has no receipt of its file at or before it.
                assertThat(events).noneMatch(e -> e instanceof FileReceived r && r.fileName().equals(row.fileName())
                        && !r.startedAt().isAfter(row.update().start()));
            }
        }
    }

    @Property
    @Label("MON-T-03: escaped text has no markup character left and unescapes to the original")
    void htmlEscape_leavesNoMarkup_andRoundTrips(@ForAll String text) {
        String escaped = Html.escape(text);
        assertThat(escaped).doesNotContain("<", ">", "\"", "'");
        assertThat(escaped.replaceAll("&(amp|lt|gt|quot|#39);", "")).doesNotContain("&");
        String back = escaped.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
        boolean clean = text.chars().allMatch(c -> (c >= 0x20 && c < 0x7F) || c == '\t' || c == '\n' || c == '\r'
                || (c > 0x9F && c < 0xD800) || (c > 0xDFFF && c < 0xFFFE));
        if (clean) {
            assertThat(back).isEqualTo(text);
        } else {
            assertThat(back).hasSameSizeAs(text.replaceAll("[\\uD800-\\uDBFF][\\uDC00-\\uDFFF]", "xx"));
        }
    }
}
