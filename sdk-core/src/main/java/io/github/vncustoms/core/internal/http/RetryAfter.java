package io.github.vncustoms.core.internal.http;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads an HTTP {@code Retry-After} header (RFC 9110 section 10.2.3). Stateless.
 */
public final class RetryAfter {
    /** Beyond this many digits a delta is longer than any backoff cap; treat it as "very long". */
    private static final int MAX_DIGITS = 9;

    private RetryAfter() {}

    /**
     * Parses either form of the header: delta-seconds ({@code 120}) or an HTTP-date
     * ({@code Wed, 21 Oct 2026 07:28:00 GMT}).
     *
     * @param value the header value, or {@code null} when absent
     * @param now the current instant, to turn a date into a delay
     * @return the delay (zero for a date in the past), or empty when absent or malformed
     */
    public static Optional<Duration> parse(String value, Instant now) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip();
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (v.chars().allMatch(c -> c >= '0' && c <= '9')) {
            String digits = v.replaceFirst("^0+(?=.)", "");
            return Optional.of(digits.length() > MAX_DIGITS
                    ? Duration.ofSeconds(999_999_999L)
                    : Duration.ofSeconds(Long.parseLong(digits)));
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration delay = Duration.between(now, at);
            return Optional.of(delay.isNegative() ? Duration.ZERO : delay);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
