package io.github.vncustoms.monitoring.reconcile;

import static io.github.vncustoms.monitoring.reconcile.ReconcileFixtures.DAY_END;
import static io.github.vncustoms.monitoring.reconcile.ReconcileFixtures.DAY_START;
import static io.github.vncustoms.monitoring.reconcile.ReconcileFixtures.ap;
import static io.github.vncustoms.monitoring.reconcile.ReconcileFixtures.at;
import static io.github.vncustoms.monitoring.reconcile.ReconcileFixtures.clean;
import static io.github.vncustoms.monitoring.reconcile.ReconcileFixtures.reconciler;
import static io.github.vncustoms.monitoring.reconcile.ReconcileFixtures.run;
import static io.github.vncustoms.monitoring.reconcile.ReconcileFixtures.runWithChecksum;
import static io.github.vncustoms.monitoring.reconcile.ReconcileFixtures.rx;
import static io.github.vncustoms.monitoring.reconcile.ReconcileFixtures.tx;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vncustoms.monitoring.transfer.ExportRun;
import io.github.vncustoms.monitoring.transfer.TransferEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Example;
import net.jqwik.api.Label;

/**
 * One example per discrepancy kind on the sample directory (MON-T-01..04): each shows the kind, the
 * units, system, run and file, the figures on both sides and the instant it belongs to.
 */
final class DiscrepancyKindsTest {
    private static final ExportRun DECLARATIONS = run("01AB-0900", "SLXNK", "01AB", "HQ01", at(60),
            "TK_0001.xml", 48_213, "TK_0002.xml", 1_024);

    private static ReconciliationResult reconcile(List<TransferEvent> events) {
        return reconciler().reconcile(events, DAY_START, DAY_END);
    }

    private static List<TransferEvent> cleanDeclarationsWithout(TransferEvent... left) {
        List<TransferEvent> events = new ArrayList<>(clean(DECLARATIONS, true));
        events.removeAll(List.of(left));
        return events;
    }

    @Example
    @Label("MON-T-02, MON-T-04: a run matched end to end reports nothing and a clean Annex I summary")
    void reconcile_whenEveryFileMatches_reportsNothing() {
        ReconciliationResult result = reconcile(clean(DECLARATIONS, true));

        assertThat(result.discrepancies()).isEmpty();
        assertThat(result.runs()).singleElement().satisfies(s -> {
            assertThat(s.clean()).isTrue();
            assertThat(s.filesReceived()).isEqualTo(2);
            assertThat(s.sizeReceived()).isEqualTo(49_237);
            assertThat(s.filesApplied()).isEqualTo(2);
            assertThat(s.sizeApplied()).isEqualTo(49_237);
            assertThat(s.updateErrors()).isEmpty();
        });
    }

    @Example
    @Label("MON-T-04: a listed file never received is missing at the receiver, at the settle deadline")
    void reconcile_whenReceiptMissing_reportsMissingAtReceiver() {
        List<TransferEvent> events = cleanDeclarationsWithout(rx(DECLARATIONS, "TK_0002.xml", 1_024, at(62)),
                ap(DECLARATIONS, "TK_0002.xml", 1_024, at(64)));

        ReconciliationResult result = reconcile(events);

        assertThat(result.ofKind(DiscrepancyKind.MISSING_AT_RECEIVER)).singleElement().satisfies(d -> {
            assertThat(d.system()).isEqualTo("SLXNK");
            assertThat(d.fromUnit()).isEqualTo("01AB");
            assertThat(d.toUnit()).isEqualTo("HQ01");
            assertThat(d.runId()).isEqualTo("01AB-0900");
            assertThat(d.fileName()).isEqualTo("TK_0002.xml");
            assertThat(d.expected()).contains("1024").contains("HQ01");
            assertThat(d.actual()).startsWith("0 file");
            assertThat(d.at()).isEqualTo(at(60 + 120));
            assertThat(d.requirement()).isEqualTo("MON-T-04");
        });
        assertThat(result.ofKind(DiscrepancyKind.TOTALS_MISMATCH)).hasSize(1);
        assertThat(result.discrepancies()).hasSize(2);
    }

