package io.github.vncustoms.core.time;

import io.github.vncustoms.core.error.ValidationException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One month of a lunar year: its number, whether it is the leap month, its first Gregorian day and
 * its length (29 or 30 days). Returned by {@link LunarYear#months()}. Immutable and thread-safe.
 *
 * @param year the lunar year it belongs to
 * @param month the month number, 1 to 12
 * @param leap whether it is the leap month repeating {@code month}
 * @param firstDay the Gregorian day of its first day, the day of a new moon in Vietnam
 * @param length its number of days, 29 or 30
 */
public record LunarMonth(int year, int month, boolean leap, LocalDate firstDay, int length) {
    /**
     * Checks the values.
     *
     * @param year the lunar year it belongs to
     * @param month the month number, 1 to 12
     * @param leap whether it is the leap month repeating {@code month}
     * @param firstDay the Gregorian day of its first day, the day of a new moon in Vietnam
     * @param length its number of days, 29 or 30
     * @throws ValidationException if the month or length is out of range
     * @throws NullPointerException if {@code firstDay} is null
     */
    public LunarMonth {
        Objects.requireNonNull(firstDay, "firstDay");
        if (month < 1 || month > 12) {
            throw new ValidationException("month", "lunar month " + month + " does not exist; expected 1 to 12");
        }
        if (length != 29 && length != 30) {
            throw new ValidationException("length", "a lunar month has " + length + " days; expected 29 or 30");
        }
    }

    /**
     * Returns the Gregorian day of its last day.
     *
     * @return {@code firstDay + length - 1}
     */
    public LocalDate lastDay() {
        return firstDay.plusDays(length - 1L);
    }

    /**
     * Tells whether a Gregorian day falls in this month.
     *
     * @param date the day
     * @return whether {@code firstDay <= date <= lastDay()}
     */
    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay) && !date.isAfter(lastDay());
    }

    /**
     * Returns a day of this month.
     *
     * @param day the day of the month, 1 to {@link #length()}
     * @return the lunar date
     * @throws ValidationException if the month has no such day
     */
    public LunarDate day(int day) {
        if (day < 1 || day > length) {
            throw new ValidationException("day", "lunar month " + name() + " has " + length
                    + " days, so it has no day " + day + "; expected 1 to " + length);
        }
        return new LunarDate(year, month, day, leap);
    }

    /**
     * Returns the month as {@code year-month}, with {@code L} after a leap month.
     *
     * @return e.g. {@code 2023-02L}
     */
    String name() {
        return String.format("%04d-%02d%s", year, month, leap ? "L" : "");
    }
}
