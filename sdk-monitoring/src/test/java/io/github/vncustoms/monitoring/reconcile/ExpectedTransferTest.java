package io.github.vncustoms.monitoring.reconcile;

import static io.github.vncustoms.monitoring.reconcile.ReconcileFixtures.MATRIX;
import static io.github.vncustoms.monitoring.reconcile.ReconcileFixtures.UNITS;
import static io.github.vncustoms.monitoring.reconcile.ReconcileFixtures.ap;
import static io.github.vncustoms.monitoring.reconcile.ReconcileFixtures.run;
import static io.github.vncustoms.monitoring.reconcile.ReconcileFixtures.rx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.time.WorkingCalendar;
import io.github.vncustoms.monitoring.reconcile.ExpectedTransfer.Cadence;
import io.github.vncustoms.monitoring.reconcile.ExpectedTransfer.Receivers;
import io.github.vncustoms.monitoring.reconcile.ExpectedTransfer.Senders;
import io.github.vncustoms.monitoring.transfer.ExportRun;
import io.github.vncustoms.monitoring.transfer.TransferEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.Label;
import org.assertj.core.groups.Tuple;

/**
 * The two schedules (MON-T-01, MON-T-04): "each branch sends declarations to its department
 * every 30 minutes" and "tax-debt lists reach every branch by 17:00 on working days", on the sample
 * directory, with weekends and Tết expecting nothing.
 */
final class ExpectedTransferTest {
    private static final List<String> BRANCHES = List.of("01AB", "01DD", "02CI", "02F3", "02XE", "03CC", "03EE");
    private static final ExpectedTransfer DECLARATIONS_EVERY_30_MIN = ExpectedTransfer.of("SLXNK-BRANCH-30MIN", "SLXNK",
            Senders.everyUnitAtLevel(3), Receivers.parent(), Cadence.everyInWorkingHours(Duration.ofMinutes(30)));
    private static final ExpectedTransfer TAX_DEBT_BY_17 = ExpectedTransfer.of("KT559-DEBT-1700", "KT559",
            Senders.unit("TCHQ"), Receivers.everyUnitAtLevelBelow(3), Cadence.dailyBy(LocalTime.of(17, 0)));

    private static Reconciler with(ExpectedTransfer schedule) {
        return Reconciler.builder(MATRIX).directory(UNITS).schedule(schedule).build();
    }

    private static Instant local(LocalDate day, int hour, int minute) {
        return ZonedDateTime.of(day, LocalTime.of(hour, minute), WorkingCalendar.VIETNAM_ZONE).toInstant();
    }

    private static Instant startOf(LocalDate day) {
        return local(day, 0, 0);
    }

    private static String parentOf(String branch) {
        return "HQ0" + branch.charAt(1);
    }

    /** An empty run (no files) from every branch in every working-hours slot of the day, but the skipped ones. */
    private static List<TransferEvent> declarationRuns(LocalDate day, String skippedBranch, LocalTime skippedSlot) {
        List<TransferEvent> events = new ArrayList<>();
        for (String branch : BRANCHES) {
            for (LocalTime slot = LocalTime.of(7, 30); slot.isBefore(LocalTime.of(17, 0)); slot = slot.plusMinutes(30)) {
                boolean lunch = !slot.isBefore(LocalTime.of(11, 30)) && slot.isBefore(LocalTime.of(13, 0));
                if (lunch || branch.equals(skippedBranch) && slot.equals(skippedSlot)) {
                    continue;
                }
                events.add(run(branch + "-" + slot, "SLXNK", branch, parentOf(branch),
                        local(day, slot.getHour(), slot.getMinute()).plusSeconds(600)));
            }
        }
        return events;
    }

