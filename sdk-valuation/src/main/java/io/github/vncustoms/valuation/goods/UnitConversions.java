package io.github.vncustoms.valuation.goods;

import io.github.vncustoms.core.error.ValidationException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The explicit conversions between units of measure that price comparisons may use: a price per
 * one unit is never compared with a price per another unless a conversion between them is listed
 * here. {@link #standard()} lists the exact metric ones (tonne and kilogram, cubic metre and litre,
 * kilometre and metre); conversions that depend on the goods (a carton of 24 pieces, a set of 4)
 * are added by the caller.
 *
 * <pre>{@code
 * UnitConversions units = UnitConversions.standard().toBuilder()
 *         .add(UnitOfMeasure.of("CT"), UnitOfMeasure.PIECE, new BigDecimal("24"))   // 1 carton = 24 pieces
 *         .build();
 * units.factor(UnitOfMeasure.TONNE, UnitOfMeasure.KILOGRAM);                     // 1000
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class UnitConversions {
    private final Map<String, BigDecimal> factors;

    private UnitConversions(Map<String, BigDecimal> factors) {
        this.factors = Map.copyOf(factors);
    }

    /**
     * Returns no conversion at all: prices compare only in the same unit.
     *
     * @return the identity conversions
     */
    public static UnitConversions none() {
        return new UnitConversions(Map.of());
    }

    /**
     * Returns the exact metric conversions: TNE = 1000 KGM, GRM = 0.001 KGM, MTQ = 1000 LTR, KMT = 1000 MTR.
     *
     * @return the standard conversions
     */
    public static UnitConversions standard() {
        return none().toBuilder()
                .add(UnitOfMeasure.TONNE, UnitOfMeasure.KILOGRAM, new BigDecimal("1000"))
                .add(UnitOfMeasure.of("GRM"), UnitOfMeasure.KILOGRAM, new BigDecimal("0.001"))
                .add(UnitOfMeasure.of("MTQ"), UnitOfMeasure.LITRE, new BigDecimal("1000"))
                .add(UnitOfMeasure.of("KMT"), UnitOfMeasure.METRE, new BigDecimal("1000"))
                .build();
    }

    /**
     * Returns how many of one unit make one of another.
     *
     * @param from the unit converted from
     * @param to the unit converted to
     * @return the factor: one {@code from} is {@code factor} {@code to}; 1 for the same unit; empty if not listed
     */
    public Optional<BigDecimal> find(UnitOfMeasure from, UnitOfMeasure to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.equals(to)) {
            return Optional.of(BigDecimal.ONE);
        }
        return Optional.ofNullable(factors.get(from.code() + ">" + to.code()));
    }

    /**
     * Returns how many of one unit make one of another, or refuses.
     *
     * @param from the unit converted from
     * @param to the unit converted to
     * @return the factor
     * @throws ValidationException if no conversion is listed, naming both units
     */
    public BigDecimal factor(UnitOfMeasure from, UnitOfMeasure to) {
        return find(from, to).orElseThrow(() -> new ValidationException("unit", "No conversion from " + from
                + " to " + to + " is listed: expected prices in the same unit, or an explicit conversion added to UnitConversions"));
    }

    /**
     * Returns a builder holding these conversions, to add more.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.factors.putAll(factors);
        return b;
    }

    /** Collects {@link UnitConversions}; each setter checks its argument at once. Not thread-safe. */
    public static final class Builder {
        private final Map<String, BigDecimal> factors = new HashMap<>();

        private Builder() {
        }

        /**
         * Adds a conversion and its inverse.
         *
         * @param from the larger or smaller unit
         * @param to the other unit
         * @param factor how many {@code to} make one {@code from}; positive
         * @return this builder
         * @throws ValidationException if the factor is not positive, the units are the same, or the
         *     conversion contradicts one already listed
         */
        public Builder add(UnitOfMeasure from, UnitOfMeasure to, BigDecimal factor) {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(factor, "factor");
            if (factor.signum() <= 0) {
                throw new ValidationException("factor", "Conversion " + from + " → " + to + " has factor "
                        + factor.toPlainString() + ": expected a positive number");
            }
            if (from.equals(to)) {
                throw new ValidationException("to", "Conversion from " + from + " to itself: expected two different units");
            }
            BigDecimal inverse = BigDecimal.ONE.divide(factor, MathContext.DECIMAL64);
            put(from.code() + ">" + to.code(), factor, from, to);
            put(to.code() + ">" + from.code(), inverse, to, from);
            return this;
        }

        private void put(String key, BigDecimal factor, UnitOfMeasure from, UnitOfMeasure to) {
            BigDecimal old = factors.get(key);
            if (old != null && old.compareTo(factor) != 0
                    && old.subtract(factor).abs().compareTo(factor.abs().multiply(new BigDecimal("1e-12"))) > 0) {
                throw new ValidationException("factor", "Conversion " + from + " → " + to + " is already listed as "
                        + old.toPlainString() + ", not " + factor.toPlainString() + ": expected one factor per pair of units");
            }
            factors.put(key, factor);
        }

        /**
         * Builds the conversions.
         *
         * @return the conversions
         */
        public UnitConversions build() {
            return new UnitConversions(factors);
        }
    }
}
