package io.github.vncustoms.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vncustoms.core.internal.http.RetryAfter;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Both forms of {@code Retry-After} (RFC 9110 section 10.2.3), and what is ignored. */
final class RetryAfterTest {
    private static final Instant NOW = Instant.parse("2026-10-21T07:27:00Z");

    @Test
    void deltaSeconds_isADelay() {
        assertThat(RetryAfter.parse("120", NOW)).contains(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse(" 0 ", NOW)).contains(Duration.ZERO);
        assertThat(RetryAfter.parse("0007", NOW)).contains(Duration.ofSeconds(7));
        assertThat(RetryAfter.parse("99999999999999999999", NOW)).hasValueSatisfying(d ->
                assertThat(d).isGreaterThan(Duration.ofDays(365)));
    }

    @Test
    void anHttpDate_isTheTimeUntilThatDate_andZeroWhenPast() {
        assertThat(RetryAfter.parse("Wed, 21 Oct 2026 07:28:00 GMT", NOW)).contains(Duration.ofSeconds(60));
        assertThat(RetryAfter.parse("Wed, 21 Oct 2026 07:00:00 GMT", NOW)).contains(Duration.ZERO);
    }

    @Test
    void somethingElse_isIgnored() {
        assertThat(RetryAfter.parse(null, NOW)).isEmpty();
        assertThat(RetryAfter.parse("", NOW)).isEmpty();
        assertThat(RetryAfter.parse("-5", NOW)).isEmpty();
        assertThat(RetryAfter.parse("1.5", NOW)).isEmpty();
        assertThat(RetryAfter.parse("tomorrow", NOW)).isEmpty();
    }
}
