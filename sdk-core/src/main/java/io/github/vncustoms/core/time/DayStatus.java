package io.github.vncustoms.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Whether a day is a working day, and why: the weekly rest day, the holiday and whether it was
 * announced or follows the statutory rules, a make-up day, or a rest day worked in exchange.
 * Returned by {@link WorkingCalendar#status(LocalDate)}.
 *
 * <pre>{@code
 * DayStatus status = calendar.status(LocalDate.of(2026, 1, 2));
 * status.workingDay();     // false
 * status.explanation();    // "2026-01-02 (Friday) is not a working day: announced day off: Tết Dương lịch (swap) (...)"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param date the day
 * @param workingDay whether it is a working day
 * @param reasons why it is not a working day, or why a rest day is worked; empty for an ordinary
 *     working day
 * @param scheduleNote where that year's holidays come from, e.g. {@code "2027: statutory rules, no
 *     announcement loaded"}
 */
public record DayStatus(LocalDate date, boolean workingDay, List<DayReason> reasons, String scheduleNote) {
    /**
     * Checks and copies the values.
     *
     * @param date the day
     * @param workingDay whether it is a working day
     * @param reasons why it is not a working day, or why a rest day is worked; empty for an ordinary working day
     * @param scheduleNote where that year's holidays come from, e.g. {@code "2027: statutory rules, no announcement loaded"}
     * @throws NullPointerException if a component is null
     */
    public DayStatus {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(scheduleNote, "scheduleNote");
        reasons = List.copyOf(reasons);
    }

    /**
     * Tells whether a reason of a kind applies.
     *
     * @param kind the kind of reason
     * @return whether {@link #reasons()} holds one of that kind
     */
    public boolean has(DayReason.Kind kind) {
        return reasons.stream().anyMatch(r -> r.kind() == kind);
    }

    /**
     * Explains the status in one English sentence, ending with the schedule note.
     *
     * @return e.g. {@code "2027-09-01 (Wednesday) is not a working day: National Day 2027 (statutory
     *     rules, no announcement loaded) [2027: statutory rules, no announcement loaded]"}
     */
    public String explanation() {
        String day = date + " (" + date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ")";
        String verdict = workingDay ? " is a working day" : " is not a working day";
        String why = reasons.isEmpty() ? "" : ": " + reasons.stream().map(DayReason::description)
                .collect(Collectors.joining("; "));
        return day + verdict + why + " [" + scheduleNote + "]";
    }

    /**
     * Returns the day of week, for convenience.
     *
     * @return {@code date().getDayOfWeek()}
     */
    public DayOfWeek dayOfWeek() {
        return date.getDayOfWeek();
    }
}
