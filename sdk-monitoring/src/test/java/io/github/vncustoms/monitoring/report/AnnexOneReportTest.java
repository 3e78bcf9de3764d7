package io.github.vncustoms.monitoring.report;

import static io.github.vncustoms.monitoring.report.KnownDay.A1;
import static io.github.vncustoms.monitoring.report.KnownDay.A2;
import static io.github.vncustoms.monitoring.report.KnownDay.B1;
import static io.github.vncustoms.monitoring.report.KnownDay.C1;
import static io.github.vncustoms.monitoring.report.KnownDay.C2;
import static io.github.vncustoms.monitoring.report.KnownDay.EVIL;
import static io.github.vncustoms.monitoring.report.KnownDay.RUN_A;
import static io.github.vncustoms.monitoring.report.KnownDay.RUN_B;
import static io.github.vncustoms.monitoring.report.KnownDay.RUN_C;
import static io.github.vncustoms.monitoring.report.KnownDay.RUN_Z;
import static io.github.vncustoms.monitoring.report.KnownDay.SLXNK;
import static io.github.vncustoms.monitoring.report.KnownDay.UPDATE_ERROR;
import static io.github.vncustoms.monitoring.report.KnownDay.Z1;
import static io.github.vncustoms.monitoring.report.KnownDay.vn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.monitoring.reconcile.Discrepancy;
import io.github.vncustoms.monitoring.reconcile.DiscrepancyKind;
import io.github.vncustoms.monitoring.reconcile.RunSummary;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The Annex I report as objects for a day built by hand (MON-T-02, MON-T-03, MON-T-04). */
final class AnnexOneReportTest {
    private final AnnexOneReport report = KnownDay.report();

    private static ReceiptInfoRow row(String run, String from, String to, String file, ReceiptInfoRow.Receipt r,
            ReceiptInfoRow.Update u) {
        return new ReceiptInfoRow(SLXNK, from, run, to, file, r, u);
    }

    private static ReceiptInfoRow.Receipt receipt(String start, String end, long size) {
        return new ReceiptInfoRow.Receipt(vn(start), vn(end), size);
    }

    private static ReceiptInfoRow.Update update(String start, String end, long size, String version, String error) {
        return new ReceiptInfoRow.Update(vn(start), vn(end), size, version, error);
    }

    @Test
    @DisplayName("MON-T-02: the general rows are the day's runs in export-time order, each criterion as computed by hand")
    void generalRows_forTheKnownDay_matchFiguresComputedByHand() {
        LocalDate day = KnownDay.DAY;
        assertThat(report.generalRows()).containsExactly(
                new GeneralInfoRow(SLXNK, RUN_A, "01AB", day, LocalTime.of(9, 30), 2, 1, 3, 51_737, "HQ01", 2, 49_237,
                        49_237, List.of()),
                new GeneralInfoRow(SLXNK, RUN_B, "01DD", day, LocalTime.of(10, 0), 1, 1, 2, 10_777, "HQ01", 2, 10_777,
                        10_000, List.of(UPDATE_ERROR)),
                new GeneralInfoRow(SLXNK, RUN_C, "HQ01", day, LocalTime.of(11, 0), 2, 0, 2, 65_000, "TCHQ", 2, 65_000,
                        65_000, List.of()));
    }

    @Test
    @DisplayName("MON-T-02: the totals row adds up every numeric column of the day")
    void generalTotals_forTheKnownDay_addUpTheRows() {
        assertThat(report.generalTotals()).isEqualTo(new GeneralTotals(3, 5, 2, 7, 127_514, 6, 125_014, 124_237, 1));
    }

