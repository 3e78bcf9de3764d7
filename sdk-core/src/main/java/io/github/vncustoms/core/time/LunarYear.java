package io.github.vncustoms.core.time;

import io.github.vncustoms.core.error.ValidationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The months of one lunar year, from month 1 (whose first day is the Lunar New Year) to month 12,
 * with the leap month, if any, after the month whose number it repeats. Returned by
 * {@link LunarCalendar#year(int)}. Immutable and thread-safe.
 *
 * @param year the lunar year, named by the Gregorian year its month 1 starts in
 * @param months its 12 or 13 months in order
 */
public record LunarYear(int year, List<LunarMonth> months) {
    /**
     * Checks the months and copies the list.
     *
     * @param year the lunar year, named by the Gregorian year its month 1 starts in
     * @param months its 12 or 13 months in order
     * @throws ValidationException if there are not 12 or 13 months, or they do not follow each other
     * @throws NullPointerException if {@code months} is null
     */
    public LunarYear {
        months = List.copyOf(months);
        if (months.size() != 12 && months.size() != 13) {
            throw new ValidationException("months", "lunar year " + year + " has " + months.size()
                    + " months; expected 12 or 13");
        }
        for (int i = 1; i < months.size(); i++) {
            if (!months.get(i).firstDay().equals(months.get(i - 1).lastDay().plusDays(1))) {
                throw new ValidationException("months", "month " + months.get(i).name()
                        + " does not start the day after the month before it ends; expected consecutive months");
            }
        }
    }

    /**
     * Returns the first day of the year, the Lunar New Year (Tết Nguyên đán).
     *
     * @return the Gregorian day of lunar 1/1
     */
    public LocalDate firstDay() {
        return months.get(0).firstDay();
    }

    /**
     * Returns the last day of the year, the eve of the next Lunar New Year.
     *
     * @return the Gregorian day of the last day of month 12
     */
    public LocalDate lastDay() {
        return months.get(months.size() - 1).lastDay();
    }

    /**
     * Returns the number of the leap month.
     *
     * @return the month number the leap month repeats, or empty in a year of 12 months
     */
    public OptionalInt leapMonth() {
        return months.stream().filter(LunarMonth::leap).mapToInt(LunarMonth::month).findFirst();
    }

    /**
     * Looks up a month.
     *
     * @param month the month number, 1 to 12
     * @param leap whether the leap month is wanted
     * @return the month, or empty if the year has no such (leap) month
     */
    public Optional<LunarMonth> month(int month, boolean leap) {
        return months.stream().filter(m -> m.month() == month && m.leap() == leap).findFirst();
    }

    /**
     * Returns the month that holds a Gregorian day.
     *
     * @param date a day between {@link #firstDay()} and {@link #lastDay()}
     * @return the month holding it
     * @throws ValidationException if the day is not in this lunar year
     */
    public LunarMonth monthOf(LocalDate date) {
        Objects.requireNonNull(date, "date");
        for (LunarMonth m : months) {
            if (m.contains(date)) {
                return m;
            }
        }
        throw new ValidationException("date", date + " is not in lunar year " + year + "; expected "
                + firstDay() + " to " + lastDay());
    }

    /**
     * Returns the number of days in the year.
     *
     * @return 353 to 355 in a common year, 383 to 385 in a leap year
     */
    public int lengthInDays() {
        return months.stream().mapToInt(LunarMonth::length).sum();
    }
}
