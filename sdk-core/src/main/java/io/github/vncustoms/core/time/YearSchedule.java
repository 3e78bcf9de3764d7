package io.github.vncustoms.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * One Gregorian year of a {@link WorkingCalendar}: its {@link HolidaySchedule} and the days off the
 * statutory rules add for the holidays no announcement covers. Announced days live in the
 * calendar's date index, since an announcement may reach into the year before.
 * Immutable once built.
 *
 * @param schedule the year's holidays, explained
 * @param statutoryDaysOff reasons for each statutory holiday and make-up day of the year
 */
record YearSchedule(HolidaySchedule schedule, Map<LocalDate, List<DayReason>> statutoryDaysOff) {
    YearSchedule {
        statutoryDaysOff = Map.copyOf(statutoryDaysOff);
    }

    /**
     * Builds a year.
     *
     * @param announcedOff tells whether a day is off by any loaded announcement
     * @param workedRestDay tells whether a rest day is worked by an announced swap
     */
    static YearSchedule compute(int year, HolidayAnnouncements announcements, LunarCalendar lunar,
            Set<DayOfWeek> restDays, Predicate<LocalDate> announcedOff, Predicate<LocalDate> workedRestDay) {
        List<HolidayObservance> observances = new ArrayList<>();
        for (HolidayAnnouncement a : announcements.forYear(year)) {
            observances.add(new HolidayObservance(a.holidays(), ScheduleBasis.ANNOUNCED, a.daysOff(), List.of(),
                    a.workedRestDays(), a.describe(), a.source()));
        }
        TreeMap<LocalDate, Set<PublicHoliday>> statutory = new TreeMap<>();
        Map<LocalDate, List<DayReason>> reasons = new HashMap<>();
        for (PublicHoliday holiday : PublicHoliday.values()) {
            if (announcements.find(year, holiday).isPresent()) {
                continue;
            }
            for (LocalDate day : StatutoryHolidays.dates(holiday, year, lunar, restDays)) {
                statutory.computeIfAbsent(day, d -> EnumSet.noneOf(PublicHoliday.class)).add(holiday);
                reasons.computeIfAbsent(day, d -> new ArrayList<>()).add(new DayReason(DayReason.Kind.STATUTORY_HOLIDAY,
                        Set.of(holiday), holiday.displayName() + " " + year + " (statutory rules, no announcement loaded)",
                        StatutoryHolidays.HOLIDAY_SOURCE));
            }
        }
        Map<PublicHoliday, List<LocalDate>> makeUps = new HashMap<>();
        for (Map.Entry<LocalDate, Set<PublicHoliday>> entry : statutory.entrySet()) {
            LocalDate holidayDate = entry.getKey();
            if (!restDays.contains(holidayDate.getDayOfWeek())) {
                continue;
            }
            LocalDate makeUp = holidayDate.plusDays(1);
            while (reasons.containsKey(makeUp) || announcedOff.test(makeUp)
                    || (restDays.contains(makeUp.getDayOfWeek()) && !workedRestDay.test(makeUp))) {
                makeUp = makeUp.plusDays(1);
            }
            String names = entry.getValue().stream().map(PublicHoliday::displayName).reduce((x, y) -> x + " and " + y)
                    .orElseThrow();
            reasons.computeIfAbsent(makeUp, d -> new ArrayList<>()).add(new DayReason(DayReason.Kind.MAKE_UP_DAY_OFF,
                    entry.getValue(), "make-up day off for " + names + " on " + holidayDate + ", a weekly rest day"
                    + " (statutory rules, no announcement loaded)", StatutoryHolidays.MAKE_UP_SOURCE));
            for (PublicHoliday holiday : entry.getValue()) {
                makeUps.computeIfAbsent(holiday, h -> new ArrayList<>()).add(makeUp);
            }
        }
        for (PublicHoliday holiday : PublicHoliday.values()) {
            List<LocalDate> days = statutory.entrySet().stream().filter(e -> e.getValue().contains(holiday))
                    .map(Map.Entry::getKey).toList();
            if (!days.isEmpty()) {
                observances.add(new HolidayObservance(Set.of(holiday), ScheduleBasis.STATUTORY_RULES, days,
                        makeUps.getOrDefault(holiday, List.of()), List.of(), StatutoryHolidays.describe(holiday, year),
                        StatutoryHolidays.HOLIDAY_SOURCE + "; make-up days: " + StatutoryHolidays.MAKE_UP_SOURCE));
            }
        }
        Map<LocalDate, List<DayReason>> frozen = new HashMap<>();
        reasons.forEach((day, list) -> frozen.put(day, List.copyOf(list)));
        return new YearSchedule(new HolidaySchedule(year, observances), frozen);
    }

    /** Returns the statutory reasons for a day of this year, possibly empty. */
    List<DayReason> reasons(LocalDate day) {
        return statutoryDaysOff.getOrDefault(day, List.of());
    }
}
