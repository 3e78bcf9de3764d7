package io.github.vncustoms.core.time;

import io.github.vncustoms.core.error.ValidationException;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One stretch of working time within a working day, from {@code start} inclusive to {@code end}
 * exclusive, e.g. 07:30–11:30. Immutable and thread-safe.
 *
 * @param start the first instant of work, local time
 * @param end the first instant after work, local time, later than {@code start}
 */
public record WorkingPeriod(LocalTime start, LocalTime end) {
    /**
     * Checks the period.
     *
     * @param start the first instant of work, local time
     * @param end the first instant after work, local time, later than {@code start}
     * @throws ValidationException if {@code end} is not after {@code start}
     * @throws NullPointerException if a bound is null
     */
    public WorkingPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new ValidationException("end", "working period ends at " + end + ", not after its start " + start
                    + "; expected start < end within one day");
        }
    }

    /**
     * Returns a period.
     *
     * @param start the first instant of work
     * @param end the first instant after work
     * @return the period
     * @throws ValidationException if {@code end} is not after {@code start}
     */
    public static WorkingPeriod of(LocalTime start, LocalTime end) {
        return new WorkingPeriod(start, end);
    }

    /**
     * Tells whether a time of day falls in the period.
     *
     * @param time the local time
     * @return whether {@code start <= time < end}
     */
    public boolean contains(LocalTime time) {
        return !time.isBefore(start) && time.isBefore(end);
    }
}
