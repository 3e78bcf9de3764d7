package io.github.vncustoms.monitoring.reconcile;

import static io.github.vncustoms.monitoring.reconcile.ReconcileFixtures.DAY_END;
import static io.github.vncustoms.monitoring.reconcile.ReconcileFixtures.DAY_START;
import static io.github.vncustoms.monitoring.reconcile.ReconcileFixtures.MATRIX;
import static io.github.vncustoms.monitoring.reconcile.ReconcileFixtures.T0;
import static io.github.vncustoms.monitoring.reconcile.ReconcileFixtures.ap;
import static io.github.vncustoms.monitoring.reconcile.ReconcileFixtures.at;
import static io.github.vncustoms.monitoring.reconcile.ReconcileFixtures.clean;
import static io.github.vncustoms.monitoring.reconcile.ReconcileFixtures.reconciler;
import static io.github.vncustoms.monitoring.reconcile.ReconcileFixtures.run;
import static io.github.vncustoms.monitoring.reconcile.ReconcileFixtures.rx;
import static io.github.vncustoms.monitoring.reconcile.ReconcileFixtures.tx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.error.ConfigurationException;
import io.github.vncustoms.core.error.InvalidStateException;
import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.monitoring.reconcile.ReconcileFixtures.Recorder;
import io.github.vncustoms.monitoring.transfer.ExportRun;
import io.github.vncustoms.monitoring.transfer.FileReceived;
import io.github.vncustoms.monitoring.transfer.RecordedTransfer;
import io.github.vncustoms.monitoring.transfer.TransferEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.Label;

/** The streaming session: when it settles, what it holds, events after settlement, and what it refuses (MON-T-04). */
final class ReconciliationSessionTest {
    private static final ExportRun RUN = run("01AB-0900", "SLXNK", "01AB", "HQ01", at(0), "TK_1.xml", 100, "TK_2.xml", 200);

    @Example
    @Label("MON-T-04: a run is settled when the watermark reaches its deadline; its discrepancies come before its summary")
    void advanceTo_settlesARunAtItsDeadline_discrepanciesThenSummary() {
        Recorder heard = new Recorder();
        try (ReconciliationSession session = reconciler().open(T0, heard)) {
            session.accept(RUN);
            session.accept(rx(RUN, "TK_1.xml", 100, at(2)));
            session.accept(ap(RUN, "TK_1.xml", 100, at(4)));
            assertThat(session.pendingRuns()).isEqualTo(1);
            assertThat(session.pendingFiles()).isEqualTo(2);

            session.advanceTo(at(119));
            assertThat(heard.heard).isEmpty();

            session.advanceTo(at(120));
            assertThat(heard.heard).hasSize(3);
            assertThat(heard.discrepancies).extracting(Discrepancy::kind)
                    .containsExactly(DiscrepancyKind.MISSING_AT_RECEIVER, DiscrepancyKind.TOTALS_MISMATCH);
            assertThat(heard.heard.get(2)).isInstanceOfSatisfying(RunSummary.class,
                    s -> assertThat(s.discrepancies()).isEqualTo(2));
            assertThat(session.pendingRuns()).isZero();
            assertThat(session.pendingFiles()).isZero();
            assertThat(session.watermark()).isEqualTo(at(120));
        }
    }

    @Example
    @Label("MON-T-03: a receipt that arrives after its file was settled is still recognised as a duplicate delivery")
    void accept_whenReceiptArrivesAfterSettlement_reportsDuplicateDelivery() {
        Recorder heard = new Recorder();
        try (ReconciliationSession session = reconciler().open(T0, heard)) {
            clean(RUN, true).forEach(session::accept);
            session.advanceTo(at(130));
            assertThat(heard.discrepancies).isEmpty();

            session.accept(rx(RUN, "TK_2.xml", 200, at(150)));
            session.accept(rx(RUN, "TK_2.xml", 200, at(140)));
            session.advanceTo(at(160));

            assertThat(heard.discrepancies).singleElement().satisfies(d -> {
                assertThat(d.kind()).isEqualTo(DiscrepancyKind.DUPLICATE_DELIVERY);
                assertThat(d.fileName()).isEqualTo("TK_2.xml");
                assertThat(d.actual()).isEqualTo("3 lần nhận");
                assertThat(d.at()).isEqualTo(at(140));
            });
            assertThat(session.pendingFiles()).isZero();
        }
    }

