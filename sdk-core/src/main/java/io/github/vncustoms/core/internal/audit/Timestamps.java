package io.github.vncustoms.core.internal.audit;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Writes and reads instants as ISO-8601 UTC text ({@code 2026-02-17T01:00:00.123Z}) the way
 * {@link Instant#toString()} does for years 0000–9999, without the formatter's cost: the journal
 * writes one per entry and the verifier reads a million.
 *
 * <p>Stateless and thread-safe.
 */
public final class Timestamps {
    /** The earliest instant a journal accepts: 0000-01-01T00:00:00Z. */
    public static final Instant MIN = Instant.parse("0000-01-01T00:00:00Z");
    /** The latest instant a journal accepts: 9999-12-31T23:59:59.999999999Z. */
    public static final Instant MAX = Instant.parse("9999-12-31T23:59:59.999999999Z");

    private Timestamps() {}

    /**
     * Appends an instant between {@link #MIN} and {@link #MAX} as ISO-8601 text, without quotes.
     *
     * @param sink where to write
     * @param t the instant
     */
    public static void write(ByteSink sink, Instant t) {
        long seconds = t.getEpochSecond();
        long day = Math.floorDiv(seconds, 86_400L);
        int secondOfDay = (int) Math.floorMod(seconds, 86_400L);
        LocalDate date = LocalDate.ofEpochDay(day);
        sink.padded(date.getYear(), 4);
        sink.put('-');
        sink.padded(date.getMonthValue(), 2);
        sink.put('-');
        sink.padded(date.getDayOfMonth(), 2);
        sink.put('T');
        sink.padded(secondOfDay / 3600, 2);
        sink.put(':');
        sink.padded(secondOfDay / 60 % 60, 2);
        sink.put(':');
        sink.padded(secondOfDay % 60, 2);
        int nano = t.getNano();
        if (nano != 0) {
            sink.put('.');
            if (nano % 1_000_000 == 0) {
                sink.padded(nano / 1_000_000, 3);
            } else if (nano % 1000 == 0) {
                sink.padded(nano / 1000, 6);
            } else {
                sink.padded(nano, 9);
            }
        }
        sink.put('Z');
    }

    /**
     * Reads the text {@link #write} produces (any 0–9 fraction digits are accepted).
     *
     * @param s the text
     * @return the instant
     * @throws IllegalArgumentException if the text is not such an instant
     */
    public static Instant parse(String s) {
        int n = s.length();
        if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
                || s.charAt(16) != ':' || s.charAt(n - 1) != 'Z') {
            throw new IllegalArgumentException("'" + s + "' is not an ISO-8601 UTC instant such as 2026-02-17T01:00:00Z");
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int dayOfMonth = digits(s, 8, 10);
        int hour = digits(s, 11, 13);
        int minute = digits(s, 14, 16);
        int second = digits(s, 17, 19);
        int nano = 0;
        if (n > 20) {
            int fractionDigits = n - 21;
            if (s.charAt(19) != '.' || fractionDigits < 1 || fractionDigits > 9) {
                throw new IllegalArgumentException("'" + s + "' has a malformed fraction of a second: expected 1 to 9 digits");
            }
            nano = digits(s, 20, n - 1);
            for (int i = fractionDigits; i < 9; i++) {
                nano *= 10;
            }
        }
        if (hour > 23 || minute > 59 || second > 59) {
            throw new IllegalArgumentException("'" + s + "' has a time of day out of range");
        }
        try {
            long day = LocalDate.of(year, month, dayOfMonth).toEpochDay();
            return Instant.ofEpochSecond(day * 86_400L + hour * 3600L + minute * 60L + second, nano);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + s + "' is not a valid date: " + e.getMessage(), e);
        }
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("'" + s + "' has '" + c + "' where a digit was expected");
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
