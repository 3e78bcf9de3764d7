package io.github.vncustoms.core.time;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One reason a day is, or is not, a working day, as listed by {@link DayStatus#reasons()}.
 * Immutable and thread-safe.
 *
 * @param kind what kind of reason it is
 * @param holidays the holidays involved; empty for a plain weekly rest day
 * @param description the reason in English, e.g. {@code "National Day 2027 (statutory rules, no
 *     announcement loaded)"}
 * @param source the announcement's source, or the article of the Labour Code 2019 applied
 */
public record DayReason(Kind kind, Set<PublicHoliday> holidays, String description, String source) {

    /** The kinds of reason. Immutable and thread-safe. */
    public enum Kind {
        /** The day is one of the calendar's weekly rest days (Labour Code 2019 Art. 111). */
        WEEKLY_REST_DAY,
        /** The day is a public holiday under the statutory rules; no announcement is loaded for it. */
        STATUTORY_HOLIDAY,
        /**
         * The day is off in lieu of a holiday that fell on a weekly rest day (Art. 111(3)), under the
         * statutory rules.
         */
        MAKE_UP_DAY_OFF,
        /**
         * The day is off by a loaded announcement: a holiday, a make-up day, or a weekday off
         * swapped against a worked rest day, as the announcement's basis says.
         */
        ANNOUNCED_DAY_OFF,
        /** The day is a weekly rest day that is worked in exchange for a day off (an announced swap). */
        WORKED_REST_DAY
    }

    /**
     * Checks and copies the values.
     *
     * @param kind what kind of reason it is
     * @param holidays the holidays involved; empty for a plain weekly rest day
     * @param description the reason in English, e.g. {@code "National Day 2027 (statutory rules, no announcement loaded)"}
     * @param source the announcement's source, or the article of the Labour Code 2019 applied
     * @throws NullPointerException if a component is null
     */
    public DayReason {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(source, "source");
        holidays = holidays.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(holidays));
    }

    /**
     * Tells whether this reason makes the day a day off.
     *
     * @return {@code true} for every kind except {@link Kind#WORKED_REST_DAY}
     */
    public boolean dayOff() {
        return kind != Kind.WORKED_REST_DAY;
    }
}
