package io.github.vncustoms.core.time;

/**
 * Where a holiday's days off in a year come from. Immutable and thread-safe.
 */
public enum ScheduleBasis {
    /** From a loaded {@link HolidayAnnouncement} of the Government. */
    ANNOUNCED,
    /**
     * From the Labour Code 2019 rules (Art. 111–112) because no announcement is loaded for that
     * holiday and year: the statutory days plus make-up days for those on a weekly rest day.
     */
    STATUTORY_RULES
}
