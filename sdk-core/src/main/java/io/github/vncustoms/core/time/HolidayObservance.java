package io.github.vncustoms.core.time;

import io.github.vncustoms.core.error.ValidationException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How one holiday (or several announced together) is observed in one year: its days off, make-up
 * days, worked rest days, and whether they were announced or follow the statutory rules. Part of a
 * {@link HolidaySchedule}. Immutable and thread-safe.
 *
 * @param holidays the holidays observed, at least one
 * @param basis announced, or statutory rules because no announcement is loaded
 * @param daysOff the holiday's own days off; under statutory rules these include days that fall
 *     on a weekly rest day
 * @param makeUpDaysOff the make-up days for holidays on a weekly rest day (statutory rules only;
 *     an announcement already lists them among {@code daysOff})
 * @param workedRestDays weekly rest days worked in exchange (announced swaps only)
 * @param description what the days are and why, in English
 * @param source the announcement's source, or the Labour Code articles applied
 */
public record HolidayObservance(Set<PublicHoliday> holidays, ScheduleBasis basis, List<LocalDate> daysOff,
        List<LocalDate> makeUpDaysOff, List<LocalDate> workedRestDays, String description, String source) {
    /**
     * Checks the values and copies the collections.
     *
     * @param holidays the holidays observed, at least one
     * @param basis announced, or statutory rules because no announcement is loaded
     * @param daysOff the holiday's own days off; under statutory rules these include days that fall on a weekly rest day
     * @param makeUpDaysOff the make-up days for holidays on a weekly rest day (statutory rules only; an announcement already lists them among {@code daysOff})
     * @param workedRestDays weekly rest days worked in exchange (announced swaps only)
     * @param description what the days are and why, in English
     * @param source the announcement's source, or the Labour Code articles applied
     * @throws ValidationException if no holiday or no day off is given
     * @throws NullPointerException if a component is null
     */
    public HolidayObservance {
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(source, "source");
        if (holidays.isEmpty()) {
            throw new ValidationException("holidays", "an observance names no holiday; expected at least one");
        }
        holidays = Collections.unmodifiableSet(EnumSet.copyOf(holidays));
        daysOff = List.copyOf(daysOff);
        makeUpDaysOff = List.copyOf(makeUpDaysOff);
        workedRestDays = List.copyOf(workedRestDays);
        if (daysOff.isEmpty()) {
            throw new ValidationException("daysOff", "the observance of " + holidays + " has no day off; expected at least one");
        }
    }
}
