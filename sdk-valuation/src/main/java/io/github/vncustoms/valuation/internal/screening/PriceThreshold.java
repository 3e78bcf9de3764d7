package io.github.vncustoms.valuation.internal.screening;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The exact test "declared &lt; reference × (1 − tolerance)" for one reference price, one declared
 * currency and unit, and one conversion between them, with the deviation percentage.
 *
 * <p>The declared unit value {@code D} converts into the reference's currency and unit as
 * {@code D × num / den}: {@code num} and {@code den} are products of the listed factors (an exchange
 * rate, or the inverse of one; a unit factor, or the inverse of one), kept apart so that nothing is
 * divided and nothing is rounded. The line is below the reference iff
 * {@code D × num < R × (1 − t) × den}. For a declared amount on its currency's grid (scale
 * {@code s}), that is the same as {@code D < ceil_s(R × (1 − t) × den / num)}: two grid points
 * compare below the exact limit iff they compare below its ceiling on the grid. The ceiling is
 * computed once, so each line costs one {@link BigDecimal#compareTo} of two compact decimals of the
 * same scale, which needs no allocation; a declared amount off the grid takes the exact
 * cross-multiplied test.
 *
 * <p>The deviation is {@code (R − D × num / den) / R × 100 = (R × den − D × num) × 100 / (R × den)},
 * one division rounded to two decimals in the caller's rounding mode; in longs when the unscaled
 * numbers fit (a deviation below the reference never exceeds {@code R × den}), else in
 * {@link BigDecimal}.
 *
 * <p>Immutable and thread-safe.
 */
public final class PriceThreshold {
    /** Unscaled references below this can be multiplied by 10⁴ in a long. */
    private static final long LONG_LIMIT = Long.MAX_VALUE / 10_000;
    private final BigDecimal num;
    private final boolean unitNum;
    private final BigDecimal limit;
    private final BigDecimal referenceTimesDen;
    private final int scale;
    private final BigDecimal ceiling;
    /** {@code num}'s unscaled value, for the deviation in longs. */
    private final long numUnscaled;
    /**
     * {@code reference × den} as an unscaled long at the scale of {@code declared × num}, when the
     * deviation can be computed in longs (it fits, times 10⁴), else -1.
     */
    private final long referenceAligned;

    private PriceThreshold(BigDecimal reference, BigDecimal tolerance, BigDecimal num, BigDecimal den, int scale) {
        this.num = num;
        this.unitNum = num.compareTo(BigDecimal.ONE) == 0;
        this.referenceTimesDen = reference.multiply(den);
        this.limit = referenceTimesDen.multiply(BigDecimal.ONE.subtract(tolerance));
        this.scale = scale;
        this.ceiling = scale < 0 ? null : limit.divide(num, scale, RoundingMode.CEILING);
        // The deviation in longs: (A − D·num) × 10⁴ / A with A = R × den at the scale of D·num, if all fit.
        long numU = -1;
        long aligned = -1;
        if (scale >= 0 && num.scale() >= 0 && num.unscaledValue().bitLength() < 63) {
            numU = num.unscaledValue().longValue();
            int productScale = scale + num.scale();
            if (referenceTimesDen.scale() <= productScale) {
                BigDecimal a = referenceTimesDen.setScale(productScale, RoundingMode.UNNECESSARY);
                if (a.unscaledValue().bitLength() < 63 && a.unscaledValue().longValue() < LONG_LIMIT) {
                    aligned = a.unscaledValue().longValue();
                }
            }
        }
        this.numUnscaled = numU;
        this.referenceAligned = aligned;
    }

    /**
     * Prepares the test.
     *
     * @param reference the reference price {@code R}, positive
     * @param tolerance the tolerance {@code t}, {@code 0 ≤ t < 1}
     * @param num the numerator of the conversion, positive
     * @param den the denominator of the conversion, positive
     * @param declaredScale the number of minor digits of the declared currency, or a negative number
     *     if it has none fixed
     * @return the threshold
     * @throws IllegalArgumentException if a number is out of range
     */
    public static PriceThreshold of(BigDecimal reference, BigDecimal tolerance, BigDecimal num, BigDecimal den,
            int declaredScale) {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(tolerance, "tolerance");
        Objects.requireNonNull(num, "num");
        Objects.requireNonNull(den, "den");
        if (reference.signum() <= 0 || num.signum() <= 0 || den.signum() <= 0
                || tolerance.signum() < 0 || tolerance.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("reference, num and den must be positive and 0 <= tolerance < 1");
        }
        return new PriceThreshold(reference, tolerance, num, den, declaredScale);
    }

    /**
     * Tells whether a declared unit value is below the reference beyond the tolerance, exactly.
     *
     * @param declared the declared unit value in its own currency and unit, positive
     * @return {@code true} iff {@code declared × num < reference × (1 − tolerance) × den}
     */
    public boolean below(BigDecimal declared) {
        if (ceiling != null && declared.scale() == scale) {
            return declared.compareTo(ceiling) < 0;
        }
        return (unitNum ? declared : declared.multiply(num)).compareTo(limit) < 0;
    }

    /**
     * Returns by how much a declared unit value is below the reference, in percent of the reference.
     *
     * @param declared the declared unit value in its own currency and unit
     * @param rounding how to round to two decimals
     * @return {@code (reference − converted) / reference × 100}, two decimals; negative if above
     */
    public BigDecimal deviationPercent(BigDecimal declared, RoundingMode rounding) {
        if (referenceAligned > 0 && declared.scale() == scale && declared.precision() <= 18) {
            long d = scale == 0 ? declared.longValue() : declared.movePointRight(scale).longValue();
            long converted = d * numUnscaled;
            if (d > 0 && Math.multiplyHigh(d, numUnscaled) == 0 && converted > 0 && converted < referenceAligned) {
                return BigDecimal.valueOf(divide((referenceAligned - converted) * 10_000, referenceAligned, rounding), 2);
            }
        }
        BigDecimal converted = unitNum ? declared : declared.multiply(num);
        return referenceTimesDen.subtract(converted).movePointRight(2).divide(referenceTimesDen, 2, rounding);
    }

    /** Divides two positive longs, rounding the quotient as {@code mode} says. */
    static long divide(long dividend, long divisor, RoundingMode mode) {
        long q = dividend / divisor;
        long r = dividend % divisor;
        if (r == 0) {
            return q;
        }
        long twice = r * 2;
        boolean up = switch (mode) {
            case UP, CEILING -> true;
            case DOWN, FLOOR -> false;
            case HALF_UP -> twice >= divisor;
            case HALF_DOWN -> twice > divisor;
            case HALF_EVEN -> twice > divisor || (twice == divisor && (q & 1) == 1);
            case UNNECESSARY -> throw new ArithmeticException("Rounding necessary");
        };
        return up ? q + 1 : q;
    }

    /**
     * Returns the number of minor digits this threshold was prepared for.
     *
     * @return the declared currency's scale, or negative if none is fixed
     */
    public int scale() {
        return scale;
    }

    /** Says what is compared without giving the reference amount, which screening never shows. */
    @Override
    public String toString() {
        return "PriceThreshold[scale " + scale + "]";
    }
}
