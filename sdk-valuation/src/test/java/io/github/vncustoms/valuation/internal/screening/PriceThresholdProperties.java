package io.github.vncustoms.valuation.internal.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The threshold agrees with exact rational arithmetic (VAL-19): a declared amount on its currency's
 * grid compared with the ceiling of the limit gives the same answer as the cross-multiplied test in
 * integers, for any conversion, tolerance and scale, and off the grid too.
 */
final class PriceThresholdProperties {
    @Provide
    Arbitrary<BigDecimal> positives() {
        return Arbitraries.oneOf(
                Arbitraries.bigDecimals().between(new BigDecimal("0.0001"), new BigDecimal("100000")).ofScale(4),
                Arbitraries.longs().between(1, 50_000_000_000L).map(BigDecimal::valueOf),
                Arbitraries.of(new BigDecimal("24"), new BigDecimal("1000"), new BigDecimal("0.001"), new BigDecimal("25345"),
                        new BigDecimal("3"), new BigDecimal("0.04166666666666667")));
    }

    @Provide
    Arbitrary<BigDecimal> tolerances() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("0.9999")).ofScale(4)
                .edgeCases(e -> e.add(BigDecimal.ZERO));
    }

    /** Exactly: declared × num < reference × (1 − t) × den, in integers. */
    private static boolean oracleBelow(BigDecimal declared, BigDecimal reference, BigDecimal t, BigDecimal num, BigDecimal den) {
        BigDecimal left = declared.multiply(num);
        BigDecimal right = reference.multiply(BigDecimal.ONE.subtract(t)).multiply(den);
        int scale = Math.max(left.scale(), right.scale());
        BigInteger l = left.setScale(scale).unscaledValue();
        BigInteger r = right.setScale(scale).unscaledValue();
        return l.compareTo(r) < 0;
    }

    @Property(tries = 2000, edgeCases = EdgeCasesMode.NONE)
    @Label("VAL-19: below(declared) equals the exact cross-multiplied test, on the grid or off it")
    void belowMatchesExactArithmetic(@ForAll("positives") BigDecimal reference, @ForAll("tolerances") BigDecimal t,
            @ForAll("positives") BigDecimal num, @ForAll("positives") BigDecimal den,
            @ForAll @IntRange(min = 0, max = 3) int scale, @ForAll @IntRange(min = -2, max = 2) int offset,
            @ForAll boolean offGrid) {
        PriceThreshold threshold = PriceThreshold.of(reference, t, num, den, scale);
        BigDecimal ulp = BigDecimal.ONE.movePointLeft(scale);
        // Aim at the boundary, then step a few minor units either side.
        BigDecimal boundary = reference.multiply(BigDecimal.ONE.subtract(t)).multiply(den).divide(num, scale, RoundingMode.HALF_UP);
        BigDecimal declared = boundary.add(ulp.multiply(BigDecimal.valueOf(offset)));
        if (offGrid) {
            declared = declared.add(ulp.movePointLeft(3));
        }
        if (declared.signum() <= 0) {
            declared = ulp;
        }

        assertThat(threshold.below(declared)).isEqualTo(oracleBelow(declared, reference, t, num, den));
    }

    @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
    @Label("VAL-19: the deviation is the exact (R·den − D·num)·100 / (R·den) rounded once to two decimals")
    void deviationMatchesExactArithmetic(@ForAll("positives") BigDecimal reference, @ForAll("positives") BigDecimal num,
            @ForAll("positives") BigDecimal den, @ForAll("positives") BigDecimal declared) {
        PriceThreshold threshold = PriceThreshold.of(reference, BigDecimal.ZERO, num, den, declared.scale());
        for (RoundingMode mode : new RoundingMode[] {RoundingMode.UP, RoundingMode.DOWN, RoundingMode.HALF_EVEN, RoundingMode.FLOOR}) {
            // As a fraction p/q in integers, then rounded by BigDecimal's own division of integers.
            BigDecimal rDen = reference.multiply(den);
            BigDecimal dNum = declared.multiply(num);
            int scale = Math.max(rDen.scale(), dNum.scale());
            BigInteger q = rDen.setScale(scale).unscaledValue();
            BigInteger p = q.subtract(dNum.setScale(scale).unscaledValue()).multiply(BigInteger.valueOf(100));
            BigDecimal expected = new BigDecimal(p).divide(new BigDecimal(q), 2, mode);

            assertThat(threshold.deviationPercent(declared, mode)).isEqualTo(expected);
        }
    }

    @Property(tries = 1000)
    @Label("VAL-19: with nothing converted, the deviation computed in longs equals BigDecimal's, in every rounding mode")
    void theLongDeviationEqualsBigDecimals(@ForAll("unscaled") long reference, @ForAll("unscaled") long declared,
            @ForAll @IntRange(min = 0, max = 3) int scale, @ForAll RoundingMode mode) {
        if (mode == RoundingMode.UNNECESSARY) {
            return;
        }
        BigDecimal r = BigDecimal.valueOf(reference, scale);
        BigDecimal d = BigDecimal.valueOf(declared, scale);
        PriceThreshold threshold = PriceThreshold.of(r, BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ONE, scale);

        BigDecimal expected = r.subtract(d).multiply(BigDecimal.valueOf(100)).divide(r, 2, mode);
        assertThat(threshold.deviationPercent(d, mode)).isEqualTo(expected);
    }

    @Provide
    Arbitrary<Long> unscaled() {
        return Arbitraries.oneOf(Arbitraries.longs().between(1, 1000), Arbitraries.longs().between(1, 922_337_203_685_476L),
                Arbitraries.longs().between(922_337_203_685_000L, 2_000_000_000_000_000L));
    }

    @Example
    @Label("a reference, num or den not positive, or a tolerance outside [0, 1), is a programming error")
    void badArgumentsAreRefused() {
        assertThatThrownBy(() -> PriceThreshold.of(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ONE, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PriceThreshold.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PriceThreshold.of(BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ONE, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(PriceThreshold.of(BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ONE, 0).toString())
                .doesNotContain("10");
    }

    @Example
    @Label("a currency without a fixed scale is compared exactly by cross-multiplying")
    void aCurrencyWithoutAScaleIsComparedExactly() {
        PriceThreshold threshold = PriceThreshold.of(new BigDecimal("10"), BigDecimal.ZERO, new BigDecimal("3"), BigDecimal.ONE, -1);

        assertThat(threshold.below(new BigDecimal("3.333333"))).isTrue();
        assertThat(threshold.below(new BigDecimal("3.3333334"))).isFalse();
    }
}
