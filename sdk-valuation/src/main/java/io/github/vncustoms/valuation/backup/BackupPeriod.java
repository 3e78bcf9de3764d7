package io.github.vncustoms.valuation.backup;

import io.github.vncustoms.core.time.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The period a backup covers (QĐ 2344 Art. 10.1.đ; VAL-22): a Hanoi day, or its morning or
 * afternoon. The period starts at its start, inclusive, and ends at its end, exclusive.
 *
 * <pre>{@code
 * BackupPeriod.afternoon(LocalDate.of(2026, 11, 20)).start();   // 2026-11-20T05:00:00Z
 * BackupPeriod.day(LocalDate.of(2026, 11, 20)).fileName();      // valuation-observations-2026-11-20.jsonl
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param day the day, Asia/Ho_Chi_Minh
 * @param part the part of the day
 */
public record BackupPeriod(LocalDate day, DayPart part) {
    /** Checks that both parts are present. */
    public BackupPeriod {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(part, "part");
    }

    /**
     * A whole day.
     *
     * @param day the day
     * @return the period 00:00–24:00
     */
    public static BackupPeriod day(LocalDate day) {
        return new BackupPeriod(day, DayPart.WHOLE_DAY);
    }

    /**
     * A morning.
     *
     * @param day the day
     * @return the period 00:00–12:00
     */
    public static BackupPeriod morning(LocalDate day) {
        return new BackupPeriod(day, DayPart.MORNING);
    }

    /**
     * An afternoon.
     *
     * @param day the day
     * @return the period 12:00–24:00
     */
    public static BackupPeriod afternoon(LocalDate day) {
        return new BackupPeriod(day, DayPart.AFTERNOON);
    }

    /**
     * Returns when the period starts.
     *
     * @return the first instant covered
     */
    public Instant start() {
        return day.atTime(part.start()).atZone(WorkingCalendar.VIETNAM_ZONE).toInstant();
    }

    /**
     * Returns when the period ends.
     *
     * @return the first instant after it
     */
    public Instant end() {
        return start().plus(Duration.ofHours(part.hours()));
    }

    /**
     * Tells whether an instant lies in the period.
     *
     * @param instant the instant
     * @return {@code true} if at or after the start and before the end
     */
    public boolean contains(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        return !instant.isBefore(start()) && instant.isBefore(end());
    }

    /**
     * Returns a file name for the period's backup.
     *
     * @return e.g. {@code valuation-observations-2026-11-20-morning.jsonl}
     */
    public String fileName() {
        return "valuation-observations-" + day + part.suffix() + ".jsonl";
    }
}