    @Example
    @Label("MON-T-01: each branch sends declarations to its department every 30 minutes; a slot without a run is an expected run missing")
    void everyBranchEvery30Minutes_whenOneSlotHasNoRun_reportsThatSlotMissing() {
        LocalDate friday = LocalDate.of(2026, 11, 20);
        List<TransferEvent> events = declarationRuns(friday, "02CI", LocalTime.of(14, 0));

        ReconciliationResult result = with(DECLARATIONS_EVERY_30_MIN).reconcile(events, startOf(friday), startOf(friday.plusDays(1)));

        assertThat(result.discrepancies()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DiscrepancyKind.EXPECTED_RUN_MISSING);
            assertThat(d.system()).isEqualTo("SLXNK");
            assertThat(d.fromUnit()).isEqualTo("02CI");
            assertThat(d.toUnit()).isEqualTo("HQ02");
            assertThat(d.runId()).isEmpty();
            assertThat(d.at()).isEqualTo(local(friday, 14, 30));
            assertThat(d.expected()).contains("14:00:00 20/11/2026").contains("14:30:00 20/11/2026")
                    .contains("SLXNK-BRANCH-30MIN").contains("30 phút");
            assertThat(d.actual()).isEqualTo("0 lần kết xuất");
            assertThat(d.requirement()).isEqualTo("MON-T-01");
        });
        assertThat(result.runs()).hasSize(BRANCHES.size() * 16 - 1);
    }

    @Example
    @Label("MON-T-01: on a weekend and on a Tết day the 30-minute schedule expects nothing")
    void everyBranchEvery30Minutes_onWeekendAndTet_expectsNothing() {
        LocalDate saturday = LocalDate.of(2026, 11, 21);
        LocalDate tetTuesday = LocalDate.of(2026, 2, 17);
        Reconciler reconciler = with(DECLARATIONS_EVERY_30_MIN);

        assertThat(reconciler.reconcile(List.of(), startOf(saturday), startOf(saturday.plusDays(2))).discrepancies()).isEmpty();
        assertThat(reconciler.reconcile(List.of(), startOf(tetTuesday), startOf(tetTuesday.plusDays(1))).discrepancies()).isEmpty();
        assertThat(reconciler.reconcile(List.of(), startOf(LocalDate.of(2026, 11, 20)), startOf(saturday)).discrepancies())
                .as("a working Friday with no run at all").hasSize(BRANCHES.size() * 16);
    }

    @Example
    @Label("MON-T-01: a 30-minute schedule around the clock expects a run in every slot, weekends too")
    void every30MinutesAroundTheClock_expectsEverySlot() {
        ExpectedTransfer roundTheClock = ExpectedTransfer.of("SLXNK-01AB-24H", "SLXNK", Senders.unit("01AB"), Receivers.parent(),
                Cadence.every(Duration.ofMinutes(30)));
        LocalDate saturday = LocalDate.of(2026, 11, 21);

        ReconciliationResult result = with(roundTheClock).reconcile(List.of(), startOf(saturday), startOf(saturday.plusDays(1)));

        assertThat(result.discrepancies()).hasSize(48).allSatisfy(d -> assertThat(d.toUnit()).isEqualTo("HQ01"));
    }

    /** A tax-debt list from headquarters to a branch, received and applied at the given local times. */
    private static List<TransferEvent> taxDebtList(String branch, LocalDate day, int exportHour, int exportMinute, int receiptDelay) {
        Instant exported = local(day, exportHour, exportMinute);
        ExportRun run = run("KT559-" + branch + "-" + day, "KT559", "TCHQ", branch, exported, "NO_THUE_" + branch + ".xml", 2_048);
        return List.of(run, rx(run, "NO_THUE_" + branch + ".xml", 2_048, exported.plusSeconds(60L * receiptDelay)),
                ap(run, "NO_THUE_" + branch + ".xml", 2_048, exported.plusSeconds(60L * receiptDelay + 120)));
    }

    @Example
    @Label("MON-T-01: tax-debt lists reach every branch by 17:00 on working days; after 17:00 is late, nothing within the settle time is missing")
    void taxDebtListsBy17_reportLateAndMissingBranches() {
        LocalDate friday = LocalDate.of(2026, 11, 20);
        List<TransferEvent> events = new ArrayList<>();
        for (String branch : List.of("01AB", "01DD", "02CI", "02F3", "03EE")) {
            events.addAll(taxDebtList(branch, friday, 16, 0, 10));
        }
        events.addAll(taxDebtList("02XE", friday, 17, 20, 20));
        events.addAll(taxDebtList("03CC", friday, 19, 30, 30));

        ReconciliationResult result = with(TAX_DEBT_BY_17).reconcile(events, startOf(friday), startOf(friday.plusDays(1)));

        assertThat(result.discrepancies())
                .extracting(Discrepancy::kind, Discrepancy::fromUnit, Discrepancy::toUnit, Discrepancy::at)
                .containsExactly(
                        Tuple.tuple(DiscrepancyKind.EXPECTED_RUN_MISSING, "TCHQ", "03CC", local(friday, 17, 0)),
                        Tuple.tuple(DiscrepancyKind.LATE, "TCHQ", "02XE", local(friday, 17, 40)));
        Discrepancy late = result.ofKind(DiscrepancyKind.LATE).get(0);
        assertThat(late.runId()).isEqualTo("KT559-02XE-2026-11-20");
        assertThat(late.fileName()).isEqualTo("NO_THUE_02XE.xml");
        assertThat(late.actual()).isEqualTo("nhận lần đầu lúc 17:40:00 20/11/2026, chậm 40 phút");
        Discrepancy missing = result.ofKind(DiscrepancyKind.EXPECTED_RUN_MISSING).get(0);
        assertThat(missing.expected()).isEqualTo("03CC nhận dữ liệu từ TCHQ trước 17:00:00 20/11/2026 (lịch KT559-DEBT-1700)");
        assertThat(missing.actual()).isEqualTo("0 lần nhận đến 19:00:00 20/11/2026");
    }

    @Example
    @Label("MON-T-01: tax-debt lists expect nothing on a weekend or on Tết, and every branch on a working day")
    void taxDebtListsBy17_onWeekendAndTet_expectNothing() {
        Reconciler reconciler = with(TAX_DEBT_BY_17);
        LocalDate saturday = LocalDate.of(2026, 11, 21);
        LocalDate tetMonday = LocalDate.of(2026, 2, 16);

        assertThat(reconciler.reconcile(List.of(), startOf(saturday), startOf(saturday.plusDays(2))).discrepancies()).isEmpty();
        assertThat(reconciler.reconcile(List.of(), startOf(tetMonday), startOf(tetMonday.plusDays(5))).discrepancies()).isEmpty();
        assertThat(reconciler.reconcile(List.of(), startOf(LocalDate.of(2026, 2, 23)), startOf(LocalDate.of(2026, 2, 24))).discrepancies())
                .as("the first working day after Tết").extracting(Discrepancy::toUnit).containsExactlyInAnyOrderElementsOf(BRANCHES);
    }

    @Example
    @Label("MON-T-01: in a stream a slot is decided when it ends, a daily deadline when its settle time has passed")
    void schedules_inAStream_areDecidedAsTheWatermarkPasses() {
        LocalDate friday = LocalDate.of(2026, 11, 20);
        Reconciler reconciler = Reconciler.builder(MATRIX).directory(UNITS).schedule(TAX_DEBT_BY_17)
                .schedule(ExpectedTransfer.of("SLXNK-01AB", "SLXNK", Senders.unit("01AB"), Receivers.unit("HQ01"),
                        Cadence.everyInWorkingHours(Duration.ofHours(1))))
                .build();
        ReconcileFixtures.Recorder heard = new ReconcileFixtures.Recorder();
        try (ReconciliationSession session = reconciler.open(startOf(friday), heard)) {
            session.advanceTo(local(friday, 8, 59));
            assertThat(heard.discrepancies).isEmpty();
            session.advanceTo(local(friday, 9, 0));
            assertThat(heard.discrepancies).extracting(Discrepancy::fromUnit).containsExactly("01AB");
            session.advanceTo(local(friday, 18, 59));
            assertThat(heard.ofKind(DiscrepancyKind.EXPECTED_RUN_MISSING)).hasSize(8);
            session.advanceTo(local(friday, 19, 0));
            assertThat(heard.ofKind(DiscrepancyKind.EXPECTED_RUN_MISSING)).hasSize(8 + BRANCHES.size());
        }
    }

    @Example
    @Label("MON-T-05: a schedule for a flow the matrix does not have is refused when the reconciler is built")
    void build_whenScheduleFlowIsNotInTheMatrix_throwsValidationException() {
        ExpectedTransfer riskUpwards = ExpectedTransfer.of("QLRR-UP", "QLRR", Senders.everyUnitAtLevel(3), Receivers.parent(),
                Cadence.every(Duration.ofHours(1)));
        ExpectedTransfer fromHeadquartersToParent = ExpectedTransfer.of("TCHQ-UP", "SLXNK", Senders.unit("TCHQ"),
                Receivers.parent(), Cadence.every(Duration.ofHours(1)));
        ExpectedTransfer unknown = ExpectedTransfer.of("X", "SLXNK", Senders.unit("99ZZ"), Receivers.parent(),
                Cadence.every(Duration.ofHours(1)));

        assertThatThrownBy(() -> with(riskUpwards)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("QLRR-UP").hasMessageContaining("01AB (level 3) to HQ01 (level 2)");
        assertThatThrownBy(() -> with(fromHeadquartersToParent)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("TCHQ has none");
        assertThatThrownBy(() -> with(unknown)).isInstanceOf(ValidationException.class).hasMessageContaining("99ZZ");
        assertThatThrownBy(() -> Reconciler.builder(MATRIX).schedule(DECLARATIONS_EVERY_30_MIN).build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("directory");
        assertThatThrownBy(() -> Reconciler.builder(MATRIX).schedule(TAX_DEBT_BY_17).schedule(TAX_DEBT_BY_17))
                .isInstanceOf(ValidationException.class).hasMessageContaining("KT559-DEBT-1700");
    }

    @Example
    @Label("MON-T-01: a cadence must cut a day into equal slots, and name exactly one of interval and deadline")
    void cadence_whenIntervalDoesNotDivideADay_throwsValidationException() {
        assertThatThrownBy(() -> Cadence.every(Duration.ofMinutes(7))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("PT7M");
        assertThatThrownBy(() -> Cadence.every(Duration.ofSeconds(30))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new Cadence(Duration.ofHours(1), false, LocalTime.NOON)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new Senders("01AB", 3)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Senders.everyUnitAtLevel(0)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new Receivers(Receivers.Target.PARENT, "HQ01", 0)).isInstanceOf(ValidationException.class);
        assertThat(Cadence.every(Duration.ofHours(24)).daily()).isFalse();
        assertThat(Receivers.unit(" hq01 ").unit()).isEqualTo("HQ01");
    }
}
