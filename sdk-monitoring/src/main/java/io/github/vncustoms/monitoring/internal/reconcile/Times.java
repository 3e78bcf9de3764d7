package io.github.vncustoms.monitoring.internal.reconcile;

import io.github.vncustoms.core.error.ValidationException;
import java.time.Instant;

/**
 * Instants as nanoseconds since the epoch in a {@code long}, so that per-file state holds primitive
 * fields instead of the events' {@link Instant} objects. Covers 1678 to 2261, well beyond the
 * years the SDK's calendars support. Stateless.
 */
final class Times {
    /** No time yet. */
    static final long NONE = Long.MIN_VALUE;
    private static final long NANOS = 1_000_000_000L;
    private static final long MAX_SECONDS = Long.MAX_VALUE / NANOS - 1;

    private Times() {
    }

    static long nanos(Instant at, String field) {
        long seconds = at.getEpochSecond();
        if (seconds > MAX_SECONDS || seconds < -MAX_SECONDS) {
            throw new ValidationException(field, field + " " + at
                    + " is outside the years the reconciler handles: expected an instant from 1678 to 2261");
        }
        return seconds * NANOS + at.getNano();
    }

    static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, NANOS), Math.floorMod(nanos, NANOS));
    }
}
