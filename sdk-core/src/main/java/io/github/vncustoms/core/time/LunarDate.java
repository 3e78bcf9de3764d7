package io.github.vncustoms.core.time;

import io.github.vncustoms.core.error.ValidationException;
import java.util.Comparator;

/**
 * A day of the Vietnamese lunar calendar (âm lịch): lunar year, month, day, and whether the month
 * is the year's leap month (tháng nhuận), which repeats the number of the month before it.
 *
 * <p>The constructor checks ranges only: year {@value LunarCalendar#MIN_YEAR} to
 * {@value LunarCalendar#MAX_YEAR}, month 1–12, day 1–30. Whether the day exists (a month has 29 or
 * 30 days; a year has at most one leap month) depends on the astronomy and is checked by
 * {@link LunarCalendar#toSolar(LunarDate)} and {@link LunarCalendar#isValid(LunarDate)}.
 *
 * <pre>{@code
 * LunarDate hungKings = LunarDate.of(2025, 3, 10);
 * LocalDate day = LunarCalendar.create().toSolar(hungKings);   // 2025-04-07
 * }</pre>
 *
 * <p>Ordered by year, month, leap flag (a leap month follows its namesake), then day. Immutable and
 * thread-safe.
 *
 * @param year the lunar year, named by the Gregorian year its first month starts in
 * @param month the month number, 1 to 12
 * @param day the day of the month, 1 to 30
 * @param leapMonth whether the month is the leap month that repeats {@code month}
 */
public record LunarDate(int year, int month, int day, boolean leapMonth) implements Comparable<LunarDate> {
    private static final Comparator<LunarDate> ORDER = Comparator.comparingInt(LunarDate::year)
            .thenComparingInt(LunarDate::month)
            .thenComparing(LunarDate::leapMonth)
            .thenComparingInt(LunarDate::day);

    /**
     * Checks the ranges.
     *
     * @param year the lunar year, named by the Gregorian year its first month starts in
     * @param month the month number, 1 to 12
     * @param day the day of the month, 1 to 30
     * @param leapMonth whether the month is the leap month that repeats {@code month}
     * @throws ValidationException if the year, month or day is out of range
     */
    public LunarDate {
        if (year < LunarCalendar.MIN_YEAR || year > LunarCalendar.MAX_YEAR) {
            throw new ValidationException("year", "lunar year " + year + " is outside the supported range; expected "
                    + LunarCalendar.MIN_YEAR + " to " + LunarCalendar.MAX_YEAR);
        }
        if (month < 1 || month > 12) {
            throw new ValidationException("month", "lunar month " + month + " does not exist; expected 1 to 12");
        }
        if (day < 1 || day > 30) {
            throw new ValidationException("day", "lunar day " + day + " does not exist; expected 1 to 30");
        }
    }

    /**
     * Returns a day of an ordinary (non-leap) month.
     *
     * @param year the lunar year
     * @param month the month, 1 to 12
     * @param day the day, 1 to 30
     * @return the lunar date
     * @throws ValidationException if a value is out of range
     */
    public static LunarDate of(int year, int month, int day) {
        return new LunarDate(year, month, day, false);
    }

    /**
     * Returns a day of an ordinary or leap month.
     *
     * @param year the lunar year
     * @param month the month, 1 to 12
     * @param day the day, 1 to 30
     * @param leapMonth whether the month is the leap month repeating {@code month}
     * @return the lunar date
     * @throws ValidationException if a value is out of range
     */
    public static LunarDate of(int year, int month, int day, boolean leapMonth) {
        return new LunarDate(year, month, day, leapMonth);
    }

    @Override
    public int compareTo(LunarDate other) {
        return ORDER.compare(this, other);
    }

    /**
     * Returns the date as {@code year-month-day}, with {@code L} after a leap month, e.g.
     * {@code 2023-02L-15}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return String.format("%04d-%02d%s-%02d", year, month, leapMonth ? "L" : "", day);
    }
}
