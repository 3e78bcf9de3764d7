package io.github.vncustoms.core.time;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.internal.time.LunisolarCalculator;
import io.github.vncustoms.core.internal.time.LunisolarCalculator.MonthSpan;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The Vietnamese lunar calendar (âm lịch), computed from the astronomical rules rather than from a
 * table, in both directions, for lunar years {@value #MIN_YEAR} to {@value #MAX_YEAR}.
 *
 * <p>The rules: a month starts on the day, in Vietnam's time (UTC+7), of a true new moon; the
 * month that holds the winter solstice is month 11; when 13 months start between two months 11,
 * the first month after month 11 that holds no major solar term (Sun's longitude crossing a
 * multiple of 30°) is the leap month and repeats the number of the month before it. New moons
 * follow Meeus, "Astronomical Algorithms", ch. 49, and the Sun's longitude the VSOP87 series of
 * ch. 25, both with ΔT from Espenak and Meeus: events are placed within a minute or so, so a date
 * can only be disputed when a new moon or solar term falls within about a minute of midnight.
 * Checked against an independent ephemeris for every year 1800–2199, the calendar differs only
 * where an event falls within seconds of midnight: the leap month of 1938 (8 here, 7 there) and
 * the first day of month 6 of 1967 (7 July here, 8 July there); at UTC+8, month 9 of 2057 also
 * starts a day earlier than in the reference and in common Chinese calendar tables.
 *
 * <p>Computing at UTC+7 is what makes the calendar Vietnamese: the Chinese calendar uses the same
 * rules at UTC+8 and differs in some years (Lunar New Year 2030 is 2 February in Vietnam,
 * 3 February in China). Vietnam adopted UTC+7 for its calendar in 1967; for earlier years this
 * class computes the calendar proleptically at UTC+7, which may differ from almanacs printed then.
 *
 * <pre>{@code
 * LunarCalendar lunar = LunarCalendar.create();
 * LunarDate date = lunar.toLunar(LocalDate.of(2025, 1, 29));   // 2025-01-01
 * LocalDate tet = lunar.toSolar(LunarDate.of(2030, 1, 1));     // 2030-02-02
 * }</pre>
 *
 * <p>Immutable and thread-safe. Each instance caches the years it has computed, so keep and share
 * one instance rather than creating one per call.
 */
public final class LunarCalendar {
    /** First supported lunar year. */
    public static final int MIN_YEAR = 1800;
    /** Last supported lunar year. */
    public static final int MAX_YEAR = 2199;
    /** The offset the Vietnamese calendar is computed for, UTC+7. */
    public static final ZoneOffset VIETNAM_OFFSET = ZoneOffset.ofHours(7);

    private final ZoneOffset offset;
    private final LunisolarCalculator calculator;
    private final ConcurrentMap<Integer, LunarYear> years = new ConcurrentHashMap<>();

    private LunarCalendar(ZoneOffset offset) {
        this.offset = offset;
        this.calculator = new LunisolarCalculator(offset.getTotalSeconds());
    }

    /**
     * Returns a new Vietnamese lunar calendar, computed at UTC+7.
     *
     * @return a new calendar with an empty cache
     */
    public static LunarCalendar create() {
        return new LunarCalendar(VIETNAM_OFFSET);
    }

    /**
     * Returns a new lunisolar calendar with the same rules computed for another offset, e.g.
     * UTC+8 for the Chinese calendar. Meant for comparisons; customs days are Vietnamese.
     *
     * @param offset the offset whose days the months are counted in
     * @return a new calendar with an empty cache
     * @throws NullPointerException if {@code offset} is null
     */
    public static LunarCalendar create(ZoneOffset offset) {
        return new LunarCalendar(Objects.requireNonNull(offset, "offset"));
    }

    /**
     * Returns the offset whose days this calendar counts.
     *
     * @return UTC+7 for the Vietnamese calendar
     */
    public ZoneOffset offset() {
        return offset;
    }

    /**
     * Returns the months of a lunar year.
     *
     * @param year the lunar year, {@value #MIN_YEAR} to {@value #MAX_YEAR}
     * @return the year's 12 or 13 months
     * @throws ValidationException if the year is out of range
     */
    public LunarYear year(int year) {
        checkYear(year);
        LunarYear cached = years.get(year);
        if (cached != null) {
            return cached;
        }
        List<LunarMonth> months = new ArrayList<>(13);
        for (MonthSpan span : calculator.months(year)) {
            months.add(new LunarMonth(span.year(), span.month(), span.leap(),
                    LocalDate.ofEpochDay(span.firstEpochDay()), span.length()));
        }
        LunarYear computed = new LunarYear(year, months);
        LunarYear raced = years.putIfAbsent(year, computed);
        return raced != null ? raced : computed;
    }

    /**
     * Returns the Lunar New Year's Day (Tết Nguyên đán, lunar 1/1) of a year.
     *
     * @param year the lunar year, {@value #MIN_YEAR} to {@value #MAX_YEAR}
     * @return its Gregorian day
     * @throws ValidationException if the year is out of range
     */
    public LocalDate newYear(int year) {
        return year(year).firstDay();
    }

    /**
     * Converts a Gregorian day to the lunar calendar.
     *
     * @param date a day from {@link #firstSupportedDate()} to {@link #lastSupportedDate()}
     * @return its lunar date
     * @throws ValidationException if the day is outside the supported range
     * @throws NullPointerException if {@code date} is null
     */
    public LunarDate toLunar(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (date.isBefore(firstSupportedDate()) || date.isAfter(lastSupportedDate())) {
            throw new ValidationException("date", date + " is outside the supported range of the lunar calendar; expected "
                    + firstSupportedDate() + " to " + lastSupportedDate());
        }
        int lunarYear = Math.min(date.getYear(), MAX_YEAR);
        if (date.isBefore(newYear(lunarYear))) {
            lunarYear--;
        }
        LunarMonth month = year(lunarYear).monthOf(date);
        return new LunarDate(lunarYear, month.month(), (int) (date.toEpochDay() - month.firstDay().toEpochDay()) + 1,
                month.leap());
    }

    /**
     * Converts a lunar date to the Gregorian calendar.
     *
     * @param date the lunar date
     * @return its Gregorian day
     * @throws ValidationException if the date does not exist: a leap month in a year whose leap
     *     month is another one (or that has none), or day 30 of a 29-day month
     * @throws NullPointerException if {@code date} is null
     */
    public LocalDate toSolar(LunarDate date) {
        Objects.requireNonNull(date, "date");
        LunarYear year = year(date.year());
        LunarMonth month = year.month(date.month(), date.leapMonth()).orElseThrow(() -> new ValidationException(
                "leapMonth", "lunar year " + date.year() + " has no leap month " + date.month() + "; expected "
                + year.leapMonth().stream().mapToObj(m -> "leap month " + m + " or an ordinary month")
                        .findFirst().orElse("an ordinary month (the year has no leap month)")));
        return month.firstDay().plusDays(month.day(date.day()).day() - 1L);
    }

    /**
     * Tells whether a lunar date exists in this calendar.
     *
     * @param date the lunar date
     * @return whether {@link #toSolar(LunarDate)} would succeed
     * @throws NullPointerException if {@code date} is null
     */
    public boolean isValid(LunarDate date) {
        Objects.requireNonNull(date, "date");
        return year(date.year()).month(date.month(), date.leapMonth())
                .map(m -> date.day() <= m.length())
                .orElse(false);
    }

    /**
     * Returns the first Gregorian day this calendar converts.
     *
     * @return the Lunar New Year of {@value #MIN_YEAR}
     */
    public LocalDate firstSupportedDate() {
        return newYear(MIN_YEAR);
    }

    /**
     * Returns the last Gregorian day this calendar converts.
     *
     * @return the last day of lunar year {@value #MAX_YEAR}
     */
    public LocalDate lastSupportedDate() {
        return year(MAX_YEAR).lastDay();
    }

    private static void checkYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new ValidationException("year", "lunar year " + year + " is outside the supported range; expected "
                    + MIN_YEAR + " to " + MAX_YEAR);
        }
    }

    /**
     * Describes the calendar.
     *
     * @return e.g. {@code LunarCalendar[UTC+07:00, years 1800-2199]}
     */
    @Override
    public String toString() {
        return "LunarCalendar[UTC" + offset.getId() + ", years " + MIN_YEAR + "-" + MAX_YEAR + "]";
    }
}
