package io.github.vncustoms.core.time;

import io.github.vncustoms.core.error.ValidationException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Working days and hours in Vietnam (ngày làm việc): weekly rest days, the public holidays of the
 * Labour Code 2019 Art. 111–112 computed from the lunar calendar, and the Government's yearly
 * announcements of days off and swapped working days. Deadlines in working days go through it,
 * e.g. "repair within 10 working days" (CAM-10) or "within 3 working days" (CAM-12).
 *
 * <pre>{@code
 * WorkingCalendar calendar = WorkingCalendar.defaultCalendar();
 * LocalDate notified = calendar.today(clock);
 * LocalDate repairBy = calendar.addWorkingDays(notified, 10);            // CAM-10
 * DayStatus status = calendar.status(LocalDate.of(2026, 1, 2));
 * status.workingDay();      // false: New Year's Day swap announced by CV 12729/VPCP-KGVX
 * }</pre>
 *
 * <p>How a day is decided, for each Gregorian year:
 * <ul>
 *   <li>For each holiday with a loaded {@link HolidayAnnouncement}, its announced days are off and
 *       its announced worked rest days (swaps) are working days.
 *   <li>For each holiday without one, the statutory rules apply ({@link PublicHoliday} documents
 *       each, including the fallback for the five Lunar New Year days and the day next to 2
 *       September), and every statutory day that falls on a weekly rest day gives a make-up day
 *       off on the next working day (Art. 111(3)). Holidays on the same date count once. The
 *       result says so: {@code "2027: statutory rules, no announcement loaded"}.
 *   <li>Otherwise a day is a working day unless it is a weekly rest day (Saturday and Sunday by
 *       default).
 * </ul>
 * The statutory rules are those of the Labour Code 2019, in force from 2021, applied to every
 * supported year ({@value #MIN_YEAR}–{@value #MAX_YEAR}); for earlier years load announcements if
 * history matters.
 *
 * <p>Day arithmetic: {@link #countWorkingDays(LocalDate, LocalDate)} counts the half-open interval
 * {@code (from, to]}, as a legal period starts the day after its event; {@link
 * #addWorkingDays(LocalDate, int)} is its inverse, so {@code countWorkingDays(d, addWorkingDays(d,
 * n)) == n} for every day {@code d} and every {@code n}.
 *
 * <p>Immutable and thread-safe; build it once and share it. Each instance caches the years it has
 * computed.
 */
public final class WorkingCalendar {
    /** First supported Gregorian year. */
    public static final int MIN_YEAR = LunarCalendar.MIN_YEAR + 1;
    /** Last supported Gregorian year. */
    public static final int MAX_YEAR = LunarCalendar.MAX_YEAR;
    /** The zone whose days the regulations count. */
    public static final ZoneId VIETNAM_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ZoneId zone;
    private final Set<DayOfWeek> restDays;
    private final WorkingHours hours;
    private final HolidayAnnouncements announcements;
    private final LunarCalendar lunar;
    private final Map<LocalDate, List<DayReason>> announcedOff;
    private final Map<LocalDate, List<DayReason>> workedRestDays;
    private final ConcurrentMap<Integer, YearSchedule> years = new ConcurrentHashMap<>();

    private WorkingCalendar(Builder b) {
        this.zone = b.zone;
        this.restDays = Collections.unmodifiableSet(EnumSet.copyOf(b.restDays));
        this.hours = b.hours;
        this.announcements = b.announcements != null ? b.announcements : HolidayAnnouncements.defaultAnnouncements();
        this.lunar = b.lunar != null ? b.lunar : LunarCalendar.create();
        Map<LocalDate, List<DayReason>> off = new HashMap<>();
        Map<LocalDate, List<DayReason>> worked = new HashMap<>();
        for (HolidayAnnouncement a : announcements.announcements()) {
            for (LocalDate day : a.daysOff()) {
                off.computeIfAbsent(day, d -> new ArrayList<>()).add(new DayReason(DayReason.Kind.ANNOUNCED_DAY_OFF,
                        a.holidays(), "announced day off: " + a.describe(), a.source()));
            }
            for (LocalDate day : a.workedRestDays()) {
                worked.computeIfAbsent(day, d -> new ArrayList<>()).add(new DayReason(DayReason.Kind.WORKED_REST_DAY,
                        a.holidays(), "rest day worked in exchange for a day off: " + a.describe(), a.source()));
            }
        }
        this.announcedOff = freeze(off);
        this.workedRestDays = freeze(worked);
    }

    private static Map<LocalDate, List<DayReason>> freeze(Map<LocalDate, List<DayReason>> map) {
        Map<LocalDate, List<DayReason>> copy = new HashMap<>();
        map.forEach((day, list) -> copy.put(day, List.copyOf(list)));
        return Map.copyOf(copy);
    }

    /**
     * Returns the Vietnamese public-sector calendar: Saturday and Sunday off, 07:30–11:30 and
     * 13:00–17:00, zone Asia/Ho_Chi_Minh, the bundled announcements for 2024–2026 and the
     * statutory rules for other years.
     *
     * @return a new calendar; keep and share it
     */
    public static WorkingCalendar defaultCalendar() {
        return builder().build();
    }

    /**
     * Returns a builder preset to the {@link #defaultCalendar()} settings.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder preset to this calendar's settings, to build a variant.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.zone = zone;
        b.restDays = EnumSet.noneOf(DayOfWeek.class);
        b.restDays.addAll(restDays);
        b.hours = hours;
        b.announcements = announcements;
        b.lunar = lunar;
        return b;
    }

    /**
     * Tells whether a day is a working day and why, or why not.
     *
     * @param date a day in years {@value #MIN_YEAR} to {@value #MAX_YEAR}
     * @return the status with its reasons
     * @throws ValidationException if the day is outside the supported years
     * @throws NullPointerException if {@code date} is null
     */
    public DayStatus status(LocalDate date) {
        YearSchedule year = year(date);
        List<DayReason> reasons = new ArrayList<>();
        boolean rest = restDays.contains(date.getDayOfWeek());
        if (rest) {
            reasons.add(new DayReason(DayReason.Kind.WEEKLY_REST_DAY, Set.of(), date.getDayOfWeek()
                    .getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " is a weekly rest day",
                    "weekly rest days of this calendar (Labour Code 2019 Art. 111)"));
        }
        List<DayReason> off = new ArrayList<>(announcedOff.getOrDefault(date, List.of()));
        off.addAll(year.reasons(date));
        reasons.addAll(off);
        List<DayReason> worked = workedRestDays.getOrDefault(date, List.of());
        boolean working = off.isEmpty() && (!rest || !worked.isEmpty());
        if (working && rest) {
            reasons.addAll(worked);
        }
        return new DayStatus(date, working, reasons, year.schedule().explanation());
    }

    /**
     * Tells whether a day is a working day.
     *
     * @param date a day in years {@value #MIN_YEAR} to {@value #MAX_YEAR}
     * @return whether work is due that day
     * @throws ValidationException if the day is outside the supported years
     * @throws NullPointerException if {@code date} is null
     */
    public boolean isWorkingDay(LocalDate date) {
        YearSchedule year = year(date);
        if (announcedOff.containsKey(date) || year.statutoryDaysOff().containsKey(date)) {
            return false;
        }
        return !restDays.contains(date.getDayOfWeek()) || workedRestDays.containsKey(date);
    }

    /**
     * Moves a number of working days from a day.
     *
     * <ul>
     *   <li>{@code n > 0}: the {@code n}-th working day after {@code start} ({@code start} itself
     *       never counts), e.g. the last day of "within 10 working days of the notice" (CAM-10);
     *   <li>{@code n == 0}: {@code start} itself, working day or not;
     *   <li>{@code n < 0}: the working day {@code d} before {@code start} with exactly {@code -n}
     *       working days in {@code (d, start]}; when {@code start} is a working day that is the
     *       {@code -n}-th working day before it.
     * </ul>
     * In every case {@code countWorkingDays(start, result) == n}.
     *
     * @param start the day to count from
     * @param n the number of working days, negative to go back
     * @return the resulting day
     * @throws ValidationException if the count leaves the supported years
     * @throws NullPointerException if {@code start} is null
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        year(start);
        try {
            if (n >= 0) {
                LocalDate day = start;
                for (int left = n; left > 0; ) {
                    day = day.plusDays(1);
                    if (isWorkingDay(day)) {
                        left--;
                    }
                }
                return day;
            }
            LocalDate day = start;
            for (long seen = 0; ; day = day.minusDays(1)) {
                if (isWorkingDay(day) && ++seen == 1L - n) {
                    return day;
                }
            }
        } catch (ValidationException e) {
            throw new ValidationException("n", "adding " + n + " working days to " + start
                    + " leaves the supported years; expected a result in " + MIN_YEAR + " to " + MAX_YEAR, e);
        }
    }

    /**
     * Counts the working days between two days over the half-open interval {@code (from, to]}:
     * {@code from} is not counted, {@code to} is. When {@code to} is before {@code from} the
     * result is {@code -countWorkingDays(to, from)}. So counts add up:
     * {@code count(a, b) + count(b, c) == count(a, c)}.
     *
     * @param from the day after which counting starts
     * @param to the last day counted
     * @return the signed number of working days
     * @throws ValidationException if a day is outside the supported years
     * @throws NullPointerException if a day is null
     */
    public int countWorkingDays(LocalDate from, LocalDate to) {
        year(from);
        year(to);
        if (to.isBefore(from)) {
            return -countWorkingDays(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /**
     * Returns the first working day after a day.
     *
     * @param date the day
     * @return the first working day strictly after it; same as {@code addWorkingDays(date, 1)}
     * @throws ValidationException if that leaves the supported years
     */
    public LocalDate nextWorkingDay(LocalDate date) {
        return addWorkingDays(date, 1);
    }

    /**
     * Tells whether an instant falls in working hours on a working day, in this calendar's zone.
     *
     * @param instant the instant
     * @return whether it is on a working day and inside a {@link WorkingPeriod}
     * @throws ValidationException if its day is outside the supported years
     * @throws NullPointerException if {@code instant} is null
     */
    public boolean isWithinWorkingHours(Instant instant) {
        ZonedDateTime local = instant.atZone(zone);
        return isWorkingDay(local.toLocalDate()) && hours.contains(local.toLocalTime());
    }

    /**
     * Tells whether a moment falls in working hours on a working day. The moment is first moved to
     * this calendar's zone, so 02:00 UTC is 09:00 in Hanoi.
     *
     * @param dateTime the moment, in any zone
     * @return whether it is on a working day and inside a {@link WorkingPeriod}
     * @throws ValidationException if its day is outside the supported years
     * @throws NullPointerException if {@code dateTime} is null
     */
    public boolean isWithinWorkingHours(ZonedDateTime dateTime) {
        return isWithinWorkingHours(dateTime.toInstant());
    }

    /**
     * Returns today's date in this calendar's zone.
     *
     * @param clock the clock to read
     * @return the current day in the calendar's zone
     * @throws NullPointerException if {@code clock} is null
     */
    public LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /**
     * Returns the public holidays of a year as this calendar applies them, each marked announced
     * or statutory.
     *
     * @param year a Gregorian year, {@value #MIN_YEAR} to {@value #MAX_YEAR}
     * @return the year's schedule with its explanation
     * @throws ValidationException if the year is out of range
     */
    public HolidaySchedule holidays(int year) {
        return year(year).schedule();
    }

    /**
     * Returns the zone whose days and hours this calendar counts.
     *
     * @return Asia/Ho_Chi_Minh unless configured
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Returns the weekly rest days.
     *
     * @return an unmodifiable set, Saturday and Sunday unless configured
     */
    public Set<DayOfWeek> weeklyRestDays() {
        return restDays;
    }

    /**
     * Returns the working hours of a working day.
     *
     * @return the hours
     */
    public WorkingHours workingHours() {
        return hours;
    }

    /**
     * Returns the announcements this calendar applies.
     *
     * @return the dataset
     */
    public HolidayAnnouncements announcements() {
        return announcements;
    }

    /**
     * Returns the lunar calendar used for Lunar New Year and Hùng Kings' Commemoration.
     *
     * @return the lunar calendar
     */
    public LunarCalendar lunarCalendar() {
        return lunar;
    }

    private YearSchedule year(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
            throw new ValidationException("date", date + " is outside the years this calendar supports; expected "
                    + MIN_YEAR + "-01-01 to " + MAX_YEAR + "-12-31");
        }
        return year(date.getYear());
    }

    private YearSchedule year(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new ValidationException("year", "year " + year + " is outside the years this calendar supports; expected "
                    + MIN_YEAR + " to " + MAX_YEAR);
        }
        YearSchedule cached = years.get(year);
        if (cached != null) {
            return cached;
        }
        YearSchedule computed = YearSchedule.compute(year, announcements, lunar, restDays,
                announcedOff::containsKey, workedRestDays::containsKey);
        YearSchedule raced = years.putIfAbsent(year, computed);
        return raced != null ? raced : computed;
    }

    /**
     * Describes the configuration.
     *
     * @return rest days, hours, zone and announced years
     */
    @Override
    public String toString() {
        return "WorkingCalendar[zone=" + zone + ", restDays=" + restDays + ", hours=" + hours.periods()
                + ", announcedYears=" + announcements.years() + "]";
    }

    /**
     * Builds a {@link WorkingCalendar}. Each setter checks its argument at once. Not thread-safe;
     * the calendar it builds is.
     */
    public static final class Builder {
        private ZoneId zone = VIETNAM_ZONE;
        private EnumSet<DayOfWeek> restDays = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        private WorkingHours hours = WorkingHours.defaultHours();
        private HolidayAnnouncements announcements;
        private LunarCalendar lunar;

        private Builder() {}

        /**
         * Sets the zone whose days and hours count.
         *
         * @param zone the zone; Asia/Ho_Chi_Minh by default
         * @return this builder
         * @throws NullPointerException if {@code zone} is null
         */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /**
         * Sets the weekly rest days.
         *
         * @param days the rest days; Saturday and Sunday by default; may be empty
         * @return this builder
         * @throws ValidationException if every day of the week would be a rest day
         * @throws NullPointerException if {@code days} or an element is null
         */
        public Builder weeklyRestDays(Collection<DayOfWeek> days) {
            Objects.requireNonNull(days, "days");
            EnumSet<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
            days.forEach(d -> set.add(Objects.requireNonNull(d, "day")));
            if (set.size() == 7) {
                throw new ValidationException("weeklyRestDays", "every day of the week is a rest day; expected at most 6 rest days");
            }
            this.restDays = set;
            return this;
        }

        /**
         * Sets the working hours of a working day.
         *
         * @param hours the hours; 07:30–11:30 and 13:00–17:00 by default
         * @return this builder
         * @throws NullPointerException if {@code hours} is null
         */
        public Builder workingHours(WorkingHours hours) {
            this.hours = Objects.requireNonNull(hours, "hours");
            return this;
        }

        /**
         * Replaces the announcements; {@link HolidayAnnouncements#empty()} leaves only the
         * statutory rules.
         *
         * @param announcements the announcements; the bundled ones by default
         * @return this builder
         * @throws NullPointerException if {@code announcements} is null
         */
        public Builder announcements(HolidayAnnouncements announcements) {
            this.announcements = Objects.requireNonNull(announcements, "announcements");
            return this;
        }

        /**
         * Lays newer announcements over the current ones (the bundled ones unless replaced): each
         * replaces any current announcement of the same year and holiday.
         *
         * @param newer the newer announcements
         * @return this builder
         * @throws ValidationException if the result has conflicting days
         * @throws NullPointerException if {@code newer} is null
         */
        public Builder addAnnouncements(HolidayAnnouncements newer) {
            Objects.requireNonNull(newer, "newer");
            HolidayAnnouncements current = announcements != null ? announcements : HolidayAnnouncements.defaultAnnouncements();
            this.announcements = current.overlay(newer);
            return this;
        }

        /**
         * Sets the lunar calendar, e.g. to share one instance and its cache.
         *
         * @param lunar the lunar calendar; a new {@link LunarCalendar#create()} by default
         * @return this builder
         * @throws NullPointerException if {@code lunar} is null
         */
        public Builder lunarCalendar(LunarCalendar lunar) {
            this.lunar = Objects.requireNonNull(lunar, "lunar");
            return this;
        }

        /**
         * Builds the calendar.
         *
         * @return a new immutable, thread-safe calendar
         * @throws io.github.vncustoms.core.error.ConfigurationException if the bundled
         *     announcements are needed and cannot be read
         */
        public WorkingCalendar build() {
            return new WorkingCalendar(this);
        }
    }
}
