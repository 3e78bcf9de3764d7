package io.github.vncustoms.core.time;

import io.github.vncustoms.core.error.ValidationException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The Government's yearly announcement of the days off for one public holiday (or several
 * announced together, such as 30 April and 1 May): the days off for civil servants and public
 * employees, and any weekly rest day worked in exchange for one of them (a swap), with the basis and
 * the source it was read in.
 *
 * <pre>{@code
 * HolidayAnnouncement newYear2026 = new HolidayAnnouncement(2026, Set.of(PublicHoliday.NEW_YEAR),
 *         "Tết Dương lịch", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 4),
 *         List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2)), List.of(LocalDate.of(2026, 1, 10)),
 *         "Fri 2/1 off swapped with Sat 10/1 (CV 12729/VPCP-KGVX)", "https://...", "solid");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param year the Gregorian year of the holiday, {@value WorkingCalendar#MIN_YEAR} to
 *     {@value WorkingCalendar#MAX_YEAR}
 * @param holidays the holidays it covers, at least one
 * @param title the holiday as the source names it
 * @param breakStart the first calendar day of the break, weekend days included
 * @param breakEnd the last calendar day of the break
 * @param daysOff the days off, within the break, at least one; sorted and deduplicated on creation
 * @param workedRestDays weekly rest days worked in exchange, outside the break; sorted and deduplicated
 * @param basis how the days were fixed, e.g. the official letter; may be empty
 * @param source where it was read; not blank
 * @param confidence how sure the source is, e.g. {@code solid}, {@code derived}, {@code medium}; may be empty
 */
public record HolidayAnnouncement(int year, Set<PublicHoliday> holidays, String title, LocalDate breakStart,
        LocalDate breakEnd, List<LocalDate> daysOff, List<LocalDate> workedRestDays, String basis, String source,
        String confidence) {

    /**
     * Checks the announcement and copies its collections.
     *
     * @param year the Gregorian year of the holiday, {@value WorkingCalendar#MIN_YEAR} to {@value WorkingCalendar#MAX_YEAR}
     * @param holidays the holidays it covers, at least one
     * @param title the holiday as the source names it
     * @param breakStart the first calendar day of the break, weekend days included
     * @param breakEnd the last calendar day of the break
     * @param daysOff the days off, within the break, at least one; sorted and deduplicated on creation
     * @param workedRestDays weekly rest days worked in exchange, outside the break; sorted and deduplicated
     * @param basis how the days were fixed, e.g. the official letter; may be empty
     * @param source where it was read; not blank
     * @param confidence how sure the source is, e.g. {@code solid}, {@code derived}, {@code medium}; may be empty
     * @throws ValidationException if a value is missing, out of range or inconsistent
     * @throws NullPointerException if a component is null
     */
    public HolidayAnnouncement {
        Objects.requireNonNull(holidays, "holidays");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(breakStart, "breakStart");
        Objects.requireNonNull(breakEnd, "breakEnd");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(confidence, "confidence");
        String what = "announcement " + year + " \"" + title + "\"";
        if (year < WorkingCalendar.MIN_YEAR || year > WorkingCalendar.MAX_YEAR) {
            throw new ValidationException("year", what + ": year is outside the supported range; expected "
                    + WorkingCalendar.MIN_YEAR + " to " + WorkingCalendar.MAX_YEAR);
        }
        if (holidays.isEmpty()) {
            throw new ValidationException("holidays", what + ": names no holiday; expected at least one PublicHoliday");
        }
        holidays = Collections.unmodifiableSet(EnumSet.copyOf(holidays));
        for (PublicHoliday holiday : holidays) {
            if (!holiday.observedIn(year)) {
                throw new ValidationException("holidays", what + ": " + holiday + " is not a holiday in " + year
                        + "; expected a holiday observed that year");
            }
        }
        if (title.isBlank()) {
            throw new ValidationException("title", "announcement " + year + ": title is blank; expected the holiday's name");
        }
        if (source.isBlank()) {
            throw new ValidationException("source", what + ": source is blank; expected where the days were read");
        }
        if (breakEnd.isBefore(breakStart)) {
            throw new ValidationException("breakEnd", what + ": break ends " + breakEnd + " before it starts "
                    + breakStart + "; expected breakStart <= breakEnd");
        }
        daysOff = sortedDistinct(daysOff);
        workedRestDays = sortedDistinct(workedRestDays);
        if (daysOff.isEmpty()) {
            throw new ValidationException("daysOff", what + ": lists no day off; expected at least one");
        }
        for (LocalDate day : daysOff) {
            if (day.isBefore(breakStart) || day.isAfter(breakEnd)) {
                throw new ValidationException("daysOff", what + ": day off " + day + " is outside the break; expected "
                        + breakStart + " to " + breakEnd);
            }
        }
        for (LocalDate day : workedRestDays) {
            if (!day.isBefore(breakStart) && !day.isAfter(breakEnd)) {
                throw new ValidationException("workedRestDays", what + ": worked day " + day
                        + " is inside the break; expected a day outside " + breakStart + " to " + breakEnd);
            }
            if (Math.abs(day.getYear() - year) > 1) {
                throw new ValidationException("workedRestDays", what + ": worked day " + day
                        + " is too far from the holiday; expected a day in " + (year - 1) + " to " + (year + 1));
            }
        }
        if (Math.abs(breakStart.getYear() - year) > 1 || Math.abs(breakEnd.getYear() - year) > 1) {
            throw new ValidationException("breakStart", what + ": break " + breakStart + " to " + breakEnd
                    + " is too far from the holiday; expected days in " + (year - 1) + " to " + (year + 1));
        }
    }

    private static List<LocalDate> sortedDistinct(Collection<LocalDate> days) {
        Objects.requireNonNull(days, "days");
        return days.stream().map(d -> Objects.requireNonNull(d, "day")).distinct().sorted().toList();
    }

    /**
     * Tells whether the announcement covers a holiday.
     *
     * @param holiday the holiday
     * @return whether {@link #holidays()} contains it
     */
    public boolean covers(PublicHoliday holiday) {
        return holidays.contains(holiday);
    }

    /**
     * Describes the announcement for people, e.g. in a {@link DayReason}.
     *
     * @return the title followed by the basis, if any
     */
    public String describe() {
        return basis.isBlank() ? title : title + " (" + basis + ")";
    }
}