    @Test
    @DisplayName("MON-T-03: one receipt row per receipt, each update with the receipt it follows, in receive order")
    void receiptRows_forTheKnownDay_pairEachUpdateWithTheReceiptItFollows() {
        assertThat(report.receiptRows()).containsExactly(
                // Run Z was exported the evening before; its receipt at 00:05 belongs to the day.
                row(RUN_Z, "01DD", "HQ01", Z1, receipt("00:05:00", "00:05:02", 4_096),
                        update("00:06:00", "00:06:01", 4_096, "20261119-9", "")),
                row(RUN_A, "01AB", "HQ01", A1, receipt("09:31:00", "09:31:05", 48_213),
                        update("09:32:00", "09:32:10", 48_213, "20261120-1", "")),
                row(RUN_A, "01AB", "HQ01", A2, receipt("09:31:10", "09:31:12", 1_024),
                        update("09:33:00", "09:33:02", 1_024, "20261120-1", "")),
                // The second receipt of 0002 came after its update: its update part is empty.
                row(RUN_A, "01AB", "HQ01", A2, receipt("09:40:00", "09:40:01", 1_024), null),
                row(RUN_B, "01DD", "HQ01", B1, receipt("10:01:00", "10:01:03", 10_000),
                        update("10:02:00", "10:02:05", 10_000, "20261120-1", "")),
                row(RUN_B, "01DD", "HQ01", EVIL, receipt("10:01:05", "10:01:06", 777),
                        update("10:02:10", "10:02:11", 777, "20261120-1", UPDATE_ERROR)),
                row(RUN_C, "HQ01", "TCHQ", C1, receipt("11:01:00", "11:01:30", 60_000),
                        update("11:05:00", "11:05:20", 60_000, "2026.11.20", "")),
                row(RUN_C, "HQ01", "TCHQ", C2, receipt("11:01:40", "11:01:45", 5_000),
                        update("11:05:30", "11:05:35", 5_000, "2026.11.20", "")));
    }

    @Test
    @DisplayName("MON-T-04: the rows with a discrepancy are exactly runs A and B and the files 0002 (twice) and the failed one")
    void rowsWithDiscrepancies_areExactlyTheRowsADiscrepancyNames() {
        assertThat(report.generalRowsWithDiscrepancies()).extracting(GeneralInfoRow::runId).containsExactly(RUN_A, RUN_B);
        assertThat(report.receiptRowsWithDiscrepancies()).extracting(ReceiptInfoRow::fileName)
                .containsExactly(A2, A2, EVIL);
        List<GeneralInfoRow> general = report.generalRows();
        assertThat(report.discrepanciesOf(general.get(0)))
                .containsExactly(KnownDay.DUPLICATE_A2, KnownDay.MISSING_A3, KnownDay.TOTALS_A);
        assertThat(report.discrepanciesOf(general.get(1))).containsExactly(KnownDay.FAILED_EVIL);
        assertThat(report.hasDiscrepancy(general.get(2))).isFalse();
        assertThat(report.discrepanciesOf(report.receiptRows().get(5))).containsExactly(KnownDay.FAILED_EVIL);
        assertThat(report.hasDiscrepancy(report.receiptRows().get(1))).isFalse();
    }

    @Test
    @DisplayName("MON-T-04: the day's discrepancies are listed by instant then kind; a run that never happened is listed but marks no row")
    void discrepancies_ofTheDay_areListedInOrder_andTheNextDaysAreLeftOut() {
        assertThat(report.discrepancies()).containsExactly(KnownDay.DUPLICATE_A2, KnownDay.FAILED_EVIL,
                KnownDay.MISSING_A3, KnownDay.TOTALS_A, KnownDay.NO_RUN_01DD);
        assertThat(report.generalRows()).noneMatch(r -> r.matches(KnownDay.NO_RUN_01DD));
        assertThat(report.receiptRows()).noneMatch(r -> r.matches(KnownDay.NO_RUN_01DD));
    }

    @Test
    @DisplayName("MON-T-02: a discrepancy of a reported run is kept even when it falls on a later day")
    void discrepancy_onALaterDay_ofARunInTheReport_isKept() {
        Discrepancy late = new Discrepancy(DiscrepancyKind.RECEIVED_NOT_APPLIED, SLXNK, "01AB", "HQ01", RUN_A, A2,
                "applied", "not applied", vn("09:00:00").plusSeconds(86_400), "");
        AnnexOneReport withLate = AnnexOneReport.builder().period(KnownDay.DAY).directory(KnownDay.DIRECTORY)
                .runs(KnownDay.summaries()).events(KnownDay.events()).discrepancies(List.of(late)).build();
        assertThat(withLate.discrepancies()).containsExactly(late);
        assertThat(withLate.receiptRowsWithDiscrepancies()).extracting(ReceiptInfoRow::fileName).containsExactly(A2, A2);
    }

