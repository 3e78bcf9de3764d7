package io.github.vncustoms.valuation.screening;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vncustoms.core.money.Money;
import io.github.vncustoms.valuation.risklist.RiskListItem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Example;
import net.jqwik.api.Label;

/**
 * VAL-12 by construction: the risk list is "không sử dụng để áp đặt trị giá hải quan" (QĐ 2344
 * Art. 5.3), so no public type of the screening package may return, hold or accept an amount. Every
 * public type is found from the compiled package itself, so a type added later is checked too.
 */
final class NoSubstituteValueTest {
    /** The only decimals allowed: the deviation percentage out, the tolerance fraction in. */
    private static final AmountExposureCheck CHECK = new AmountExposureCheck(
            Set.of("BelowReference#deviationPercent", "BelowReference#new(deviationPercent)", "Builder#tolerance(fraction)"), Set.of(DeclarationLine.class));

    @Example
    @Label("VAL-12: no public type of the screening package returns, holds or accepts an amount, except the input line")
    void noPublicTypeExposesAnAmount() throws Exception {
        List<Class<?>> types = AmountExposureCheck.publicTypesOfPackageOf(ScreeningOutcome.class);
        List<String> exposures = new ArrayList<>();
        types.forEach(t -> exposures.addAll(CHECK.exposures(t)));

        assertThat(types).contains(ScreeningOutcome.class, NoMatch.class, Consistent.class, BelowReference.class,
                ReferenceBasis.class, LineIdentity.class, ScreeningSummary.class, Screener.class, Screener.Builder.class,
                DeclarationLine.class, NextStep.class, NoMatchReason.class, OutcomeKind.class);
        assertThat(exposures).isEmpty();
    }

    @Example
    @Label("VAL-12: the outcome hierarchy is sealed to the three outcomes, none of which names a price component")
    void theOutcomesAreSealedToThree() {
        assertThat(ScreeningOutcome.class.isSealed()).isTrue();
        assertThat(ScreeningOutcome.class.getPermittedSubclasses())
                .containsExactlyInAnyOrder(NoMatch.class, Consistent.class, BelowReference.class);
        for (Class<?> outcome : ScreeningOutcome.class.getPermittedSubclasses()) {
            assertThat(outcome.getModifiers() & java.lang.reflect.Modifier.FINAL).isNotZero();
            for (var component : outcome.getRecordComponents()) {
                assertThat(component.getName().toLowerCase(java.util.Locale.ROOT))
                        .doesNotContain("price", "amount", "value").as(outcome.getSimpleName() + "." + component.getName());
            }
        }
    }

    // Types that expose an amount in each way the check must catch.
    record ImposesAValue(LineIdentity line, Money substituteValue) { }

    record HidesThePriceInTheItem(Optional<RiskListItem> item) { }

    record CarriesTheDeclaredLine(DeclarationLine line) { }

    record ListsPrices(Map<String, List<Money>> prices) { }

    record ReturnsAReferenceAmount(LineIdentity line) {
        public BigDecimal referenceAmount() {
            return BigDecimal.ONE;
        }
    }

    record ReturnsAnything(LineIdentity line) {
        public Supplier<? extends Number> later() {
            return () -> 1;
        }
    }

    interface AppliesAValue {
        void apply(LineIdentity line, Money customsValue);
    }

    interface AppliesADecimal {
        void apply(LineIdentity line, List<BigDecimal> amounts);
    }

    @Example
    @Label("VAL-12: the check itself finds an amount returned, held, reached through an item or a line, or accepted")
    void theCheckFindsEveryKindOfExposure() {
        for (Class<?> bad : List.of(ImposesAValue.class, HidesThePriceInTheItem.class, CarriesTheDeclaredLine.class,
                ListsPrices.class, ReturnsAReferenceAmount.class, ReturnsAnything.class, AppliesAValue.class,
                AppliesADecimal.class)) {
            assertThat(CHECK.exposures(bad)).as(bad.getSimpleName()).isNotEmpty();
        }
        assertThat(CHECK.exposures(HidesThePriceInTheItem.class))
                .anySatisfy(e -> assertThat(e).contains("RiskListItem#referencePrice() → Money"));
        assertThat(CHECK.exposures(CarriesTheDeclaredLine.class))
                .anySatisfy(e -> assertThat(e).contains("DeclarationLine#declaredUnitValue() → Money"));
    }

    @Example
    @Label("VAL-12: a BigDecimal is allowed only where named: the deviation percentage of BelowReference")
    void aDecimalIsAllowedOnlyWhereNamed() {
        AmountExposureCheck strict = new AmountExposureCheck(Set.of(), Set.of(DeclarationLine.class));

        assertThat(strict.exposures(BelowReference.class)).anySatisfy(e -> assertThat(e).contains("deviationPercent"));
        assertThat(strict.exposures(Screener.Builder.class)).anySatisfy(e -> assertThat(e).contains("tolerance"));
        assertThat(CHECK.exposures(BelowReference.class)).isEmpty();
    }
}
