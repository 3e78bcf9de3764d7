package io.github.vncustoms.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.error.ValidationException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Example;

/** Working days per the Labour Code 2019 Art. 111–112 and the announced schedules of 2024–2026. */
final class WorkingCalendarTest {
    private final WorkingCalendar calendar = WorkingCalendar.defaultCalendar();

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Example
    void saturday_4_may_2024_is_worked_in_exchange_for_monday_29_april() {
        DayStatus status = calendar.status(day("2024-05-04"));
        assertThat(status.workingDay()).isTrue();
        assertThat(status.has(DayReason.Kind.WORKED_REST_DAY)).isTrue();
        assertThat(status.explanation()).contains("CV 2450/VPCP-KGVX");
        assertThat(calendar.isWorkingDay(day("2024-04-29"))).isFalse();
    }

    @Example
    void saturday_10_january_2026_is_worked_and_friday_2_january_is_off() {
        assertThat(calendar.isWorkingDay(day("2026-01-10"))).isTrue();
        DayStatus friday = calendar.status(day("2026-01-02"));
        assertThat(friday.workingDay()).isFalse();
        assertThat(friday.reasons()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(DayReason.Kind.ANNOUNCED_DAY_OFF);
            assertThat(r.holidays()).containsExactly(PublicHoliday.NEW_YEAR);
            assertThat(r.source()).startsWith("https://");
        });
    }

    @Example
    void vietnamese_culture_day_2026_is_off() {
        DayStatus status = calendar.status(day("2026-11-24"));
        assertThat(status.workingDay()).isFalse();
        assertThat(status.reasons()).extracting(DayReason::holidays)
                .containsExactly(Set.of(PublicHoliday.VIETNAMESE_CULTURE_DAY));
    }

    @Example
    void announced_breaks_of_2024_to_2026_are_days_off() {
        List<String> daysOff = List.of("2024-01-01", "2024-02-08", "2024-02-14", "2024-04-18", "2024-04-30",
                "2024-09-03", "2025-01-27", "2025-01-31", "2025-04-07", "2025-05-02", "2025-09-01", "2026-02-16",
                "2026-02-20", "2026-04-27", "2026-08-31", "2026-09-01");
        assertThat(daysOff).allSatisfy(d -> assertThat(calendar.isWorkingDay(day(d))).as(d).isFalse());
        List<String> workedSaturdays = List.of("2024-05-04", "2025-04-26", "2026-01-10", "2026-08-22");
        assertThat(workedSaturdays).allSatisfy(d -> assertThat(calendar.isWorkingDay(day(d))).as(d).isTrue());
        assertThat(calendar.isWorkingDay(day("2024-02-15"))).isTrue();
    }

    @Example
    void weekends_are_rest_days_and_weekdays_outside_holidays_are_working_days() {
        DayStatus saturday = calendar.status(day("2026-03-07"));
        assertThat(saturday.workingDay()).isFalse();
        assertThat(saturday.reasons()).extracting(DayReason::kind).containsExactly(DayReason.Kind.WEEKLY_REST_DAY);
        DayStatus wednesday = calendar.status(day("2026-03-04"));
        assertThat(wednesday.workingDay()).isTrue();
        assertThat(wednesday.reasons()).isEmpty();
        assertThat(wednesday.explanation()).isEqualTo("2026-03-04 (Wednesday) is a working day [2026: announced schedule loaded]");
    }

    @Example
    void a_year_without_announcement_says_it_follows_the_statutory_rules() {
        HolidaySchedule schedule = calendar.holidays(2027);
        assertThat(schedule.explanation()).isEqualTo("2027: statutory rules, no announcement loaded");
        assertThat(schedule.fullyAnnounced()).isFalse();
        assertThat(schedule.observances()).allSatisfy(o -> assertThat(o.basis()).isEqualTo(ScheduleBasis.STATUTORY_RULES));
        assertThat(calendar.holidays(2026).explanation()).isEqualTo("2026: announced schedule loaded");
        DayStatus newYear = calendar.status(day("2027-01-01"));
        assertThat(newYear.reasons()).extracting(DayReason::kind).containsExactly(DayReason.Kind.STATUTORY_HOLIDAY);
        assertThat(newYear.explanation()).contains("statutory rules, no announcement loaded");
    }

    @Example
    void statutory_lunar_new_year_2027_is_the_last_day_of_the_old_year_and_four_new_days_with_make_up_days() {
        HolidayObservance tet = calendar.holidays(2027).observances().stream()
                .filter(o -> o.holidays().contains(PublicHoliday.LUNAR_NEW_YEAR)).findFirst().orElseThrow();
        // Tết 2027 is Saturday 6 February: 5 Feb (last day of the old year) to 9 Feb; Sat and Sun are made up Wed and Thu
        assertThat(tet.daysOff()).containsExactly(day("2027-02-05"), day("2027-02-06"), day("2027-02-07"),
                day("2027-02-08"), day("2027-02-09"));
        assertThat(tet.makeUpDaysOff()).containsExactly(day("2027-02-10"), day("2027-02-11"));
        assertThat(calendar.status(day("2027-02-10")).has(DayReason.Kind.MAKE_UP_DAY_OFF)).isTrue();
        assertThat(calendar.isWorkingDay(day("2027-02-12"))).isTrue();
    }

    @Example
    void statutory_national_day_takes_3_september_when_2_september_is_a_thursday() {
        assertThat(calendar.isWorkingDay(day("2027-09-01"))).isTrue();
        assertThat(calendar.isWorkingDay(day("2027-09-02"))).isFalse();
        assertThat(calendar.isWorkingDay(day("2027-09-03"))).isFalse();
        // 2028: 2 September is a Saturday, so 1 September (Friday) plus a make-up Monday
        assertThat(calendar.isWorkingDay(day("2028-09-01"))).isFalse();
        assertThat(calendar.status(day("2028-09-04")).has(DayReason.Kind.MAKE_UP_DAY_OFF)).isTrue();
    }

    @Example
    void statutory_rules_reproduce_the_announced_hung_kings_and_national_days_of_2024_to_2026() {
        WorkingCalendar statutory = WorkingCalendar.builder().announcements(HolidayAnnouncements.empty()).build();
        List<String> sameDays = List.of("2024-04-18", "2024-09-02", "2024-09-03", "2025-04-07", "2025-09-01",
                "2025-09-02", "2026-04-27", "2026-09-01", "2026-09-02");
        assertThat(sameDays).allSatisfy(d -> {
            assertThat(statutory.isWorkingDay(day(d))).as(d).isFalse();
            assertThat(calendar.isWorkingDay(day(d))).as(d).isFalse();
        });
        assertThat(statutory.holidays(2026).explanation()).isEqualTo("2026: statutory rules, no announcement loaded");
    }

    @Example
    void ten_working_days_after_a_notice_skip_weekends_and_the_announced_tet_break() {
        // CAM-10: a notice on Thursday 12 February 2026 must be answered within 10 working days
        LocalDate notice = day("2026-02-12");
        LocalDate deadline = calendar.addWorkingDays(notice, 10);
        // 13 Feb (1), Tết 14-22 Feb off, 23-27 Feb (2-6), 2-5 Mar (7-10)
        assertThat(deadline).isEqualTo(day("2026-03-05"));
        assertThat(calendar.countWorkingDays(notice, deadline)).isEqualTo(10);
    }

    @Example
    void three_working_days_from_a_friday_end_on_wednesday() {
        // CAM-12: "within 3 working days"
        assertThat(calendar.addWorkingDays(day("2026-03-06"), 3)).isEqualTo(day("2026-03-11"));
    }

    @Example
    void counting_is_half_open_excluding_the_start_and_including_the_end() {
        assertThat(calendar.countWorkingDays(day("2026-03-02"), day("2026-03-06"))).isEqualTo(4);
        assertThat(calendar.countWorkingDays(day("2026-03-06"), day("2026-03-02"))).isEqualTo(-4);
        assertThat(calendar.countWorkingDays(day("2026-03-06"), day("2026-03-06"))).isZero();
        assertThat(calendar.countWorkingDays(day("2026-03-06"), day("2026-03-08"))).isZero();
    }

    @Example
    void adding_zero_returns_the_start_and_negative_counts_go_back() {
        assertThat(calendar.addWorkingDays(day("2026-03-07"), 0)).isEqualTo(day("2026-03-07"));
        assertThat(calendar.addWorkingDays(day("2026-03-11"), -3)).isEqualTo(day("2026-03-06"));
        // from a Saturday, one working day back is Thursday: (Thu, Sat] holds exactly one working day
        assertThat(calendar.addWorkingDays(day("2026-03-07"), -1)).isEqualTo(day("2026-03-05"));
        assertThat(calendar.nextWorkingDay(day("2026-02-13"))).isEqualTo(day("2026-02-23"));
    }

    @Example
    void working_hours_default_to_0730_1130_and_1300_1700_in_hanoi_time() {
        assertThat(calendar.workingHours().perDay()).hasHours(8);
        // 02:00 UTC is 09:00 in Hanoi on Wednesday 4 March 2026
        assertThat(calendar.isWithinWorkingHours(Instant.parse("2026-03-04T02:00:00Z"))).isTrue();
        // 05:00 UTC is 12:00, the lunch break
        assertThat(calendar.isWithinWorkingHours(Instant.parse("2026-03-04T05:00:00Z"))).isFalse();
        // 10:00 UTC is 17:00, the end is exclusive
        assertThat(calendar.isWithinWorkingHours(Instant.parse("2026-03-04T10:00:00Z"))).isFalse();
        assertThat(calendar.isWithinWorkingHours(ZonedDateTime.of(2026, 3, 4, 0, 30, 0, 0, ZoneOffset.UTC))).isTrue();
        // 09:00 on the announced day off 2 January 2026
        assertThat(calendar.isWithinWorkingHours(Instant.parse("2026-01-02T02:00:00Z"))).isFalse();
    }

    @Example
    void custom_hours_and_rest_days_are_honoured() {
        WorkingCalendar sixDays = calendar.toBuilder()
                .weeklyRestDays(EnumSet.of(DayOfWeek.SUNDAY))
                .workingHours(WorkingHours.of(WorkingPeriod.of(LocalTime.of(8, 0), LocalTime.of(17, 0))))
                .build();
        assertThat(sixDays.isWorkingDay(day("2026-03-07"))).isTrue();
        assertThat(sixDays.isWithinWorkingHours(Instant.parse("2026-03-07T05:00:00Z"))).isTrue();
        assertThat(sixDays.weeklyRestDays()).containsExactly(DayOfWeek.SUNDAY);
        assertThat(calendar.weeklyRestDays()).containsExactly(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    }

    @Example
    void today_is_read_from_the_clock_in_hanoi_time() {
        Clock clock = Clock.fixed(Instant.parse("2026-01-01T18:00:00Z"), ZoneOffset.UTC);
        assertThat(calendar.today(clock)).isEqualTo(day("2026-01-02"));
    }

    @Example
    void days_outside_the_supported_years_are_rejected() {
        assertThatThrownBy(() -> calendar.isWorkingDay(day("1800-06-01")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("expected 1801-01-01 to 2199-12-31");
        assertThatThrownBy(() -> calendar.addWorkingDays(day("2199-12-20"), 30))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("leaves the supported years");
        assertThatThrownBy(() -> calendar.holidays(2200)).isInstanceOf(ValidationException.class);
    }

    @Example
    void a_week_without_working_days_is_rejected() {
        assertThatThrownBy(() -> WorkingCalendar.builder().weeklyRestDays(EnumSet.allOf(DayOfWeek.class)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("expected at most 6 rest days");
    }

    @Example
    void overlapping_working_periods_are_rejected() {
        assertThatThrownBy(() -> WorkingHours.of(WorkingPeriod.of(LocalTime.of(8, 0), LocalTime.of(12, 0)),
                WorkingPeriod.of(LocalTime.of(11, 0), LocalTime.of(17, 0))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("overlap");
        assertThatThrownBy(() -> WorkingPeriod.of(LocalTime.of(17, 0), LocalTime.of(8, 0)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("expected start < end");
    }
}
