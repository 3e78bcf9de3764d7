package io.github.vncustoms.valuation.screening;

import static io.github.vncustoms.valuation.screening.ScreeningFixtures.DAY;
import static io.github.vncustoms.valuation.screening.ScreeningFixtures.phone;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vncustoms.core.money.Money;
import io.github.vncustoms.valuation.goods.UnitConversions;
import io.github.vncustoms.valuation.goods.UnitOfMeasure;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.Statistics;

/**
 * The screening rule over generated lines (VAL-12, VAL-19): below iff the converted declared value is
 * under reference × (1 − tolerance), exactly; the deviation by its formula; units never compared
 * without a conversion; and no outcome carrying a value to impose.
 */
final class ScreeningProperties {
    @Provide
    Arbitrary<Scenario> scenarios() {
        return Scenario.scenarios(false);
    }

    @Provide
    Arbitrary<Scenario> largeScenarios() {
        return Scenario.scenarios(true);
    }

    @Property(tries = 1000)
    @Label("VAL-19: a line is below iff declared (converted exactly) < reference × (1 − tolerance); at the boundary it is consistent")
    void belowIffDeclaredUnderReferenceTimesOneMinusTolerance(@ForAll("scenarios") Scenario s) {
        ScreeningOutcome outcome = s.screener().screen(s.line());

        assertThat(outcome.kind()).isEqualTo(s.expectedKind());
        if (outcome instanceof NoMatch noMatch) {
            assertThat(noMatch.reason()).isEqualTo(s.expectedNoMatch());
        }
        Statistics.label("kind").collect(outcome.kind());
        Statistics.label("near the boundary").collect(s.nearTheBoundary() ? outcome.kind() : "far");
        Statistics.label("kind").coverage(c -> {
            c.check(OutcomeKind.BELOW_REFERENCE).percentage(p -> p > 15);
            c.check(OutcomeKind.CONSISTENT).percentage(p -> p > 15);
            c.check(OutcomeKind.NO_MATCH).percentage(p -> p > 5);
        });
        Statistics.label("near the boundary").coverage(c -> {
            c.check(OutcomeKind.BELOW_REFERENCE).percentage(p -> p > 5);
            c.check(OutcomeKind.CONSISTENT).percentage(p -> p > 5);
        });
    }

    @Property(tries = 1000)
    @Label("VAL-19: the deviation is (reference − declared) / reference × 100, two decimals, in the chosen rounding")
    void deviationPercentMatchesTheFormula(@ForAll("scenarios") Scenario s) {
        ScreeningOutcome outcome = s.screener().screen(s.line());

        if (outcome instanceof BelowReference below) {
            assertThat(below.deviationPercent()).isEqualTo(s.expectedDeviation());
            assertThat(below.reasons().get(0)).contains(below.deviationPercent().toPlainString() + "% below");
        }
    }

    @Property(tries = 300)
    @Label("VAL-19: exactly at reference × (1 − p%) a VND line is consistent, one đồng less it is below")
    void exactlyAtTheBoundary_isConsistent(@ForAll @LongRange(min = 1, max = 100_000_000) long m,
            @ForAll @IntRange(min = 0, max = 99) int percent) {
        // R = 100·m per kilogram, t = p/100: the boundary is m·(100 − p) đồng per kilogram, m·(100 − p)·1000 per tonne.
        Screener screener = Screener.builder(ScreeningFixtures.version(1, ScreeningFixtures.item("RL-1", phone("X1"),
                Money.vnd(100 * m), UnitOfMeasure.KILOGRAM))).tolerance(BigDecimal.valueOf(percent, 2)).build();
        long perKilogram = m * (100 - percent);

        assertThat(screener.screen(ScreeningFixtures.line(phone("X1"), Money.vnd(perKilogram), UnitOfMeasure.KILOGRAM)))
                .isInstanceOf(Consistent.class);
        assertThat(screener.screen(ScreeningFixtures.line(phone("X1"), Money.vnd(perKilogram * 1000), UnitOfMeasure.TONNE)))
                .isInstanceOf(Consistent.class);
        assertThat(screener.screen(ScreeningFixtures.line(phone("X1"), Money.vnd(perKilogram * 1000 - 1), UnitOfMeasure.TONNE)))
                .isInstanceOf(BelowReference.class);
        if (perKilogram > 1) {
            assertThat(screener.screen(ScreeningFixtures.line(phone("X1"), Money.vnd(perKilogram - 1), UnitOfMeasure.KILOGRAM)))
                    .isInstanceOf(BelowReference.class);
        }
    }