    @Example
    @Label("MON-T-04: a file no export run lists is unexpected; an export run reported after the file still matches")
    void reconcile_whenNoRunListsTheFile_reportsUnexpectedFile() {
        List<TransferEvent> events = new ArrayList<>();
        events.add(rx(DECLARATIONS, "TK_9999.xml", 10, at(62)));
        events.addAll(clean(DECLARATIONS, true));
        List<TransferEvent> exportLast = new ArrayList<>(events);
        exportLast.remove(DECLARATIONS);
        exportLast.add(DECLARATIONS);

        ReconciliationResult result = reconcile(exportLast);

        assertThat(result.discrepancies()).extracting(Discrepancy::kind)
                .containsExactly(DiscrepancyKind.UNEXPECTED_FILE, DiscrepancyKind.TOTALS_MISMATCH);
        Discrepancy d = result.ofKind(DiscrepancyKind.UNEXPECTED_FILE).get(0);
        assertThat(d.fileName()).isEqualTo("TK_9999.xml");
        assertThat(d.expected()).contains("01AB-0900").contains("2 file");
        assertThat(d.actual()).startsWith("0 lần truyền, 1 lần nhận, 0 lần cập nhật");
        assertThat(d.at()).isEqualTo(at(62));
        assertThat(result.ofKind(DiscrepancyKind.TOTALS_MISMATCH).get(0).actual()).startsWith("3 file, 49247 byte nhận");
    }

    @Example
    @Label("MON-T-04: a run whose export is never reported leaves every file unexpected and has no summary")
    void reconcile_whenExportNeverReported_reportsEveryFileUnexpected() {
        List<TransferEvent> events = new ArrayList<>(clean(DECLARATIONS, true));
        events.remove(DECLARATIONS);

        ReconciliationResult result = reconcile(events);

        assertThat(result.discrepancies()).extracting(Discrepancy::kind, Discrepancy::fileName).containsExactly(
                org.assertj.core.groups.Tuple.tuple(DiscrepancyKind.UNEXPECTED_FILE, "TK_0001.xml"),
                org.assertj.core.groups.Tuple.tuple(DiscrepancyKind.UNEXPECTED_FILE, "TK_0002.xml"));
        assertThat(result.runs()).isEmpty();
    }

