package io.github.vncustoms.monitoring.report;

import io.github.vncustoms.core.time.ManualClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.vncustoms.core.access.AccessPolicy;
import io.github.vncustoms.core.access.Account;
import io.github.vncustoms.core.access.AccountKind;
import io.github.vncustoms.core.access.AccountState;
import io.github.vncustoms.core.org.UnitDirectories;
import io.github.vncustoms.core.org.UnitDirectory;
import io.github.vncustoms.core.paging.PageRequest;
import io.github.vncustoms.monitoring.incident.Incident;
import io.github.vncustoms.monitoring.incident.IncidentDesk;
import io.github.vncustoms.monitoring.incident.IncidentQuery;
import io.github.vncustoms.monitoring.incident.IncidentRouting;
import io.github.vncustoms.monitoring.incident.IncidentState;
import io.github.vncustoms.monitoring.reconcile.Discrepancy;
import io.github.vncustoms.monitoring.reconcile.DiscrepancyKind;
import io.github.vncustoms.monitoring.reconcile.LiveReconciliation;
import io.github.vncustoms.monitoring.reconcile.Reconciler;
import io.github.vncustoms.monitoring.transfer.ExportMode;
import io.github.vncustoms.monitoring.transfer.ExportRun;
import io.github.vncustoms.monitoring.transfer.ExportedFile;
import io.github.vncustoms.monitoring.transfer.FileApplied;
import io.github.vncustoms.monitoring.transfer.FileReceived;
import io.github.vncustoms.monitoring.transfer.FileTransmitted;
import io.github.vncustoms.monitoring.transfer.TransferEvent;
import io.github.vncustoms.monitoring.transfer.TransferMatrix;
import io.github.vncustoms.monitoring.transfer.TransferMonitor;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A small known day, end to end: events recorded through a monitor as they happen, reconciled live,
 * incidents raised and routed, and the Annex I report of the day as each level sees it. Every figure
 * below is computed by hand from the events in {@link #recordTheDay()}.
 */
final class AnnexOneReporterTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    private static final UnitDirectory UNITS = UnitDirectories.sample();

    private final ManualClock clock = ManualClock.at(at(7, 0));
    private final AccessPolicy policy = AccessPolicy.builder(UNITS).build();
    private final Reconciler reconciler = Reconciler.builder(TransferMatrix.qd3035()).directory(UNITS).build();
    private final IncidentDesk desk = IncidentDesk.builder(IncidentRouting.sample()).clock(clock).policy(policy).build();
    private final LiveReconciliation live = LiveReconciliation.start(reconciler, clock, Duration.ofMinutes(5), desk);
    private final TransferMonitor monitor = TransferMonitor.builder(UNITS, policy).clock(clock).listener(live).build();
    private final AnnexOneReporter reporter = AnnexOneReporter.create(monitor, reconciler, UNITS);

    @BeforeEach
    void recordTheDay() {
        // Run C: risk data HQ → department HQ01, received (departments do not apply it, Art. 9).
        record(ExportRun.of("RR-0800-HQ01", "QLRR", "TCHQ", "HQ01", at(8, 0),
                List.of(ExportedFile.automatic("RR1.dat", 10_000))));
        record(new FileTransmitted("RR-0800-HQ01", "QLRR", "TCHQ", "HQ01", "RR1.dat", 10_000, at(8, 0), at(8, 1)));
        record(new FileReceived("RR-0800-HQ01", "QLRR", "TCHQ", "HQ01", "RR1.dat", 10_000, "", at(8, 2), at(8, 5)));
        // Run D: risk data HQ → branch 01AB, received and applied.
        record(ExportRun.of("RR-0800-01AB", "QLRR", "TCHQ", "01AB", at(8, 0),
                List.of(ExportedFile.automatic("RR1.dat", 10_000))));
        record(new FileTransmitted("RR-0800-01AB", "QLRR", "TCHQ", "01AB", "RR1.dat", 10_000, at(8, 0), at(8, 1)));
        record(new FileReceived("RR-0800-01AB", "QLRR", "TCHQ", "01AB", "RR1.dat", 10_000, "", at(8, 3), at(8, 6)));
        record(new FileApplied("RR-0800-01AB", "QLRR", "TCHQ", "01AB", "RR1.dat", 10_000, "2026.11.20", "", at(8, 7), at(8, 10)));
        // Run A: declarations 01AB → HQ01; A2 arrives short, A3's checksum differs and its update fails.
        record(new ExportRun("01AB-0930", "SLXNK", "01AB", "HQ01", at(9, 30), 2, 1, 3, 3_500, List.of(
                ExportedFile.automatic("TK_A1.xml", 1_000),
                ExportedFile.automatic("TK_A2.xml", 2_000),
                new ExportedFile("TK_A3.xml", 500, "sha256:aa", ExportMode.CONDITIONAL))));
        for (String f : List.of("TK_A1.xml", "TK_A2.xml", "TK_A3.xml")) {
            long size = f.equals("TK_A1.xml") ? 1_000 : f.equals("TK_A2.xml") ? 2_000 : 500;
            record(new FileTransmitted("01AB-0930", "SLXNK", "01AB", "HQ01", f, size, at(9, 30), at(9, 31)));
        }
        record(new FileReceived("01AB-0930", "SLXNK", "01AB", "HQ01", "TK_A1.xml", 1_000, "", at(9, 31), at(9, 32)));
        record(new FileReceived("01AB-0930", "SLXNK", "01AB", "HQ01", "TK_A2.xml", 1_800, "", at(9, 31), at(9, 32)));
        record(new FileReceived("01AB-0930", "SLXNK", "01AB", "HQ01", "TK_A3.xml", 500, "sha256:bb", at(9, 32), at(9, 33)));
        record(new FileApplied("01AB-0930", "SLXNK", "01AB", "HQ01", "TK_A1.xml", 1_000, "5", "", at(9, 34), at(9, 35)));
        record(new FileApplied("01AB-0930", "SLXNK", "01AB", "HQ01", "TK_A2.xml", 1_800, "5", "", at(9, 34), at(9, 35)));
        record(new FileApplied("01AB-0930", "SLXNK", "01AB", "HQ01", "TK_A3.xml", 500, "5", "ORA-00001 trùng khóa",
                at(9, 35), at(9, 36)));
        // Run B: declarations 01DD → HQ01; B2 never arrives.
        record(ExportRun.of("01DD-1000", "SLXNK", "01DD", "HQ01", at(10, 0), List.of(
                ExportedFile.automatic("TK_B1.xml", 4_000), ExportedFile.automatic("TK_B2.xml", 6_000))));
        record(new FileTransmitted("01DD-1000", "SLXNK", "01DD", "HQ01", "TK_B1.xml", 4_000, at(10, 0), at(10, 1)));
        record(new FileTransmitted("01DD-1000", "SLXNK", "01DD", "HQ01", "TK_B2.xml", 6_000, at(10, 0), at(10, 1)));
        record(new FileReceived("01DD-1000", "SLXNK", "01DD", "HQ01", "TK_B1.xml", 4_000, "", at(10, 1), at(10, 2)));
        record(new FileApplied("01DD-1000", "SLXNK", "01DD", "HQ01", "TK_B1.xml", 4_000, "6", "", at(10, 3), at(10, 4)));
        clock.set(at(23, 0));
        live.tick();
    }

    @Test
    @DisplayName("MON-T-02: headquarters' Annex I part 1 has every run with the figures computed by hand")
    void headquarters_generalInformation_matchesTheFiguresComputedByHand() {
        AnnexOneReport report = reporter.report(account("TCHQ"), DAY);

        assertThat(report.generalRows()).extracting(GeneralInfoRow::runId, GeneralInfoRow::exportingUnit,
                GeneralInfoRow::exportTime, GeneralInfoRow::automaticFiles, GeneralInfoRow::conditionalFiles,
                GeneralInfoRow::totalFiles, GeneralInfoRow::totalSize, GeneralInfoRow::receivingUnit,
                GeneralInfoRow::filesReceived, GeneralInfoRow::sizeReceived, GeneralInfoRow::sizeApplied,
                GeneralInfoRow::updateErrors)
                .containsExactlyInAnyOrder(
                        tuple("RR-0800-HQ01", "TCHQ", LocalTime.of(8, 0), 1, 0, 1, 10_000L, "HQ01", 1, 10_000L, 0L, List.of()),
                        tuple("RR-0800-01AB", "TCHQ", LocalTime.of(8, 0), 1, 0, 1, 10_000L, "01AB", 1, 10_000L, 10_000L, List.of()),
                        tuple("01AB-0930", "01AB", LocalTime.of(9, 30), 2, 1, 3, 3_500L, "HQ01", 3, 3_300L, 2_800L,
                                List.of("ORA-00001 trùng khóa")),
                        tuple("01DD-1000", "01DD", LocalTime.of(10, 0), 2, 0, 2, 10_000L, "HQ01", 1, 4_000L, 4_000L, List.of()));
        assertThat(report.generalRows()).allSatisfy(r -> assertThat(r.exportDate()).isEqualTo(DAY));
        GeneralTotals totals = report.generalTotals();
        assertThat(totals.totalFiles()).isEqualTo(7);
        assertThat(totals.totalSize()).isEqualTo(33_500);
        assertThat(totals.filesReceived()).isEqualTo(6);
        assertThat(totals.sizeReceived()).isEqualTo(27_300);
        assertThat(totals.sizeApplied()).isEqualTo(16_800);
    }

    @Test
    @DisplayName("MON-T-03, MON-T-04: receipts per file and the discrepancies of the day, with the rows they mark")
    void headquarters_receiptsAndDiscrepancies_matchTheEvents() {
        AnnexOneReport report = reporter.report(account("TCHQ"), DAY);

        assertThat(report.receiptRows()).extracting(ReceiptInfoRow::receivingUnit, ReceiptInfoRow::fileName,
                r -> r.receipt().size(), r -> r.hasUpdate() ? r.update().size() : -1L,
                r -> r.hasUpdate() ? r.update().version() : "-", r -> r.hasUpdate() ? r.update().error() : "-")
                .containsExactlyInAnyOrder(
                        tuple("HQ01", "RR1.dat", 10_000L, -1L, "-", "-"),
                        tuple("01AB", "RR1.dat", 10_000L, 10_000L, "2026.11.20", ""),
                        tuple("HQ01", "TK_A1.xml", 1_000L, 1_000L, "5", ""),
                        tuple("HQ01", "TK_A2.xml", 1_800L, 1_800L, "5", ""),
                        tuple("HQ01", "TK_A3.xml", 500L, 500L, "5", "ORA-00001 trùng khóa"),
                        tuple("HQ01", "TK_B1.xml", 4_000L, 4_000L, "6", ""));
        assertThat(report.discrepancies()).extracting(Discrepancy::kind, Discrepancy::fromUnit, Discrepancy::fileName)
                .containsExactlyInAnyOrder(
                        tuple(DiscrepancyKind.SIZE_MISMATCH, "01AB", "TK_A2.xml"),
                        tuple(DiscrepancyKind.CHECKSUM_MISMATCH, "01AB", "TK_A3.xml"),
                        tuple(DiscrepancyKind.APPLY_FAILED, "01AB", "TK_A3.xml"),
                        tuple(DiscrepancyKind.TOTALS_MISMATCH, "01AB", ""),
                        tuple(DiscrepancyKind.MISSING_AT_RECEIVER, "01DD", "TK_B2.xml"),
                        tuple(DiscrepancyKind.TOTALS_MISMATCH, "01DD", ""));
        assertThat(report.generalRowsWithDiscrepancies()).extracting(GeneralInfoRow::runId)
                .containsExactlyInAnyOrder("01AB-0930", "01DD-1000");
        assertThat(report.receiptRowsWithDiscrepancies()).extracting(ReceiptInfoRow::fileName)
                .containsExactlyInAnyOrder("TK_A2.xml", "TK_A3.xml");
    }

    @Test
    @DisplayName("MON-T-05: a department sees its branches' runs and its own and its branches' receipts, not headquarters' exports")
    void department_seesItsBranchesRunsAndReceipts() {
        AnnexOneReport report = reporter.report(account("HQ01"), DAY);

        assertThat(report.generalRows()).extracting(GeneralInfoRow::runId).containsExactlyInAnyOrder("01AB-0930", "01DD-1000");
        assertThat(report.receiptRows()).extracting(ReceiptInfoRow::receivingUnit, ReceiptInfoRow::fileName)
                .containsExactlyInAnyOrder(tuple("HQ01", "RR1.dat"), tuple("01AB", "RR1.dat"), tuple("HQ01", "TK_A1.xml"),
                        tuple("HQ01", "TK_A2.xml"), tuple("HQ01", "TK_A3.xml"), tuple("HQ01", "TK_B1.xml"));
    }

    @Test
    @DisplayName("MON-T-05: a branch sees its own declaration run (Art. 7.3) and its own receipt of risk data (Art. 9.3), nothing of another branch")
    void branch_seesItsOwnRunAndItsOwnRiskReceiptOnly() {
        AnnexOneReport mine = reporter.report(account("01AB"), DAY);

        assertThat(mine.generalRows()).extracting(GeneralInfoRow::runId).containsExactly("01AB-0930");
        assertThat(mine.receiptRows()).extracting(ReceiptInfoRow::receivingUnit, ReceiptInfoRow::fileName)
                .containsExactly(tuple("01AB", "RR1.dat"));
        assertThat(mine.discrepancies()).isNotEmpty().allSatisfy(d -> assertThat(d.fromUnit()).isEqualTo("01AB"));

        AnnexOneReport other = reporter.report(account("01DD"), DAY);
        assertThat(other.generalRows()).extracting(GeneralInfoRow::runId).containsExactly("01DD-1000");
        assertThat(other.receiptRows()).isEmpty();
        assertThat(other.discrepancies()).extracting(Discrepancy::kind)
                .contains(DiscrepancyKind.MISSING_AT_RECEIVER).allSatisfy(k -> assertThat(k).isNotNull());
        assertThat(other.discrepancies()).allSatisfy(d -> assertThat(d.fromUnit()).isEqualTo("01DD"));
    }

    @Test
    @DisplayName("MON-T-04, MON-T-07: the day's declaration problems open incidents at IT & Statistics, one per problem")
    void liveReconciliation_raisesIncidentsAtTheResponsibleUnit() {
        List<Incident> open = desk.incidents(account("TCHQ"), IncidentQuery.builder().states(IncidentState.OPEN).build(),
                PageRequest.first(100)).items();

        assertThat(open).isNotEmpty().allSatisfy(i -> {
            assertThat(i.system()).isEqualTo("SLXNK");
            assertThat(i.responsibleUnit()).isEqualTo("TCHQ-CNTT");
        });
        assertThat(open).extracting(Incident::problemKey).doesNotHaveDuplicates().contains(
                "SIZE_MISMATCH|SLXNK|01AB|HQ01", "CHECKSUM_MISMATCH|SLXNK|01AB|HQ01", "APPLY_FAILED|SLXNK|01AB|HQ01",
                "MISSING_AT_RECEIVER|SLXNK|01DD|HQ01");
        assertThat(Set.copyOf(open.stream().map(Incident::kind).toList())).doesNotContain(DiscrepancyKind.EXPECTED_RUN_MISSING);
    }

    @Test
    @DisplayName("MON-T-02: the day's page renders with the Annex's headings and the marked rows")
    void report_rendersAsHtmlAndCsv() {
        AnnexOneReport report = reporter.report(account("TCHQ"), DAY);
        String html = AnnexOneHtml.create().render(report);
        StringBuilder csv = new StringBuilder();
        AnnexOneCsv.create().writeGeneral(report, csv);

        assertThat(html).contains("Đơn vị kết xuất", "Tổng dung lượng cập nhật", "Lỗi cập nhật", "ORA-00001 trùng khóa");
        assertThat(html.split("class=\"discrepancy\"", -1)).hasSize(1 + 2 + 2);
        assertThat(csv.toString().lines()).hasSize(1 + 4 + 1);
    }

    @Test
    @DisplayName("MON-T-04: a run of the evening before, received before midnight, is no unexpected file on the day")
    void runOfTheEveningBefore_isNotReportedAsUnexpected() {
        TransferMonitor quiet = TransferMonitor.builder(UNITS, policy).clock(clock).build();
        LocalDate eve = DAY.minusDays(1);
        Instant exported = LocalDateTime.of(eve, LocalTime.of(21, 30)).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
        quiet.record(ExportRun.of("01AB-2130", "SLXNK", "01AB", "HQ01", exported, List.of(ExportedFile.automatic("TK_E1.xml", 700))));
        quiet.record(new FileReceived("01AB-2130", "SLXNK", "01AB", "HQ01", "TK_E1.xml", 700, "",
                exported.plusSeconds(50 * 60), exported.plusSeconds(51 * 60)));
        quiet.record(new FileApplied("01AB-2130", "SLXNK", "01AB", "HQ01", "TK_E1.xml", 700, "4", "",
                exported.plusSeconds(52 * 60), exported.plusSeconds(53 * 60)));

        AnnexOneReport report = AnnexOneReporter.create(quiet, reconciler, UNITS).report(account("TCHQ"), DAY);

        assertThat(report.discrepancies()).isEmpty();
        assertThat(report.generalRows()).isEmpty();
    }

    private void record(TransferEvent event) {
        clock.set(event.occurredAt().plusSeconds(20));
        monitor.record(event);
        live.tick();
    }

    private static Account account(String unit) {
        return new Account("acct-" + unit, AccountKind.UNIT, "Tài khoản " + unit, unit, Set.of(), AccountState.ACTIVE);
    }

    private static Instant at(int hour, int minute) {
        return LocalDateTime.of(DAY, LocalTime.of(hour, minute)).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
    }
}
