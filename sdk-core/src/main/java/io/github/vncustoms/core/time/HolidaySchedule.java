package io.github.vncustoms.core.time;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The public holidays of one Gregorian year as a {@link WorkingCalendar} applies them, each marked
 * announced or statutory, with an explanation such as {@code "2027: statutory rules, no
 * announcement loaded"}. Returned by {@link WorkingCalendar#holidays(int)}. Immutable and
 * thread-safe.
 *
 * @param year the Gregorian year
 * @param observances the holidays observed that year, in date order
 */
public record HolidaySchedule(int year, List<HolidayObservance> observances) {
    /**
     * Copies and orders the observances.
     *
     * @param year the Gregorian year
     * @param observances the holidays observed that year, in date order
     * @throws NullPointerException if the list or an element is null
     */
    public HolidaySchedule {
        observances = observances.stream()
                .map(o -> Objects.requireNonNull(o, "observance"))
                .sorted(Comparator.comparing(o -> o.daysOff().get(0)))
                .toList();
    }

    /**
     * Tells whether every holiday of the year comes from a loaded announcement.
     *
     * @return {@code true} if no holiday falls back to the statutory rules
     */
    public boolean fullyAnnounced() {
        return observances.stream().allMatch(o -> o.basis() == ScheduleBasis.ANNOUNCED);
    }

    /**
     * Explains where the year's days off come from.
     *
     * @return {@code "<year>: announced schedule loaded"}, {@code "<year>: statutory rules, no
     *     announcement loaded"}, or, when only some holidays are announced, the list of those that
     *     follow the statutory rules
     */
    public String explanation() {
        List<String> statutory = observances.stream()
                .filter(o -> o.basis() == ScheduleBasis.STATUTORY_RULES)
                .flatMap(o -> o.holidays().stream())
                .map(PublicHoliday::displayName)
                .toList();
        if (statutory.isEmpty()) {
            return year + ": announced schedule loaded";
        }
        if (statutory.size() == observances.stream().mapToInt(o -> o.holidays().size()).sum()) {
            return year + ": statutory rules, no announcement loaded";
        }
        return year + ": announced schedule loaded, except " + statutory.stream().collect(Collectors.joining(", "))
                + " (statutory rules, no announcement loaded)";
    }
}