    @Example
    @Label("MON-T-03, MON-T-04: sizes that differ on receipt, transmission or update are size mismatches")
    void reconcile_whenSizesDiffer_reportsSizeMismatchForEachStage() {
        List<TransferEvent> events = cleanDeclarationsWithout(rx(DECLARATIONS, "TK_0001.xml", 48_213, at(62)),
                tx(DECLARATIONS, "TK_0002.xml", 1_024, at(61)), ap(DECLARATIONS, "TK_0002.xml", 1_024, at(64)),
                ap(DECLARATIONS, "TK_0001.xml", 48_213, at(64)));
        events.add(rx(DECLARATIONS, "TK_0001.xml", 48_000, at(62)));
        events.add(ap(DECLARATIONS, "TK_0001.xml", 48_000, at(64)));
        events.add(tx(DECLARATIONS, "TK_0002.xml", 1_000, at(61)));
        events.add(ap(DECLARATIONS, "TK_0002.xml", 999, at(64)));

        ReconciliationResult result = reconcile(events);

        assertThat(result.ofKind(DiscrepancyKind.SIZE_MISMATCH))
                .extracting(Discrepancy::fileName, Discrepancy::expected, Discrepancy::actual, Discrepancy::at)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("TK_0002.xml", "1024 byte kết xuất", "1000 byte truyền", at(61)),
                        org.assertj.core.groups.Tuple.tuple("TK_0001.xml", "48213 byte kết xuất", "48000 byte nhận", at(62)),
                        org.assertj.core.groups.Tuple.tuple("TK_0002.xml", "1024 byte nhận", "999 byte cập nhật", at(64)));
    }

    @Example
    @Label("MON-T-04: different checksums on export and receipt are a checksum mismatch")
    void reconcile_whenChecksumsDiffer_reportsChecksumMismatch() {
        ExportRun run = runWithChecksum("02CI-R1", "GTT22", "02CI", "HQ02", at(0), "GIA_01.csv", 500, "sha256:aa11");
        List<TransferEvent> events = new ArrayList<>(List.of(run, rx(run, "GIA_01.csv", 500, "sha256:bb22", at(3)),
                ap(run, "GIA_01.csv", 500, at(5))));

        ReconciliationResult result = reconcile(events);

        assertThat(result.discrepancies()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DiscrepancyKind.CHECKSUM_MISMATCH);
            assertThat(d.expected()).contains("sha256:aa11");
            assertThat(d.actual()).contains("sha256:bb22");
            assertThat(d.at()).isEqualTo(at(3));
        });
    }

    @Example
    @Label("MON-T-03: a file received but never updated, where the flow updates, is received-not-applied")
    void reconcile_whenReceivedButNotUpdated_reportsReceivedNotApplied() {
        List<TransferEvent> events = cleanDeclarationsWithout(ap(DECLARATIONS, "TK_0001.xml", 48_213, at(64)));

        ReconciliationResult result = reconcile(events);

        assertThat(result.discrepancies()).extracting(Discrepancy::kind)
                .containsExactly(DiscrepancyKind.RECEIVED_NOT_APPLIED, DiscrepancyKind.TOTALS_MISMATCH);
        Discrepancy d = result.discrepancies().get(0);
        assertThat(d.fileName()).isEqualTo("TK_0001.xml");
        assertThat(d.actual()).startsWith("0 lần cập nhật");
        assertThat(result.ofKind(DiscrepancyKind.TOTALS_MISMATCH).get(0).actual()).endsWith("1024 byte cập nhật");
    }

    @Example
    @Label("MON-T-05 (Art. 9): risk data received at a department is not applied there, and that is no discrepancy")
    void reconcile_whenRiskDataReceivedAtDepartment_doesNotExpectAnUpdate() {
        ExportRun risk = run("QLRR-20261120", "QLRR", "TCHQ", "HQ03", at(0), "RR_01.dat", 7_000, "RR_02.dat", 3_000);

        ReconciliationResult result = reconcile(clean(risk, false));

        assertThat(result.discrepancies()).isEmpty();
        assertThat(result.runs()).singleElement().satisfies(s -> {
            assertThat(s.filesApplied()).isZero();
            assertThat(s.sizeApplied()).isZero();
            assertThat(s.clean()).isTrue();
        });
    }

    @Example
    @Label("MON-T-04: an update error is reported with its text in actual, and listed in the run summary")
    void reconcile_whenUpdateFails_reportsApplyFailedWithTheError() {
        List<TransferEvent> events = cleanDeclarationsWithout(ap(DECLARATIONS, "TK_0002.xml", 1_024, at(64)));
        events.add(ap(DECLARATIONS, "TK_0002.xml", 1_024, "", "ORA-00001: vi phạm ràng buộc duy nhất", at(64)));

        ReconciliationResult result = reconcile(events);

        assertThat(result.ofKind(DiscrepancyKind.APPLY_FAILED)).singleElement().satisfies(d -> {
            assertThat(d.actual()).contains("ORA-00001: vi phạm ràng buộc duy nhất");
            assertThat(d.fileName()).isEqualTo("TK_0002.xml");
            assertThat(d.at()).isEqualTo(at(64));
        });
        assertThat(result.runs().get(0).updateErrors()).containsExactly("ORA-00001: vi phạm ràng buộc duy nhất");
        assertThat(result.runs().get(0).filesApplied()).isEqualTo(1);
    }

    @Example
    @Label("MON-T-03: an update older than the version already applied at the same unit is stale")
    void reconcile_whenOlderVersionAppliedAfterNewer_reportsStaleVersion() {
        ExportRun first = run("HQ02-A", "GTT22", "HQ02", "TCHQ", at(0), "GIA_A.csv", 10);
        ExportRun second = run("HQ02-B", "GTT22", "HQ02", "TCHQ", at(10), "GIA_B.csv", 20);
        List<TransferEvent> events = List.of(first, rx(first, "GIA_A.csv", 10, at(2)),
                ap(first, "GIA_A.csv", 10, "2.10", "", at(4)), second, rx(second, "GIA_B.csv", 20, at(12)),
                ap(second, "GIA_B.csv", 20, "2.9", "", at(14)));

        ReconciliationResult result = reconcile(events);

        assertThat(result.discrepancies()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DiscrepancyKind.STALE_VERSION);
            assertThat(d.toUnit()).isEqualTo("TCHQ");
            assertThat(d.fileName()).isEqualTo("GIA_B.csv");
            assertThat(d.expected()).contains("2.10");
            assertThat(d.actual()).contains("2.9");
            assertThat(d.at()).isEqualTo(at(14));
        });
        assertThat(result.runs()).filteredOn(s -> s.run().runId().equals("HQ02-B")).singleElement()
                .satisfies(s -> assertThat(s.discrepancies()).isEqualTo(1));
    }

    @Example
    @Label("MON-T-03: a file received three times is one duplicate delivery stating the count; it counts once in the totals")
    void reconcile_whenFileReceivedThreeTimes_reportsOneDuplicateDelivery() {
        List<TransferEvent> events = new ArrayList<>(clean(DECLARATIONS, true));
        events.add(rx(DECLARATIONS, "TK_0001.xml", 48_213, at(70)));
        events.add(rx(DECLARATIONS, "TK_0001.xml", 48_213, at(66)));

        ReconciliationResult result = reconcile(events);

        assertThat(result.discrepancies()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DiscrepancyKind.DUPLICATE_DELIVERY);
            assertThat(d.actual()).isEqualTo("3 lần nhận");
            assertThat(d.at()).isEqualTo(at(66));
        });
        assertThat(result.runs().get(0).filesReceived()).isEqualTo(2);
        assertThat(result.runs().get(0).sizeReceived()).isEqualTo(49_237);
    }

    @Example
    @Label("MON-T-01: a receipt later than receiveWithin after export, or an update later than applyWithin after receipt, is late")
    void reconcile_whenReceiptOrUpdateTooSlow_reportsLate() {
        List<TransferEvent> events = cleanDeclarationsWithout(rx(DECLARATIONS, "TK_0001.xml", 48_213, at(62)),
                ap(DECLARATIONS, "TK_0001.xml", 48_213, at(64)), ap(DECLARATIONS, "TK_0002.xml", 1_024, at(64)));
        events.add(rx(DECLARATIONS, "TK_0001.xml", 48_213, at(60 + 45)));
        events.add(ap(DECLARATIONS, "TK_0001.xml", 48_213, at(60 + 50)));
        events.add(ap(DECLARATIONS, "TK_0002.xml", 1_024, at(62 + 31)));

        ReconciliationResult result = reconcile(events);

        assertThat(result.discrepancies()).extracting(Discrepancy::kind, Discrepancy::fileName, Discrepancy::at)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(DiscrepancyKind.LATE, "TK_0002.xml", at(93)),
                        org.assertj.core.groups.Tuple.tuple(DiscrepancyKind.LATE, "TK_0001.xml", at(105)));
        assertThat(result.discrepancies().get(0).actual()).isEqualTo("cập nhật lúc 09:33:00 20/11/2026, 31 phút sau khi nhận");
        assertThat(result.discrepancies().get(1).actual()).isEqualTo("nhận lúc 09:45:00 20/11/2026, 45 phút sau khi kết xuất");
    }

    @Example
    @Label("MON-T-02, MON-T-04: exported and received totals that disagree are a totals mismatch with both figures")
    void reconcile_whenTotalsDisagree_reportsTotalsMismatch() {
        List<TransferEvent> events = cleanDeclarationsWithout(rx(DECLARATIONS, "TK_0001.xml", 48_213, at(62)),
                ap(DECLARATIONS, "TK_0001.xml", 48_213, at(64)));
        events.add(rx(DECLARATIONS, "TK_0001.xml", 48_000, at(62)));
        events.add(ap(DECLARATIONS, "TK_0001.xml", 48_000, at(64)));

        ReconciliationResult result = reconcile(events);

        assertThat(result.ofKind(DiscrepancyKind.TOTALS_MISMATCH)).singleElement().satisfies(d -> {
            assertThat(d.fileName()).isEmpty();
            assertThat(d.expected()).isEqualTo("2 file, 49237 byte kết xuất");
            assertThat(d.actual()).isEqualTo("2 file, 49024 byte nhận; 49024 byte cập nhật");
            assertThat(d.at()).isEqualTo(at(180));
            assertThat(d.requirement()).isEqualTo("MON-T-04");
        });
        assertThat(result.runs().get(0).discrepancies()).isEqualTo(2);
    }

    @Example
    @Label("MON-T-04: texts are Vietnamese by default and English on request")
    void reconcile_inEnglish_writesEnglishTexts() {
        Reconciler english = reconciler().toBuilder().locale(Locale.ENGLISH).build();
        List<TransferEvent> events = cleanDeclarationsWithout(rx(DECLARATIONS, "TK_0002.xml", 1_024, at(62)),
                ap(DECLARATIONS, "TK_0002.xml", 1_024, at(64)));

        Discrepancy d = english.reconcile(events, DAY_START, DAY_END).ofKind(DiscrepancyKind.MISSING_AT_RECEIVER).get(0);

        assertThat(d.expected()).isEqualTo("1 file of 1024 bytes received at HQ01");
        assertThat(d.actual()).isEqualTo("0 files received by 2026-11-20 11:00:00");
        assertThat(d.detail()).isEqualTo("SLXNK file TK_0002.xml of run 01AB-0900, exported by 01AB at 2026-11-20 09:00:00,"
                + " had not reached HQ01 when the file was settled at 2026-11-20 11:00:00.");
    }

    @Example
    @Label("MON-T-02: the run summary counts distinct files, first-receipt sizes and update errors in file-name order")
    void reconcile_summarisesTheRunAsAnnexIDoes() {
        ExportRun run = run("01DD-R7", "VICUM", "01DD", "HQ01", at(0), "VP_c.xml", 30, "VP_a.xml", 10, "VP_b.xml", 20);
        List<TransferEvent> events = List.of(run,
                rx(run, "VP_c.xml", 30, at(2)), rx(run, "VP_a.xml", 10, at(2)), rx(run, "VP_b.xml", 20, at(2)),
                rx(run, "VP_a.xml", 10, at(3)),
                ap(run, "VP_c.xml", 30, "", "lỗi C", at(4)), ap(run, "VP_a.xml", 10, "", "lỗi A", at(4)),
                ap(run, "VP_b.xml", 20, at(4)));

        RunSummary s = reconcile(events).runs().get(0);

        assertThat(s.run()).isEqualTo(run);
        assertThat(s.filesReceived()).isEqualTo(3);
        assertThat(s.sizeReceived()).isEqualTo(60);
        assertThat(s.filesApplied()).isEqualTo(1);
        assertThat(s.sizeApplied()).isEqualTo(20);
        assertThat(s.updateErrors()).containsExactly("lỗi A", "lỗi C");
        assertThat(s.discrepancies()).isEqualTo(4);
    }

    @Example
    @Label("MON-T-04: the discrepancy times are those of the events or deadlines, never of the reconciliation")
    void reconcile_discrepancyInstantsComeFromTheEvents() {
        List<TransferEvent> events = cleanDeclarationsWithout(rx(DECLARATIONS, "TK_0002.xml", 1_024, at(62)),
                ap(DECLARATIONS, "TK_0002.xml", 1_024, at(64)));
        Instant lateEnd = DAY_END.plusSeconds(86_400 * 30);

        ReconciliationResult a = reconciler().reconcile(events, DAY_START, DAY_END);
        ReconciliationResult b = reconciler().reconcile(events, DAY_START, lateEnd);

        assertThat(b.discrepancies()).isEqualTo(a.discrepancies());
    }
}
