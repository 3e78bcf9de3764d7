package io.github.vncustoms.core.time;

import io.github.vncustoms.core.error.ValidationException;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The working periods of a working day, in order and not overlapping. The default,
 * {@link #defaultHours()}, is 07:30–11:30 and 13:00–17:00: 8 hours a day, 40 over a Monday–Friday
 * week as in the civil service's 40-hour week (Decision 188/1999/QĐ-TTg). Offices set their own
 * hours within that week, so configure the ones of the office a deadline runs against.
 * Immutable and thread-safe.
 *
 * @param periods the periods, at least one, sorted by start on creation
 */
public record WorkingHours(List<WorkingPeriod> periods) {
    /**
     * Checks and orders the periods.
     *
     * @param periods the periods, at least one, sorted by start on creation
     * @throws ValidationException if there is no period or two overlap
     * @throws NullPointerException if the list or an element is null
     */
    public WorkingHours {
        periods = periods.stream()
                .map(p -> Objects.requireNonNull(p, "period"))
                .sorted(Comparator.comparing(WorkingPeriod::start))
                .toList();
        if (periods.isEmpty()) {
            throw new ValidationException("periods", "working hours have no period; expected at least one");
        }
        for (int i = 1; i < periods.size(); i++) {
            if (periods.get(i).start().isBefore(periods.get(i - 1).end())) {
                throw new ValidationException("periods", "working periods " + periods.get(i - 1) + " and "
                        + periods.get(i) + " overlap; expected each to start at or after the previous one ends");
            }
        }
    }

    /**
     * Returns working hours made of the given periods.
     *
     * @param periods the periods
     * @return the working hours
     * @throws ValidationException if there is no period or two overlap
     */
    public static WorkingHours of(WorkingPeriod... periods) {
        return new WorkingHours(List.of(periods));
    }

    /**
     * Returns the default public-sector hours: 07:30–11:30 and 13:00–17:00.
     *
     * @return the default hours
     */
    public static WorkingHours defaultHours() {
        return of(WorkingPeriod.of(LocalTime.of(7, 30), LocalTime.of(11, 30)),
                WorkingPeriod.of(LocalTime.of(13, 0), LocalTime.of(17, 0)));
    }

    /**
     * Tells whether a time of day falls in a working period.
     *
     * @param time the local time
     * @return whether some period contains it
     */
    public boolean contains(LocalTime time) {
        Objects.requireNonNull(time, "time");
        return periods.stream().anyMatch(p -> p.contains(time));
    }

    /**
     * Returns the total working time of a day.
     *
     * @return the sum of the periods' lengths
     */
    public Duration perDay() {
        return periods.stream().map(p -> Duration.between(p.start(), p.end())).reduce(Duration.ZERO, Duration::plus);
    }
}