    @Example
    @Label("MON-T-01, MON-T-04: after settlement a receipt of a missing file, an update and a new file are late, failed or unexpected")
    void accept_afterSettlement_reportsLateFailedAndUnexpected() {
        Recorder heard = new Recorder();
        try (ReconciliationSession session = reconciler().open(T0, heard)) {
            session.accept(RUN);
            session.accept(rx(RUN, "TK_1.xml", 100, at(2)));
            session.advanceTo(at(125));
            int settled = heard.discrepancies.size();

            session.accept(rx(RUN, "TK_2.xml", 200, at(126)));
            session.accept(ap(RUN, "TK_1.xml", 100, at(127)));
            session.accept(ap(RUN, "TK_2.xml", 200, "", "bảng khóa", at(128)));
            session.accept(rx(RUN, "TK_3.xml", 300, at(129)));
            session.advanceTo(at(130));

            assertThat(heard.discrepancies.subList(settled, heard.discrepancies.size()))
                    .extracting(Discrepancy::kind, Discrepancy::fileName)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(DiscrepancyKind.LATE, "TK_2.xml"),
                            org.assertj.core.groups.Tuple.tuple(DiscrepancyKind.LATE, "TK_1.xml"),
                            org.assertj.core.groups.Tuple.tuple(DiscrepancyKind.APPLY_FAILED, "TK_2.xml"),
                            org.assertj.core.groups.Tuple.tuple(DiscrepancyKind.UNEXPECTED_FILE, "TK_3.xml"));
        }
    }

    @Example
    @Label("MON-T-04: with nothing remembered, a receipt after settlement starts a new run that is settled as unexpected")
    void accept_whenSettledFilesAreForgotten_reportsLateReceiptAsUnexpected() {
        Recorder heard = new Recorder();
        Reconciler forgetful = reconciler().toBuilder().rememberSettledFor(Duration.ZERO).build();
        try (ReconciliationSession session = forgetful.open(T0, heard)) {
            clean(RUN, true).forEach(session::accept);
            session.advanceTo(at(130));
            session.accept(rx(RUN, "TK_2.xml", 200, at(140)));
            assertThat(session.pendingRuns()).isEqualTo(1);
            session.advanceTo(at(140 + 120));

            assertThat(heard.discrepancies).singleElement().satisfies(d -> {
                assertThat(d.kind()).isEqualTo(DiscrepancyKind.UNEXPECTED_FILE);
                assertThat(d.at()).isEqualTo(at(140));
            });
        }
    }

    @Example
    @Label("MON-T-04: an export run reported after its files were settled as unexpected is late")
    void accept_whenExportArrivesAfterItsFilesWereSettled_reportsLateExport() {
        Recorder heard = new Recorder();
        try (ReconciliationSession session = reconciler().open(T0, heard)) {
            session.accept(rx(RUN, "TK_1.xml", 100, at(2)));
            session.advanceTo(at(122));
            session.accept(RUN);
            session.accept(RUN);
            session.finish(at(200));

            assertThat(heard.discrepancies).extracting(Discrepancy::kind, Discrepancy::fileName).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(DiscrepancyKind.UNEXPECTED_FILE, "TK_1.xml"),
                    org.assertj.core.groups.Tuple.tuple(DiscrepancyKind.LATE, ""));
            assertThat(heard.runs).isEmpty();
        }
    }

    @Example
    @Label("MON-T-04: finish settles every pending run whatever its deadline and ends the session")
    void finish_settlesEverythingAndEndsTheSession() {
        Recorder heard = new Recorder();
        ReconciliationSession session = reconciler().open(T0, heard);
        clean(RUN, true).forEach(session::accept);
        session.finish(at(10));

        assertThat(heard.runs).hasSize(1);
        assertThat(session.pendingRuns()).isZero();
        assertThatThrownBy(() -> session.accept(RUN)).isInstanceOf(InvalidStateException.class).hasMessageContaining("finished");
        assertThatThrownBy(() -> session.advanceTo(at(20))).isInstanceOf(InvalidStateException.class);
        session.close();
    }

    @Example
    @Label("MON-T-04: a closed session refuses events; a watermark never goes back")
    void session_refusesUseAfterCloseAndWatermarksThatGoBack() {
        ReconciliationSession session = reconciler().open(T0, new Recorder());
        session.advanceTo(at(10));
        assertThatThrownBy(() -> session.advanceTo(at(9))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("never goes back");
        assertThatThrownBy(() -> session.finish(at(5))).isInstanceOf(ValidationException.class);
        session.close();
        assertThatThrownBy(() -> session.accept(RUN)).isInstanceOf(InvalidStateException.class).hasMessageContaining("closed");
    }

    @Example
    @Label("MON-T-01, MON-T-05: an event with an unknown unit or a flow the regulation does not have is refused and nothing is held")
    void accept_whenUnitUnknownOrFlowNotInMatrix_throwsAndHoldsNothing() {
        ReconciliationSession session = reconciler().open(T0, new Recorder());
        FileReceived unknownUnit = new FileReceived("R1", "SLXNK", "99ZZ", "HQ01", "A.xml", 1, "", at(0), at(1));
        ExportRun riskUpwards = run("R2", "QLRR", "01AB", "HQ01", at(0), "RR.dat", 1);

        assertThatThrownBy(() -> session.accept(unknownUnit)).isInstanceOf(ValidationException.class).hasMessageContaining("99ZZ");
        assertThatThrownBy(() -> session.accept(riskUpwards)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("top-down");
        assertThat(session.pendingRuns()).isZero();
        assertThat(session.pendingFiles()).isZero();
    }

    @Example
    @Label("MON-T-04: an event dated outside the years the reconciler handles is refused and nothing is held")
    void accept_whenEventTimeOutOfRange_throwsAndHoldsNothing() {
        ReconciliationSession session = reconciler().open(T0, new Recorder());
        java.time.Instant farFuture = java.time.Instant.parse("2300-01-01T00:00:00Z");

        assertThatThrownBy(() -> session.accept(rx(RUN, "TK_1.xml", 100, farFuture))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("1678 to 2261");
        assertThat(session.pendingRuns()).isZero();
        assertThatThrownBy(() -> reconciler().toBuilder().settleAfter(Duration.ofDays(400)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("366 days");
    }

    @Example
    @Label("MON-T-02: the same run reported twice with other figures is refused; an identical repeat is ignored")
    void accept_whenRunReportedAgainWithOtherFigures_throwsValidationException() {
        Recorder heard = new Recorder();
        ReconciliationSession session = reconciler().open(T0, heard);
        session.accept(RUN);
        session.accept(RUN);
        ExportRun other = run("01AB-0900", "SLXNK", "01AB", "HQ01", at(0), "TK_1.xml", 100);

        assertThatThrownBy(() -> session.accept(other)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("01AB-0900").hasMessageContaining("2 files, 300 bytes");
        clean(RUN, true).stream().filter(e -> e != RUN).forEach(session::accept);
        session.finish(DAY_END);
        assertThat(heard.discrepancies).isEmpty();
        assertThat(heard.runs).singleElement().satisfies(s -> assertThat(s.run()).isEqualTo(RUN));
    }

    @Example
    @Label("MON-T-06: recorded transfers carry their levels, so a reconciler without a directory takes them, and finds the same")
    void acceptRecorded_needsNoDirectory_andFindsTheSameAsPlainEvents() {
        List<TransferEvent> events = new ArrayList<>(clean(RUN, true));
        events.remove(events.size() - 1);
        List<RecordedTransfer> records = new ArrayList<>();
        for (TransferEvent e : events) {
            records.add(new RecordedTransfer(records.size() + 1, e.occurredAt(), 3, 2, e));
        }
        Reconciler withoutDirectory = Reconciler.builder(MATRIX).build();

        ReconciliationResult recorded = withoutDirectory.reconcileRecorded(records, DAY_START, DAY_END);

        assertThat(recorded).isEqualTo(reconciler().reconcile(events, DAY_START, DAY_END));
        assertThat(recorded.ofKind(DiscrepancyKind.RECEIVED_NOT_APPLIED)).hasSize(1);
        assertThatThrownBy(() -> withoutDirectory.reconcile(events, DAY_START, DAY_END))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("directory");
    }

    @Example
    @Label("MON-T-05: a headquarters division sends as headquarters")
    void accept_whenDivisionSends_treatsItAsHeadquarters() {
        ExportRun debt = run("TXNK-1", "KT559", "TCHQ-TXNK", "01AB", at(0), "NO.xml", 10);

        ReconciliationResult result = reconciler().reconcile(clean(debt, true), DAY_START, DAY_END);

        assertThat(result.clean()).isTrue();
        assertThat(result.runs()).hasSize(1);
    }

    @Example
    @Label("MON-T-04: the settle time must leave room to receive and then update")
    void build_whenSettleTimeTooShort_throwsValidationException() {
        assertThatThrownBy(() -> reconciler().toBuilder().settleAfter(Duration.ofMinutes(59)).build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("PT1H");
        assertThatThrownBy(() -> reconciler().toBuilder().receiveWithin(Duration.ZERO))
                .isInstanceOf(ValidationException.class).hasMessageContaining("receiveWithin");
        assertThatThrownBy(() -> reconciler().toBuilder().rememberSettledFor(Duration.ofMinutes(-1)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> reconciler().reconcile(List.of(), DAY_END, DAY_START)).isInstanceOf(ValidationException.class);
        Reconciler tight = reconciler().toBuilder().receiveWithin(Duration.ofMinutes(10)).applyWithin(Duration.ofMinutes(5))
                .settleAfter(Duration.ofMinutes(15)).build();
        assertThat(tight.toBuilder().build().settleAfter()).isEqualTo(Duration.ofMinutes(15));
        assertThat(tight.rememberSettledFor()).isEqualTo(Duration.ofMinutes(15));
    }

    @Example
    @Label("MON-T-04: a transmission of a file no run lists counts in the unexpected file's figures")
    void accept_whenOnlyTransmitted_reportsUnexpectedWithTheTransmission() {
        ReconciliationResult result = reconciler().reconcile(List.of(RUN, tx(RUN, "TK_X.xml", 5, at(1)),
                rx(RUN, "TK_1.xml", 100, at(2)), ap(RUN, "TK_1.xml", 100, at(3)), rx(RUN, "TK_2.xml", 200, at(2)),
                ap(RUN, "TK_2.xml", 200, at(3))), DAY_START, DAY_END);

        assertThat(result.discrepancies()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DiscrepancyKind.UNEXPECTED_FILE);
            assertThat(d.actual()).startsWith("1 lần truyền, 0 lần nhận, 0 lần cập nhật");
        });
    }
}
