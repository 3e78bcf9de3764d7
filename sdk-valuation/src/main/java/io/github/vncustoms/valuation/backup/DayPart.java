package io.github.vncustoms.valuation.backup;

import java.time.LocalTime;

/**
 * The part of a day a backup covers (cuối mỗi ngày hoặc mỗi buổi; QĐ 2344 Art. 10.1.đ; VAL-22):
 * the whole day, the morning (00:00–12:00) or the afternoon (12:00–24:00), Hanoi time.
 *
 * <p>Immutable and thread-safe.
 */
public enum DayPart {
    /** 00:00 to 24:00. */
    WHOLE_DAY(LocalTime.MIDNIGHT, 24, ""),
    /** 00:00 to 12:00 (buổi sáng). */
    MORNING(LocalTime.MIDNIGHT, 12, "-morning"),
    /** 12:00 to 24:00 (buổi chiều). */
    AFTERNOON(LocalTime.NOON, 12, "-afternoon");

    private final LocalTime start;
    private final int hours;
    private final String suffix;

    DayPart(LocalTime start, int hours, String suffix) {
        this.start = start;
        this.hours = hours;
        this.suffix = suffix;
    }

    /**
     * Returns when the part starts.
     *
     * @return 00:00 or 12:00
     */
    public LocalTime start() {
        return start;
    }

    /**
     * Returns how long the part lasts.
     *
     * @return 24 or 12
     */
    public int hours() {
        return hours;
    }

    String suffix() {
        return suffix;
    }
}