    @Property(tries = 300)
    @Label("VAL-19: exactly at the boundary after the USD→VND rate a USD line is consistent, one cent less it is below")
    void exactlyAtTheBoundaryAfterTheRate_isConsistent(@ForAll @LongRange(min = 1, max = 10_000_000) long j,
            @ForAll @IntRange(min = 0, max = 99) int percent) {
        // R = j × 25 345 đồng; the boundary (100 − p)·j cents converts to exactly R × (1 − p/100).
        Screener screener = Screener.builder(ScreeningFixtures.version(1, ScreeningFixtures.item("RL-1", phone("X1"),
                        Money.vnd(j * 25_345), UnitOfMeasure.PIECE)))
                .tolerance(BigDecimal.valueOf(percent, 2)).exchangeRates(ScreeningFixtures.RATES).build();
        BigDecimal boundary = BigDecimal.valueOf((100 - percent) * j, 2);

        assertThat(screener.screen(ScreeningFixtures.line(phone("X1"), Money.of(boundary, ScreeningFixtures.USD), UnitOfMeasure.PIECE)))
                .isInstanceOf(Consistent.class);
        BigDecimal oneCentLess = boundary.subtract(new BigDecimal("0.01"));
        if (oneCentLess.signum() > 0) {
            assertThat(screener.screen(ScreeningFixtures.line(phone("X1"), Money.of(oneCentLess, ScreeningFixtures.USD), UnitOfMeasure.PIECE)))
                    .isInstanceOf(BelowReference.class);
        }
    }

    @Property(tries = 500)
    @Label("VAL-12: a line in a unit other than the reference's is never compared unless a conversion is listed")
    void differentUnitsWithoutAConversion_neverCompare(@ForAll("scenarios") Scenario s,
            @ForAll("units") UnitOfMeasure lineUnit, @ForAll boolean standard) {
        UnitConversions conversions = standard ? UnitConversions.standard() : UnitConversions.none();
        Screener screener = s.screener().toBuilder().unitConversions(conversions).build();
        DeclarationLine line = new DeclarationLine("", 1, phone("SM-S928B"), s.declared(), BigDecimal.ONE, lineUnit, DAY);

        ScreeningOutcome outcome = screener.screen(line);

        if (!lineUnit.equals(s.refUnit()) && conversions.find(lineUnit, s.refUnit()).isEmpty()) {
            assertThat(outcome).isInstanceOfSatisfying(NoMatch.class, n -> {
                assertThat(n.reason()).isEqualTo(NoMatchReason.NO_UNIT_CONVERSION);
                assertThat(n.nextStep()).isEqualTo(NextStep.OBTAIN_CONVERSION);
            });
        } else {
            assertThat(outcome instanceof NoMatch n && n.reason() == NoMatchReason.NO_UNIT_CONVERSION).isFalse();
        }
    }

    @Provide
    Arbitrary<UnitOfMeasure> units() {
        return Arbitraries.of(Scenario.units());
    }

    @Property(tries = 500)
    @Label("VAL-12: no screening outcome carries a value to impose: no Money, no decimal but the deviation, no amount in its text")
    void noOutcomeCarriesAValueToImpose(@ForAll("largeScenarios") Scenario s) {
        ScreeningOutcome outcome = s.screener().screen(s.line());

        String reference = s.refAmount().toPlainString();
        String limit = s.refAmount().multiply(BigDecimal.ONE.subtract(s.tolerance())).stripTrailingZeros().toPlainString();
        inspect(outcome, outcome.getClass().getSimpleName(), reference, limit);
    }

    /** Walks a value of an outcome: records, optionals, collections and maps down to their leaves. */
    private static void inspect(Object value, String path, String reference, String limit) {
        if (value == null) {
            return;
        }
        assertThat(value).as(path).isNotInstanceOf(Money.class);
        if (value instanceof BigDecimal) {
            assertThat(path).as("the only decimal an outcome may carry").isEqualTo("BelowReference.deviationPercent");
            return;
        }
        if (value instanceof Number) {
            assertThat(value).as(path).isInstanceOf(Integer.class);
            assertThat(path).matches(".*\\.(lineNumber|listVersion)");
            return;
        }
        if (value instanceof CharSequence text) {
            assertThat(text.toString()).as(path).doesNotContain(reference);
            if (limit.replace(".", "").length() >= 6) {
                assertThat(text.toString()).as(path).doesNotContain(limit);
            }
            return;
        }
        if (value instanceof Optional<?> o) {
            inspect(o.orElse(null), path, reference, limit);
        } else if (value instanceof Collection<?> c) {
            c.forEach(e -> inspect(e, path + "[]", reference, limit));
        } else if (value instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                inspect(k, path + ".key", reference, limit);
                inspect(v, path + ".value", reference, limit);
            });
        } else if (value instanceof Record r) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                try {
                    inspect(c.getAccessor().invoke(r), r.getClass().getSimpleName() + "." + c.getName(), reference, limit);
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
        }
    }

    @Property(tries = 200)
    @Label("VAL-19: the deviation of a flagged line is never below the tolerance when rounded up")
    void aFlaggedLinesDeviationRoundedUp_exceedsTheTolerance(@ForAll("scenarios") Scenario s) {
        Screener up = s.screener().toBuilder().rounding(RoundingMode.UP).build();

        if (up.screen(s.line()) instanceof BelowReference below) {
            assertThat(below.deviationPercent()).isGreaterThanOrEqualTo(s.tolerance().movePointRight(2).setScale(2, RoundingMode.DOWN));
            if (s.tolerance().movePointRight(2).stripTrailingZeros().scale() <= 2) {
                assertThat(below.deviationPercent()).isGreaterThan(s.tolerance().movePointRight(2));
            }
        }
    }
}
