package io.github.vncustoms.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Calendar arithmetic and the make-up rule (Labour Code 2019 Art. 111(3)) hold on generated days. */
final class WorkingCalendarProperties {
    private final WorkingCalendar calendar = WorkingCalendar.defaultCalendar();

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.longs()
                .between(LocalDate.of(1950, 1, 1).toEpochDay(), LocalDate.of(2150, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay)
                .edgeCases(edges -> edges.add(LocalDate.of(2026, 1, 10)));
    }

    @Provide
    Arbitrary<Integer> yearsWithoutAnnouncement() {
        return Arbitraries.integers().between(WorkingCalendar.MIN_YEAR, WorkingCalendar.MAX_YEAR)
                .filter(y -> y < 2024 || y > 2026);
    }

    @Property(tries = 300)
    void adding_n_working_days_and_counting_them_back_gives_n(@ForAll("days") LocalDate start,
            @ForAll @IntRange(min = -400, max = 400) int n) {
        LocalDate end = calendar.addWorkingDays(start, n);
        assertThat(calendar.countWorkingDays(start, end)).isEqualTo(n);
        if (n != 0) {
            assertThat(calendar.isWorkingDay(end)).isTrue();
        }
    }

    @Property(tries = 200)
    void working_day_counts_add_up(@ForAll("days") LocalDate a, @ForAll("days") LocalDate b, @ForAll("days") LocalDate c) {
        assertThat(calendar.countWorkingDays(a, b) + calendar.countWorkingDays(b, c))
                .isEqualTo(calendar.countWorkingDays(a, c));
    }

    @Property(tries = 1000)
    void a_working_day_is_never_a_holiday_or_an_unworked_weekend(@ForAll("days") LocalDate day) {
        DayStatus status = calendar.status(day);
        assertThat(status.workingDay()).isEqualTo(calendar.isWorkingDay(day));
        if (status.workingDay()) {
            assertThat(status.reasons()).noneMatch(r -> r.dayOff() && r.kind() != DayReason.Kind.WEEKLY_REST_DAY);
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (weekend) {
                assertThat(status.has(DayReason.Kind.WORKED_REST_DAY)).isTrue();
            }
        } else {
            assertThat(status.reasons()).isNotEmpty();
        }
    }

    @Property(tries = 150)
    void every_statutory_holiday_on_a_rest_day_yields_a_make_up_day_on_the_next_working_day(
            @ForAll("yearsWithoutAnnouncement") int year) {
        HolidaySchedule schedule = calendar.holidays(year);
        assertThat(schedule.explanation()).isEqualTo(year + ": statutory rules, no announcement loaded");
        TreeSet<LocalDate> holidays = new TreeSet<>();
        TreeSet<LocalDate> makeUps = new TreeSet<>();
        for (HolidayObservance o : schedule.observances()) {
            holidays.addAll(o.daysOff());
            makeUps.addAll(o.makeUpDaysOff());
        }
        List<LocalDate> onRestDays = new ArrayList<>();
        for (LocalDate h : holidays) {
            if (calendar.weeklyRestDays().contains(h.getDayOfWeek())) {
                onRestDays.add(h);
            }
        }
        assertThat(makeUps).hasSize(onRestDays.size());
        // the i-th holiday on a rest day is made up on the i-th weekday after it that is neither a holiday nor
        // taken by an earlier make-up
        TreeSet<LocalDate> taken = new TreeSet<>();
        for (LocalDate h : onRestDays) {
            LocalDate next = h.plusDays(1);
            while (calendar.weeklyRestDays().contains(next.getDayOfWeek()) || holidays.contains(next)
                    || taken.contains(next)) {
                next = next.plusDays(1);
            }
            taken.add(next);
            assertThat(makeUps).contains(next);
            assertThat(calendar.status(next).has(DayReason.Kind.MAKE_UP_DAY_OFF)).isTrue();
            assertThat(calendar.isWorkingDay(next)).isFalse();
        }
        for (LocalDate h : holidays) {
            assertThat(calendar.isWorkingDay(h)).isFalse();
        }
    }

    @Property(tries = 200)
    void lunar_dates_convert_back_to_the_same_day(@ForAll("days") LocalDate day) {
        LunarCalendar lunar = calendar.lunarCalendar();
        assertThat(lunar.toSolar(lunar.toLunar(day))).isEqualTo(day);
    }
}
