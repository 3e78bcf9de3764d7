package io.github.vncustoms.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vncustoms.core.internal.http.Backoff;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** The backoff schedule: jittered delays within their caps, caps that only grow, and a deadline that holds. */
final class BackoffProperties {

    @Provide
    Arbitrary<Backoff> backoffs() {
        return Arbitraries.longs().between(1, 5_000).flatMap(initial -> Arbitraries.longs().between(initial, 120_000)
                .map(max -> new Backoff(Duration.ofMillis(initial), Duration.ofMillis(max))));
    }

    @Property
    void every_delay_lies_between_zero_and_its_cap(@ForAll("backoffs") Backoff backoff,
            @ForAll @IntRange(min = 1, max = 200) int retry, @ForAll @DoubleRange(min = 0, max = 1) double unit) {
        Duration delay = backoff.jittered(retry, unit);

        assertThat(delay).isGreaterThanOrEqualTo(Duration.ZERO).isLessThanOrEqualTo(backoff.cap(retry));
    }

    @Property
    void caps_never_decrease_and_never_pass_the_maximum(@ForAll("backoffs") Backoff backoff,
            @ForAll @IntRange(min = 1, max = 200) int retry) {
        assertThat(backoff.cap(retry + 1)).isGreaterThanOrEqualTo(backoff.cap(retry));
        assertThat(backoff.cap(retry)).isLessThanOrEqualTo(backoff.max());
        assertThat(backoff.cap(1)).isEqualTo(backoff.initial());
    }

    @Property(edgeCases = EdgeCasesMode.MIXIN)
    void the_waits_and_attempts_of_a_whole_call_never_exceed_the_total_timeout(
            @ForAll("backoffs") Backoff backoff,
            @ForAll @LongRange(min = 1, max = 600_000) long totalMillis,
            @ForAll @Size(min = 1, max = 30) List<@LongRange(min = 0, max = 60_000) Long> attemptMillis,
            @ForAll @Size(min = 30, max = 30) List<@DoubleRange(min = 0, max = 1) Double> units,
            @ForAll @Size(min = 30, max = 30) List<@LongRange(min = -1, max = 600) Long> retryAfterSeconds) {
        Duration total = Duration.ofMillis(totalMillis);
        Duration elapsed = Duration.ZERO;
        Duration waited = Duration.ZERO;
        for (int i = 0; i < attemptMillis.size(); i++) {
            // An attempt never outlives the deadline: the client cuts it off there.
            Duration attempt = Duration.ofMillis(attemptMillis.get(i));
            Duration remaining = total.minus(elapsed);
            elapsed = elapsed.plus(attempt.compareTo(remaining) < 0 ? attempt : remaining);
            if (elapsed.compareTo(total) >= 0) {
                break;
            }
            long ra = retryAfterSeconds.get(i);
            Duration retryAfter = ra < 0 ? null : Duration.ofSeconds(ra);
            Optional<Duration> delay = backoff.next(i + 1, retryAfter, total.minus(elapsed), units.get(i));
            if (delay.isEmpty()) {
                break;
            }
            assertThat(delay.get()).isGreaterThanOrEqualTo(Duration.ZERO).isLessThanOrEqualTo(
                    retryAfter == null ? backoff.cap(i + 1) : backoff.max());
            elapsed = elapsed.plus(delay.get());
            waited = waited.plus(delay.get());
            assertThat(elapsed).isLessThan(total);
        }
        assertThat(waited).isLessThanOrEqualTo(total);
        assertThat(elapsed).isLessThanOrEqualTo(total);
    }

    @Property
    void a_retry_after_is_honoured_up_to_the_maximum(@ForAll("backoffs") Backoff backoff,
            @ForAll @LongRange(min = 0, max = 100_000) long retryAfterMillis) {
        Duration retryAfter = Duration.ofMillis(retryAfterMillis);
        Optional<Duration> delay = backoff.next(1, retryAfter, Duration.ofDays(1), 0.5);

        assertThat(delay).contains(retryAfter.compareTo(backoff.max()) <= 0 ? retryAfter : backoff.max());
    }

    @Example
    void caps_double_from_the_initial_delay() {
        Backoff backoff = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(10));

        assertThat(List.of(backoff.cap(1), backoff.cap(2), backoff.cap(3), backoff.cap(6), backoff.cap(7),
                backoff.cap(1000))).containsExactly(Duration.ofMillis(200), Duration.ofMillis(400),
                Duration.ofMillis(800), Duration.ofMillis(6400), Duration.ofSeconds(10), Duration.ofSeconds(10));
    }

    @Example
    void a_delay_that_would_reach_the_deadline_is_not_taken() {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(10));

        assertThat(backoff.next(1, Duration.ofSeconds(5), Duration.ofSeconds(5), 0.5)).isEmpty();
        assertThat(backoff.next(1, Duration.ofSeconds(5), Duration.ofMillis(5001), 0.5)).contains(Duration.ofSeconds(5));
    }
}
