package io.github.vncustoms.core.http;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Waits between retries. The default sleeps the calling thread; tests inject one that records the
 * delay and moves a fake {@link java.time.Clock} instead, so that no test sleeps for real.
 *
 * <pre>{@code
 * List<Duration> waits = new ArrayList<>();
 * CustomsHttpClient client = CustomsHttpClient.builder().clock(clock).sleeper(waits::add).build();
 * }</pre>
 *
 * <p>Implementations must be thread-safe when the client is shared between threads.
 */
@FunctionalInterface
public interface Sleeper {
    /**
     * Waits for the given time.
     *
     * @param delay how long to wait, never negative
     * @throws InterruptedException if the thread was interrupted while waiting
     */
    void sleep(Duration delay) throws InterruptedException;

    /**
     * Returns the sleeper that blocks the calling thread. Stateless and thread-safe.
     *
     * @return the system sleeper
     */
    static Sleeper system() {
        return delay -> TimeUnit.NANOSECONDS.sleep(delay.toNanos());
    }
}
