package io.github.vncustoms.valuation.screening;

import static io.github.vncustoms.valuation.screening.ScreeningFixtures.DAY;
import static io.github.vncustoms.valuation.screening.ScreeningFixtures.EUR;
import static io.github.vncustoms.valuation.screening.ScreeningFixtures.RATES;
import static io.github.vncustoms.valuation.screening.ScreeningFixtures.USD;
import static io.github.vncustoms.valuation.screening.ScreeningFixtures.VND;

import io.github.vncustoms.core.money.Money;
import io.github.vncustoms.valuation.goods.UnitOfMeasure;
import io.github.vncustoms.valuation.risklist.RiskListItem;
import io.github.vncustoms.valuation.risklist.RiskListVersion;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * One generated screening case: a risk-list item with its reference price, a line in some currency
 * and unit with a declared value, often within a minor unit of the boundary, a tolerance and a
 * rounding mode; and the oracle that says, with its own conversion table, what screening must find.
 *
 * @param refCurrency the reference price's currency (VND or USD)
 * @param refAmount the reference price
 * @param refUnit the reference's unit (KGM or PCE)
 * @param lineCurrency the line's currency (VND, USD, or EUR for which no rate exists)
 * @param lineUnit the line's unit
 * @param tolerance the tolerance fraction
 * @param rounding the rounding of the deviation
 * @param declared the declared unit value
 */
