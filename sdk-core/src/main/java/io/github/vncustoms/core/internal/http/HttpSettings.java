package io.github.vncustoms.core.internal.http;

import io.github.vncustoms.core.http.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;
import javax.net.ssl.SSLContext;

/**
 * Everything the engine needs, already checked by the public builder. Immutable.
 *
 * @param connectTimeout the longest wait for a TCP (and TLS) connection
 * @param readTimeout the longest wait for the next bytes of an answer
 * @param totalTimeout the deadline across all attempts and waits
 * @param maxRetries how many times an idempotent request is sent again
 * @param backoff the delays between attempts
 * @param maxResponseBytes the largest body read
 * @param sslContext the TLS context (trust and client certificate)
 * @param userAgent the {@code User-Agent} header
 * @param clock the clock for deadlines and {@code Retry-After} dates
 * @param sleeper waits between attempts
 * @param random the jitter source, or {@code null} for a thread-local one
 */
public record HttpSettings(Duration connectTimeout, Duration readTimeout, Duration totalTimeout, int maxRetries,
        Backoff backoff, long maxResponseBytes, SSLContext sslContext, String userAgent, Clock clock, Sleeper sleeper,
        RandomGenerator random) {

    /** Checks that nothing required is missing. */
    public HttpSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(totalTimeout, "totalTimeout");
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(sslContext, "sslContext");
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(sleeper, "sleeper");
    }
}
