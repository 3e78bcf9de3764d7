package io.github.vncustoms.core.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A clock moved by hand, for replaying a recorded day, simulations, and tests of the services that
 * take a {@link Clock}: {@code set} jumps to an instant, {@code advance} moves it on.
 *
 * <pre>{@code
 * ManualClock clock = ManualClock.at(Instant.parse("2026-11-20T00:00:00Z"));
 * TransferMonitor monitor = TransferMonitor.builder(units, policy).clock(clock).build();
 * clock.advance(Duration.ofMinutes(30));
 * }</pre>
 *
 * <p>Thread-safe: the instant is read and written atomically; {@link #withZone(ZoneId)} returns a
 * view that follows the same instant.
 */
public final class ManualClock extends Clock {
    private final Object lock;
    private final ZoneId zone;
    private final Instant[] now;

    private ManualClock(Object lock, Instant[] now, ZoneId zone) {
        this.lock = lock;
        this.now = now;
        this.zone = zone;
    }

    /**
     * Creates a clock at an instant, in zone {@code Asia/Ho_Chi_Minh}.
     *
     * @param start the first instant
     * @return the clock
     * @throws NullPointerException if {@code start} is null
     */
    public static ManualClock at(Instant start) {
        return new ManualClock(new Object(), new Instant[] {Objects.requireNonNull(start, "start")}, WorkingCalendar.VIETNAM_ZONE);
    }

    /**
     * Moves the clock to an instant, forwards or backwards.
     *
     * @param instant the new instant
     * @throws NullPointerException if {@code instant} is null
     */
    public void set(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        synchronized (lock) {
            now[0] = instant;
        }
    }

    /**
     * Moves the clock on.
     *
     * @param duration how far; may be negative
     * @return the new instant
     * @throws NullPointerException if {@code duration} is null
     */
    public Instant advance(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        synchronized (lock) {
            now[0] = now[0].plus(duration);
            return now[0];
        }
    }

    @Override
    public Instant instant() {
        synchronized (lock) {
            return now[0];
        }
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new ManualClock(lock, now, Objects.requireNonNull(newZone, "zone"));
    }

    @Override
    public String toString() {
        return "ManualClock[" + instant() + ", " + zone + "]";
    }
}
