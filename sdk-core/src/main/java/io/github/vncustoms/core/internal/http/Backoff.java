package io.github.vncustoms.core.internal.http;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Exponential backoff with full jitter, bounded by a maximum and by the time left before the total
 * deadline.
 *
 * <p>Before retry {@code n} (1 for the first retry) the cap is {@code min(max, initial * 2^(n-1))},
 * and the delay is drawn uniformly from {@code [0, cap]}: full jitter spreads the retries of many
 * clients that failed together (AWS Architecture Blog, "Exponential Backoff and Jitter"). A server's
 * {@code Retry-After} replaces the drawn delay, still capped by {@code max}. A delay that would reach
 * the deadline is not taken at all: there would be no time left for the attempt it waits for.
 *
 * <p>Immutable and thread-safe.
 *
 * @param initial the cap of the first retry, positive
 * @param max the largest delay ever taken, at least {@code initial}
 */
public record Backoff(Duration initial, Duration max) {

    /**
     * Checks that both durations are positive and {@code initial <= max}.
     *
     * @throws IllegalArgumentException if they are not
     */
    public Backoff {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(max, "max");
        if (initial.isNegative() || initial.isZero() || initial.compareTo(max) > 0) {
            throw new IllegalArgumentException("backoff " + initial + ".." + max + " is not 0 < initial <= max");
        }
    }

    /**
     * Returns the cap of the delay before a retry.
     *
     * @param retry the retry, 1 for the first
     * @return {@code min(max, initial * 2^(retry-1))}
     */
    public Duration cap(int retry) {
        if (retry < 1) {
            throw new IllegalArgumentException("retry " + retry + " is less than 1");
        }
        long initialNanos = initial.toNanos();
        long maxNanos = max.toNanos();
        int shift = retry - 1;
        // Doubling past max (or past a long) would overflow; the cap is max from there on.
        if (shift >= 62 || initialNanos > (maxNanos >> shift)) {
            return max;
        }
        return Duration.ofNanos(Math.min(maxNanos, initialNanos << shift));
    }

    /**
     * Returns a jittered delay: the cap scaled by a uniform random number.
     *
     * @param retry the retry, 1 for the first
     * @param unit a random number in {@code [0, 1]}
     * @return a delay in {@code [0, cap(retry)]}
     */
    public Duration jittered(int retry, double unit) {
        if (!(unit >= 0.0 && unit <= 1.0)) {
            throw new IllegalArgumentException("random unit " + unit + " is outside [0, 1]");
        }
        long capNanos = cap(retry).toNanos();
        return Duration.ofNanos(Math.min(capNanos, Math.round(capNanos * unit)));
    }

    /**
     * Plans the delay before a retry, or says there is no time for one.
     *
     * @param retry the retry, 1 for the first
     * @param retryAfter the server's {@code Retry-After}, or {@code null} when it gave none
     * @param remaining the time left before the total deadline
     * @param unit a random number in {@code [0, 1]}
     * @return the delay, or empty when waiting it would reach the deadline
     */
    public Optional<Duration> next(int retry, Duration retryAfter, Duration remaining, double unit) {
        Objects.requireNonNull(remaining, "remaining");
        Duration delay = retryAfter == null
                ? jittered(retry, unit)
                : (retryAfter.isNegative() ? Duration.ZERO : min(retryAfter, max));
        return delay.compareTo(remaining) < 0 ? Optional.of(delay) : Optional.empty();
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