    @Test
    @DisplayName("MON-T-02: units are shown by code and name in the report's language")
    void units_areNamedFromTheDirectory() {
        assertThat(report.units()).containsOnlyKeys("01AB", "01DD", "HQ01", "TCHQ");
        assertThat(report.unitLabel("01AB", ReportLanguage.VIETNAMESE)).isEqualTo("01AB – CC HQ CK Sân bay QT Nội Bài");
        assertThat(report.unitLabel("HQ01", ReportLanguage.ENGLISH)).isEqualTo("HQ01 – Hà Nội Customs Department");
        assertThat(report.unitLabel("ZZ99", ReportLanguage.VIETNAMESE)).isEqualTo("ZZ99");
        assertThat(report.unit("ZZ99")).isEmpty();
    }

    @Test
    @DisplayName("MON-T-02: a range of days takes the runs of every day in it, by the day in Vietnam")
    void period_ofTwoDays_takesTheRunsOfBothDays_byVietnamDate() {
        AnnexOneReport twoDays = AnnexOneReport.builder().period(ReportPeriod.of(KnownDay.DAY, KnownDay.DAY.plusDays(1)))
                .directory(KnownDay.DIRECTORY).runs(KnownDay.summaries()).events(KnownDay.events())
                .discrepancies(KnownDay.discrepancies()).build();
        assertThat(twoDays.generalRows()).extracting(GeneralInfoRow::runId)
                .containsExactly(RUN_A, RUN_B, RUN_C, KnownDay.RUN_D);
        assertThat(twoDays.receiptRows()).last().extracting(ReceiptInfoRow::fileName).isEqualTo(KnownDay.D1);
        assertThat(twoDays.discrepancies()).contains(KnownDay.NOT_APPLIED_D1);
    }

    @Test
    @DisplayName("MON-T-02: the general row of a run summary takes the exporter's and the receiver's figures")
    void generalInfoRow_ofASummary_takesBothSidesFigures() {
        RunSummary z = KnownDay.summaries().get(3);
        GeneralInfoRow row = GeneralInfoRow.of(z);
        assertThat(row.exportDate()).isEqualTo(LocalDate.of(2026, 11, 19));
        assertThat(row.exportTime()).isEqualTo(LocalTime.of(23, 50));
        assertThat(row.totalFiles()).isEqualTo(1);
        assertThat(row.sizeApplied()).isEqualTo(4_096);
    }

    @Test
    @DisplayName("MON-T-02: two summaries of the same run are refused")
    void build_withTheSameRunTwice_isRefused() {
        List<RunSummary> twice = new ArrayList<>(KnownDay.summaries());
        twice.add(KnownDay.summaries().get(0));
        assertThatThrownBy(() -> AnnexOneReport.builder().period(KnownDay.DAY).directory(KnownDay.DIRECTORY)
                .runs(twice).build())
                .isInstanceOf(ValidationException.class).hasMessageContaining(RUN_A).hasMessageContaining("one row per run");
    }

    @Test
    @DisplayName("MON-T-02: a report without a period or a directory is refused with the missing part named")
    void build_withoutPeriodOrDirectory_isRefused() {
        assertThatThrownBy(() -> AnnexOneReport.builder().directory(KnownDay.DIRECTORY).build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("period");
        assertThatThrownBy(() -> AnnexOneReport.builder().period(KnownDay.DAY).build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("directory");
        assertThatThrownBy(() -> ReportPeriod.of(KnownDay.DAY, KnownDay.DAY.minusDays(1)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("before it starts");
    }

    @Test
    @DisplayName("MON-T-02: a general row whose total is not automatic plus conditional files is refused")
    void generalInfoRow_withInconsistentTotal_isRefused() {
        assertThatThrownBy(() -> new GeneralInfoRow(SLXNK, RUN_A, "01AB", KnownDay.DAY, LocalTime.NOON, 2, 1, 4, 0,
                "HQ01", 0, 0, 0, List.of()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("4 files in total");
    }

    @Test
    @DisplayName("MON-T-03: a receipt row needs a receipt or an update")
    void receiptInfoRow_withNeitherPart_isRefused() {
        assertThatThrownBy(() -> new ReceiptInfoRow(SLXNK, "01AB", RUN_A, "HQ01", A1, null, null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("neither a receipt nor an update");
    }
}
