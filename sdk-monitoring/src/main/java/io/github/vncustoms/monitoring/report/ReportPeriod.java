package io.github.vncustoms.monitoring.report;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.time.WorkingCalendar;
import io.github.vncustoms.monitoring.internal.Fields;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The days a report covers, from the first to the last inclusive, as days in Vietnam
 * (Asia/Ho_Chi_Minh): one day ({@link #ofDay(LocalDate)}) or a range ({@link #of(LocalDate, LocalDate)}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param from the first day
 * @param to the last day; not before {@code from}
 */
public record ReportPeriod(LocalDate from, LocalDate to) {
    /**
     * Validates.
     *
     * @throws ValidationException if a day is missing or the last day is before the first
     */
    public ReportPeriod {
        Fields.present(from, "from", "the first day of the period");
        Fields.present(to, "to", "the last day of the period");
        if (to.isBefore(from)) {
            throw new ValidationException("to", "The report period ends on " + to + " before it starts on " + from
                    + ": expected the last day on or after the first");
        }
    }

    /**
     * Returns the period of one day.
     *
     * @param day the day
     * @return the period
     * @throws ValidationException if the day is missing
     */
    public static ReportPeriod ofDay(LocalDate day) {
        return new ReportPeriod(day, day);
    }

    /**
     * Returns the period of a range of days.
     *
     * @param from the first day
     * @param to the last day, inclusive
     * @return the period
     * @throws ValidationException if a day is missing or the last is before the first
     */
    public static ReportPeriod of(LocalDate from, LocalDate to) {
        return new ReportPeriod(from, to);
    }

    /**
     * Tells whether the period is a single day.
     *
     * @return {@code true} if the first and last days are the same
     */
    public boolean singleDay() {
        return from.equals(to);
    }

    /**
     * Tells whether a day lies in the period.
     *
     * @param day the day
     * @return {@code true} if {@code from <= day <= to}
     */
    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /**
     * Tells whether an instant falls on a day of the period in Vietnam.
     *
     * @param instant the instant
     * @return {@code true} if its day in Asia/Ho_Chi_Minh lies in the period
     */
    public boolean contains(Instant instant) {
        return contains(LocalDate.ofInstant(instant, WorkingCalendar.VIETNAM_ZONE));
    }
}
