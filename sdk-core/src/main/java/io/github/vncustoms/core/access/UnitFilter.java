package io.github.vncustoms.core.access;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The units whose records an account may see, in a form a store can turn into a query
 * ({@code WHERE unit_code IN (...)}), or "unrestricted".
 *
 * <p>Immutable and thread-safe.
 *
 * @param unrestricted {@code true} when the account sees every unit
 * @param unitCodes the visible unit codes when restricted; empty when unrestricted or when the
 *     account sees nothing
 */
public record UnitFilter(boolean unrestricted, Set<String> unitCodes) implements Predicate<String> {
    /** Copies the codes. */
    public UnitFilter {
        unitCodes = unrestricted ? Set.of() : Set.copyOf(Objects.requireNonNull(unitCodes, "unitCodes"));
    }

    /**
     * A filter that lets every unit through.
     *
     * @return the filter
     */
    public static UnitFilter all() {
        return new UnitFilter(true, Set.of());
    }

    /**
     * A filter that lets nothing through (an inactive account).
     *
     * @return the filter
     */
    public static UnitFilter none() {
        return new UnitFilter(false, Set.of());
    }

    /**
     * Tells whether a unit's records are visible.
     *
     * @param unitCode the unit's code, any case
     * @return {@code true} if visible
     */
    @Override
    public boolean test(String unitCode) {
        return unrestricted || unitCodes.contains(Objects.requireNonNull(unitCode, "unitCode").strip().toUpperCase(Locale.ROOT));
    }
}
