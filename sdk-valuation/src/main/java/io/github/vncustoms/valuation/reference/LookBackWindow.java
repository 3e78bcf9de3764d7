package io.github.vncustoms.valuation.reference;

import io.github.vncustoms.core.error.ValidationException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A look-back window (VAL-05): its kind and the days it spans, both inclusive; {@code to} is the
 * build date. An observation is in the window when its price date is.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind which window
 * @param from the first day, inclusive
 * @param to the build date, inclusive
 */
public record LookBackWindow(WindowKind kind, LocalDate from, LocalDate to) {
    /**
     * Validates the window.
     *
     * @throws ValidationException if it ends before it starts
     */
    public LookBackWindow {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new ValidationException("from", "A look-back window from " + from + " to " + to
                    + ": expected a start on or before the build date");
        }
    }

    /**
     * Tells whether a day lies in the window.
     *
     * @param day the day
     * @return {@code true} if {@code from ≤ day ≤ to}
     */
    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /**
     * Describes the window.
     *
     * @return e.g. {@code "SIX_MONTHS 2026-05-17 to 2026-11-17"}
     */
    @Override
    public String toString() {
        return kind + " " + from + " to " + to;
    }
}