record Scenario(Currency refCurrency, BigDecimal refAmount, UnitOfMeasure refUnit, Currency lineCurrency,
        UnitOfMeasure lineUnit, BigDecimal tolerance, RoundingMode rounding, Money declared) {
    static final BigDecimal USD_VND = ScreeningFixtures.USD_VND.rate();
    static final UnitOfMeasure GRAM = UnitOfMeasure.of("GRM");
    /** Per-unit value in the line's unit → per reference unit: multiply by NUM, divide by DEN (the oracle's own table). */
    private static final Map<String, BigDecimal[]> UNIT_TABLE = Map.of(
            "KGM>KGM", new BigDecimal[] {BigDecimal.ONE, BigDecimal.ONE},
            "PCE>PCE", new BigDecimal[] {BigDecimal.ONE, BigDecimal.ONE},
            "TNE>KGM", new BigDecimal[] {BigDecimal.ONE, new BigDecimal("1000")},
            "GRM>KGM", new BigDecimal[] {new BigDecimal("1000"), BigDecimal.ONE});

    /** Generates scenarios with amounts from one minor unit up; {@code large} keeps reference prices of seven digits or more. */
    static Arbitrary<Scenario> scenarios(boolean large) {
        Arbitrary<Currency> refCurrency = Arbitraries.of(VND, USD);
        Arbitrary<Long> minor = large ? Arbitraries.longs().between(1_000_000L, 99_999_999_999L)
                : Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(1L, 1000L)),
                        net.jqwik.api.Tuple.of(9, Arbitraries.longs().between(1L, 99_999_999_999L)));
        Arbitrary<UnitOfMeasure> refUnit = Arbitraries.of(UnitOfMeasure.KILOGRAM, UnitOfMeasure.PIECE);
        Arbitrary<Currency> lineCurrency = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.just(VND)), net.jqwik.api.Tuple.of(4, Arbitraries.just(USD)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(EUR)));
        Arbitrary<UnitOfMeasure> lineUnit = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.just((UnitOfMeasure) null)),
                net.jqwik.api.Tuple.of(3, Arbitraries.of(UnitOfMeasure.TONNE, GRAM)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(UnitOfMeasure.PIECE, UnitOfMeasure.KILOGRAM, UnitOfMeasure.SET)));
        Arbitrary<BigDecimal> tolerance = Arbitraries.oneOf(Arbitraries.of(BigDecimal.ZERO, new BigDecimal("0.05"),
                new BigDecimal("0.10"), new BigDecimal("0.3333")),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("0.9999")).ofScale(4));
        Arbitrary<RoundingMode> rounding = Arbitraries.of(RoundingMode.UP, RoundingMode.DOWN, RoundingMode.HALF_UP,
                RoundingMode.HALF_EVEN, RoundingMode.CEILING, RoundingMode.FLOOR);
        Arbitrary<Integer> placement = Arbitraries.integers().between(0, 5);
        Arbitrary<Integer> jitter = Arbitraries.integers().between(50, 150);
        return Combinators.combine(refCurrency, minor, refUnit, lineCurrency, lineUnit, tolerance, rounding,
                Combinators.combine(placement, jitter).as((p, j) -> new int[] {p, j}))
                .as((rc, m, ru, lc, lu, t, r, pj) -> {
                    BigDecimal ref = BigDecimal.valueOf(m, rc.getDefaultFractionDigits());
                    UnitOfMeasure unit = lu == null ? ru : lu;
                    return new Scenario(rc, ref, ru, lc, unit, t, r, declaredNear(rc, ref, ru, lc, unit, t, pj[0], pj[1]));
                }).withoutEdgeCases();
    }

    /** A declared value at, one minor unit either side of, or some way from the boundary. */
    private static Money declaredNear(Currency rc, BigDecimal ref, UnitOfMeasure ru, Currency lc, UnitOfMeasure lu,
            BigDecimal t, int placement, int jitterPercent) {
        BigDecimal[] conv = conversion(rc, ru, lc, lu);
        if (conv == null) {
            conv = new BigDecimal[] {BigDecimal.ONE, BigDecimal.ONE};
        }
        int scale = lc.getDefaultFractionDigits();
        BigDecimal ulp = BigDecimal.ONE.movePointLeft(scale);
        // The boundary in the line's currency and unit: R × (1 − t) × den / num.
        BigDecimal boundaryExact = ref.multiply(BigDecimal.ONE.subtract(t)).multiply(conv[1]);
        BigDecimal amount = switch (placement) {
            case 0 -> boundaryExact.divide(conv[0], scale, RoundingMode.CEILING);
            case 1 -> boundaryExact.divide(conv[0], scale, RoundingMode.FLOOR);
            case 2 -> boundaryExact.divide(conv[0], scale, RoundingMode.CEILING).add(ulp);
            case 3 -> boundaryExact.divide(conv[0], scale, RoundingMode.FLOOR).subtract(ulp);
            default -> ref.multiply(conv[1]).multiply(BigDecimal.valueOf(jitterPercent, 2)).divide(conv[0], scale, RoundingMode.HALF_UP);
        };
        return Money.of(amount.max(ulp), lc);
    }

    /** The oracle's conversion of a line's value into the reference's currency and unit, as {num, den}; null if none. */
    static BigDecimal[] conversion(Currency rc, UnitOfMeasure ru, Currency lc, UnitOfMeasure lu) {
        BigDecimal[] unit = UNIT_TABLE.get(lu.code() + ">" + ru.code());
        if (unit == null || lc.equals(EUR)) {
            return null;
        }
        BigDecimal num = unit[0];
        BigDecimal den = unit[1];
        if (lc.equals(USD) && rc.equals(VND)) {
            num = num.multiply(USD_VND);
        } else if (lc.equals(VND) && rc.equals(USD)) {
            den = den.multiply(USD_VND);
        }
        return new BigDecimal[] {num, den};
    }

    /** Tells whether the declared value is within one minor unit of the boundary, where exactness matters. */
    boolean nearTheBoundary() {
        BigDecimal[] conv = conversion(refCurrency, refUnit, lineCurrency, lineUnit);
        if (conv == null) {
            return false;
        }
        BigDecimal ulp = BigDecimal.ONE.movePointLeft(lineCurrency.getDefaultFractionDigits());
        BigDecimal limit = refAmount.multiply(BigDecimal.ONE.subtract(tolerance)).multiply(conv[1]);
        BigDecimal gap = declared.amount().multiply(conv[0]).subtract(limit).abs();
        return gap.compareTo(ulp.multiply(conv[0])) <= 0;
    }

    /** The oracle's verdict. */
    OutcomeKind expectedKind() {
        if (UNIT_TABLE.get(lineUnit.code() + ">" + refUnit.code()) == null) {
            return OutcomeKind.NO_MATCH;
        }
        BigDecimal[] conv = conversion(refCurrency, refUnit, lineCurrency, lineUnit);
        if (conv == null) {
            return OutcomeKind.NO_MATCH;
        }
        // declared × num / den < R × (1 − t), multiplied out by den > 0.
        boolean below = declared.amount().multiply(conv[0])
                .compareTo(refAmount.multiply(BigDecimal.ONE.subtract(tolerance)).multiply(conv[1])) < 0;
        return below ? OutcomeKind.BELOW_REFERENCE : OutcomeKind.CONSISTENT;
    }

    /** Why the oracle expects no match, or null. */
    NoMatchReason expectedNoMatch() {
        if (UNIT_TABLE.get(lineUnit.code() + ">" + refUnit.code()) == null) {
            return NoMatchReason.NO_UNIT_CONVERSION;
        }
        return conversion(refCurrency, refUnit, lineCurrency, lineUnit) == null ? NoMatchReason.NO_EXCHANGE_RATE : null;
    }

    /** The deviation by the formula: (reference − converted declared) / reference × 100, two decimals. */
    BigDecimal expectedDeviation() {
        BigDecimal[] conv = conversion(refCurrency, refUnit, lineCurrency, lineUnit);
        BigDecimal hundred = BigDecimal.valueOf(100);
        if (conv[1].stripTrailingZeros().unscaledValue().equals(java.math.BigInteger.ONE)) {
            // The converted value terminates (den is a power of ten): convert, then apply the formula as stated.
            BigDecimal converted = declared.amount().multiply(conv[0]).divide(conv[1]);
            return refAmount.subtract(converted).multiply(hundred).divide(refAmount, 2, rounding);
        }
        BigDecimal refTimesDen = refAmount.multiply(conv[1]);
        return refTimesDen.subtract(declared.amount().multiply(conv[0])).multiply(hundred).divide(refTimesDen, 2, rounding);
    }

    RiskListVersion version() {
        RiskListItem item = ScreeningFixtures.item("RL-1", ScreeningFixtures.phone("SM-S928B"), Money.of(refAmount, refCurrency), refUnit);
        return ScreeningFixtures.version(1, item);
    }

    Screener screener() {
        return Screener.builder(version()).tolerance(tolerance).rounding(rounding).exchangeRates(RATES).build();
    }

    DeclarationLine line() {
        return new DeclarationLine("", 1, ScreeningFixtures.phone("SM-S928B"), declared, BigDecimal.ONE, lineUnit, DAY);
    }

    static List<UnitOfMeasure> units() {
        return List.of(UnitOfMeasure.KILOGRAM, UnitOfMeasure.TONNE, GRAM, UnitOfMeasure.PIECE, UnitOfMeasure.SET);
    }
}
