package io.github.vncustoms.core.internal.audit;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One file of a JSON Lines journal, named after the sequence of its first entry and that entry's
 * day in Asia/Ho_Chi_Minh: {@code journal-00000000000000000001-20260217.jsonl}, and
 * {@code .jsonl.gz} once archived. Files sort by the sequence in their names.
 *
 * <p>Immutable and thread-safe.
 *
 * @param directory the journal directory
 * @param firstSequence the sequence of the file's first entry
 * @param day the day of the file's first entry, Asia/Ho_Chi_Minh
 * @param gzipped whether the file is archived with gzip
 */
public record SegmentFile(Path directory, long firstSequence, LocalDate day, boolean gzipped) {
    /** The zone every day of the journal is counted in. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Pattern NAME = Pattern.compile("journal-(\\d{20})-(\\d{8})\\.jsonl(\\.gz)?");
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    /**
     * Reads a file name.
     *
     * @param directory the directory
     * @param fileName the name
     * @return the segment, or {@code null} if the name is not a journal file's
     */
    public static SegmentFile parse(Path directory, String fileName) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            return null;
        }
        try {
            return new SegmentFile(directory, Long.parseLong(m.group(1)), LocalDate.parse(m.group(2), BASIC), m.group(3) != null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The segment that starts with an entry.
     *
     * @param directory the directory
     * @param sequence the entry's sequence
     * @param timestamp the entry's time
     * @return the segment, not gzipped
     */
    public static SegmentFile startingWith(Path directory, long sequence, Instant timestamp) {
        return new SegmentFile(directory, sequence, LocalDate.ofInstant(timestamp, ZONE), false);
    }

    /**
     * Returns the file name.
     *
     * @return e.g. {@code journal-00000000000000000001-20260217.jsonl}
     */
    public String fileName() {
        return baseName() + (gzipped ? ".gz" : "");
    }

    /**
     * Returns the name without the gzip suffix.
     *
     * @return the {@code .jsonl} name
     */
    public String baseName() {
        return String.format("journal-%020d-%s.jsonl", firstSequence, BASIC.format(day));
    }

    /**
     * Returns the file's path.
     *
     * @return the path
     */
    public Path path() {
        return directory.resolve(fileName());
    }

    /**
     * Returns this segment archived.
     *
     * @return the gzipped segment
     */
    public SegmentFile archived() {
        return new SegmentFile(directory, firstSequence, day, true);
    }

    /**
     * Returns the first instant of the day after this file's day: entries from then on go to a new file
     * when rotating daily.
     *
     * @return the instant
     */
    public Instant dayEnd() {
        return day.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    /**
     * Returns the first instant of this file's day.
     *
     * @return the instant
     */
    public Instant dayStart() {
        return day.atStartOfDay(ZONE).toInstant();
    }
}
