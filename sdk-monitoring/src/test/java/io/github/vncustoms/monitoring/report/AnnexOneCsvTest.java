package io.github.vncustoms.monitoring.report;

import static io.github.vncustoms.monitoring.report.KnownDay.EVIL;
import static io.github.vncustoms.monitoring.report.KnownDay.UPDATE_ERROR;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vncustoms.monitoring.reconcile.Discrepancy;
import io.github.vncustoms.monitoring.reconcile.DiscrepancyKind;
import io.github.vncustoms.monitoring.reconcile.RunSummary;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The Annex I tables as CSV for the day built by hand: every cell, parsed back (MON-T-02, MON-T-03). */
final class AnnexOneCsvTest {
    private static final String HQ01 = "HQ01 – Cục Hải quan TP Hà Nội";
    private static final String U01AB = "01AB – CC HQ CK Sân bay QT Nội Bài";
    private static final String U01DD = "01DD – Chi cục Hải quan Chuyển phát nhanh";
    private static final String TCHQ = "TCHQ – Tổng cục Hải quan";
    private static final String DUPLICATE = "Nhận trùng file";

    private final AnnexOneReport report = KnownDay.report();

    static List<List<String>> parse(String csv) {
        try (CSVParser parser = CSVParser.parse(csv, CSVFormat.RFC4180)) {
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(record.toList());
            }
            return rows;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String general(AnnexOneCsv csv, AnnexOneReport report) {
        StringBuilder out = new StringBuilder();
        csv.writeGeneral(report, out);
        return out.toString();
    }

    private static String receipts(AnnexOneCsv csv, AnnexOneReport report) {
        StringBuilder out = new StringBuilder();
        csv.writeReceipts(report, out);
        return out.toString();
    }

    @Test
    @DisplayName("MON-T-02: the general CSV has the Annex's 12 criteria in order and every cell as computed by hand")
    void generalCsv_forTheKnownDay_hasEveryCellAsComputedByHand() {
        List<List<String>> rows = parse(general(AnnexOneCsv.create(), report));
        assertThat(rows).containsExactly(
                List.of("Hệ thống", "Mã lần kết xuất", "Đơn vị kết xuất", "Ngày kết xuất", "Thời gian kết xuất",
                        "Số file kết xuất tự động", "Số file kết xuất theo điều kiện", "Tổng File được kết xuất",
                        "Tổng dung lượng các file kết xuất", "Đơn vị nhận", "Tổng số file nhận",
                        "Tổng dung lượng các file nhận", "Tổng dung lượng cập nhật", "Lỗi khi cập nhật",
                        "Số sai lệch", "Loại sai lệch"),
                List.of("SLXNK", KnownDay.RUN_A, U01AB, "2026-11-20", "09:30:00", "2", "1", "3", "51737", HQ01, "2",
                        "49237", "49237", "", "3",
                        "Đơn vị nhận không nhận được file; Nhận trùng file; Tổng số file, dung lượng kết xuất và nhận không khớp"),
                List.of("SLXNK", KnownDay.RUN_B, U01DD, "2026-11-20", "10:00:00", "1", "1", "2", "10777", HQ01, "2",
                        "10777", "10000", UPDATE_ERROR, "1", "Lỗi cập nhật"),
                List.of("SLXNK", KnownDay.RUN_C, HQ01, "2026-11-20", "11:00:00", "2", "0", "2", "65000", TCHQ, "2",
                        "65000", "65000", "", "0", ""),
                List.of("Tổng cộng", "", "", "", "", "5", "2", "7", "127514", "", "6", "125014", "124237", "1", "4", ""));
    }

    @Test
    @DisplayName("MON-T-03: the receipt CSV has the Annex's 11 criteria in order and every cell as computed by hand")
    void receiptCsv_forTheKnownDay_hasEveryCellAsComputedByHand() {
        List<List<String>> rows = parse(receipts(AnnexOneCsv.create(), report));
        String a = KnownDay.RUN_A;
        String b = KnownDay.RUN_B;
        String c = KnownDay.RUN_C;
        assertThat(rows).containsExactly(
                List.of("Hệ thống", "Đơn vị gửi", "Mã lần kết xuất", "Cục Hải quan nhận dữ liệu",
                        "Thời gian bắt đầu nhận", "Thời gian kết thúc nhận", "Tên file nhận", "Dung lượng file nhận",
                        "Thời gian bắt đầu cập nhật", "Thời gian kết thúc cập nhật", "Tên file cập nhật",
                        "Dung lượng file cập nhật", "Phiên bản cập nhật", "Lỗi cập nhật", "Số sai lệch", "Loại sai lệch"),
                List.of("SLXNK", U01DD, KnownDay.RUN_Z, HQ01, "2026-11-20 00:05:00", "2026-11-20 00:05:02",
                        KnownDay.Z1, "4096", "2026-11-20 00:06:00", "2026-11-20 00:06:01", KnownDay.Z1, "4096",
                        "20261119-9", "", "0", ""),
                List.of("SLXNK", U01AB, a, HQ01, "2026-11-20 09:31:00", "2026-11-20 09:31:05", KnownDay.A1, "48213",
                        "2026-11-20 09:32:00", "2026-11-20 09:32:10", KnownDay.A1, "48213", "20261120-1", "", "0", ""),
                List.of("SLXNK", U01AB, a, HQ01, "2026-11-20 09:31:10", "2026-11-20 09:31:12", KnownDay.A2, "1024",
                        "2026-11-20 09:33:00", "2026-11-20 09:33:02", KnownDay.A2, "1024", "20261120-1", "", "1",
                        DUPLICATE),
                List.of("SLXNK", U01AB, a, HQ01, "2026-11-20 09:40:00", "2026-11-20 09:40:01", KnownDay.A2, "1024",
                        "", "", "", "", "", "", "1", DUPLICATE),
                List.of("SLXNK", U01DD, b, HQ01, "2026-11-20 10:01:00", "2026-11-20 10:01:03", KnownDay.B1, "10000",
                        "2026-11-20 10:02:00", "2026-11-20 10:02:05", KnownDay.B1, "10000", "20261120-1", "", "0", ""),
                List.of("SLXNK", U01DD, b, HQ01, "2026-11-20 10:01:05", "2026-11-20 10:01:06", EVIL, "777",
                        "2026-11-20 10:02:10", "2026-11-20 10:02:11", EVIL, "777", "20261120-1", UPDATE_ERROR, "1",
                        "Lỗi cập nhật"),
                List.of("SLXNK", HQ01, c, TCHQ, "2026-11-20 11:01:00", "2026-11-20 11:01:30", KnownDay.C1, "60000",
                        "2026-11-20 11:05:00", "2026-11-20 11:05:20", KnownDay.C1, "60000", "2026.11.20", "", "0", ""),
                List.of("SLXNK", HQ01, c, TCHQ, "2026-11-20 11:01:40", "2026-11-20 11:01:45", KnownDay.C2, "5000",
                        "2026-11-20 11:05:30", "2026-11-20 11:05:35", KnownDay.C2, "5000", "2026.11.20", "", "0", ""));
    }

    @Test
    @DisplayName("MON-T-04: the discrepancy CSV numbers the day's discrepancies with kind, requirement, units, run, file and figures")
    void discrepancyCsv_listsTheDaysDiscrepancies() {
        StringBuilder out = new StringBuilder();
        AnnexOneCsv.create().writeDiscrepancies(report, out);
        List<List<String>> rows = parse(out.toString());
        assertThat(rows).hasSize(6);
        assertThat(rows.get(0)).containsExactly("STT", "Loại sai lệch", "Yêu cầu", "Hệ thống", "Đơn vị gửi",
                "Đơn vị nhận", "Mã lần kết xuất", "Tên file", "Giá trị dự kiến", "Giá trị thực tế", "Thời điểm");
        assertThat(rows.get(2)).containsExactly("2", "Lỗi cập nhật", "MON-T-04", "SLXNK", U01DD, HQ01, KnownDay.RUN_B,
                EVIL, "applied without error", UPDATE_ERROR, "2026-11-20 10:02:11");
        assertThat(rows.get(5)).containsExactly("5", "Không có lần kết xuất theo lịch", "MON-T-01", "SLXNK", U01DD, HQ01,
                "", "", "a run by 14:00", "no run", "2026-11-20 14:00:00");
    }

    @Test
    @DisplayName("MON-T-02: the CSV parses back to the report's own figures, row by row")
    void generalCsv_parsesBackToTheReportsFigures() {
        List<List<String>> rows = parse(general(AnnexOneCsv.create(), report));
        for (int i = 0; i < report.generalRows().size(); i++) {
            GeneralInfoRow row = report.generalRows().get(i);
            List<String> cells = rows.get(i + 1);
            assertThat(cells.get(1)).isEqualTo(row.runId());
            assertThat(Long.parseLong(cells.get(8))).isEqualTo(row.totalSize());
            assertThat(Long.parseLong(cells.get(11))).isEqualTo(row.sizeReceived());
            assertThat(Long.parseLong(cells.get(14))).isEqualTo(report.discrepanciesOf(row).size());
        }
    }

    @Test
    @DisplayName("MON-T-02: with a byte order mark, each output starts with U+FEFF and the rest parses the same")
    void byteOrderMark_prefixesEachOutput() {
        AnnexOneCsv plain = AnnexOneCsv.create();
        AnnexOneCsv withBom = plain.toBuilder().byteOrderMark(true).build();
        String general = general(withBom, report);
        String receipts = receipts(withBom, report);
        assertThat(general).startsWith("\uFEFF").isEqualTo("\uFEFF" + general(plain, report));
        assertThat(receipts).startsWith("\uFEFF").isEqualTo("\uFEFF" + receipts(plain, report));
        assertThat(general.indexOf('\uFEFF', 1)).isEqualTo(-1);
    }

    @Test
    @DisplayName("MON-T-02: English CSV has English headings and names; figures are the same")
    void englishCsv_hasEnglishHeadings() {
        AnnexOneCsv english = AnnexOneCsv.builder().language(ReportLanguage.ENGLISH).build();
        List<List<String>> rows = parse(general(english, report));
        assertThat(rows.get(0)).containsExactly("System", "Export run", "Exporting unit", "Export date", "Export time",
                "Files exported automatically", "Files exported on condition", "Total files exported",
                "Total size of files exported", "Receiving unit", "Total files received", "Total size of files received",
                "Total size applied", "Update errors", "Number of discrepancies", "Kinds of discrepancy");
        assertThat(rows.get(1)).contains("01AB – Nội Bài International Airport Customs Branch", "51737",
                "File missing at the receiver; Duplicate delivery; Exported and received totals disagree");
        assertThat(rows.get(4).get(0)).isEqualTo("Total");
        assertThat(parse(receipts(english, report)).get(0)).startsWith("System", "Sending unit", "Export run",
                "Customs department receiving the data", "Receipt start");
    }

    @Test
    @DisplayName("MON-T-02: the totals row can be left out")
    void totalsRow_canBeLeftOut() {
        List<List<String>> rows = parse(general(AnnexOneCsv.builder().totalsRow(false).build(), report));
        assertThat(rows).hasSize(4);
        assertThat(rows.get(3).get(1)).isEqualTo(KnownDay.RUN_C);
    }

    @Test
    @DisplayName("MON-T-03: a cell a spreadsheet would run as a formula is guarded with a quote, unless the guard is off")
    void formulaCells_areGuarded_unlessTurnedOff() {
        String formula = "=HYPERLINK(\"http://x\")";
        AnnexOneReport hostile = AnnexOneReport.builder().period(KnownDay.DAY).directory(KnownDay.DIRECTORY)
                .events(List.of(KnownDay.applied(KnownDay.EXPORT_A, "@cmd.xml", 5, "", "-1 failed", "12:00:00",
                        "12:00:01")))
                .discrepancies(List.of(new Discrepancy(DiscrepancyKind.UNEXPECTED_FILE, "SLXNK", "01AB", "HQ01",
                        KnownDay.RUN_A, "@cmd.xml", formula, "+1", KnownDay.vn("12:00:01"), "")))
                .build();
        List<String> guarded = parse(receipts(AnnexOneCsv.create(), hostile)).get(1);
        assertThat(guarded.get(10)).isEqualTo("'@cmd.xml");
        assertThat(guarded.get(13)).isEqualTo("'-1 failed");
        StringBuilder out = new StringBuilder();
        AnnexOneCsv.create().writeDiscrepancies(hostile, out);
        assertThat(parse(out.toString()).get(1)).contains("'" + formula, "'+1");
        List<String> exact = parse(receipts(AnnexOneCsv.builder().guardFormulas(false).build(), hostile)).get(1);
        assertThat(exact.get(10)).isEqualTo("@cmd.xml");
        assertThat(exact.get(13)).isEqualTo("-1 failed");
    }

    @Test
    @DisplayName("MON-T-02: several update errors of one run share a cell, one per line")
    void severalUpdateErrors_shareOneCell_onePerLine() {
        AnnexOneReport twoErrors = AnnexOneReport.builder().period(KnownDay.DAY).directory(KnownDay.DIRECTORY)
                .runs(List.of(new RunSummary(KnownDay.EXPORT_A, 3, 51_737, 1,
                        48_213, List.of("lỗi 1, \"dòng 3\"", "lỗi 2"), 2)))
                .build();
        List<List<String>> rows = parse(general(AnnexOneCsv.create(), twoErrors));
        assertThat(rows.get(1).get(13)).isEqualTo("lỗi 1, \"dòng 3\"\nlỗi 2");
        assertThat(rows.get(2).get(13)).isEqualTo("2");
    }
}
