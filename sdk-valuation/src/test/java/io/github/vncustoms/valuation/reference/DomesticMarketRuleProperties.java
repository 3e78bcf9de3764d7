package io.github.vncustoms.valuation.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vncustoms.core.money.Money;
import io.github.vncustoms.valuation.goods.UnitOfMeasure;
import io.github.vncustoms.valuation.observation.CommercialLevel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Retail to wholesale and the deductions of the domestic market price (VAL-09, VAL-10). */
final class DomesticMarketRuleProperties {
    @Provide
    Arbitrary<Money> retailPrices() {
        Arbitrary<Money> dong = Arbitraries.longs().between(1, 100_000_000_000L).map(Money::vnd);
        Arbitrary<Money> cents = Arbitraries.longs().between(1, 10_000_000_000L)
                .map(c -> Money.of(BigDecimal.valueOf(c, 2), Money.currency("USD")));
        return Arbitraries.oneOf(dong, cents);
    }

    @Property
    @Label("VAL-10: retail / 1.1 round-trips: wholesale × 1.1 gives the retail price back within one minor unit")
    void retailToWholesale_roundTrips(@ForAll("retailPrices") Money retail) {
        Money wholesale = DomesticMarketRule.wholesaleFromRetail(retail);
        BigDecimal minorUnit = BigDecimal.ONE.movePointLeft(retail.currency().getDefaultFractionDigits());

        BigDecimal back = wholesale.amount().multiply(new BigDecimal("1.1"));

        assertThat(back.subtract(retail.amount()).abs()).isLessThanOrEqualTo(minorUnit);
        assertThat(wholesale.currency()).isEqualTo(retail.currency());
    }

    @Provide
    Arbitrary<List<Long>> wholesaleTaxesAndRate() {
        return Combinators.combine(Arbitraries.longs().between(1_000, 1_000_000_000L), Arbitraries.integers().between(0, 50),
                Arbitraries.integers().between(0, 2000)).as((w, taxPercent, rate) -> List.of(w, w * taxPercent / 100, (long) rate));
    }

    @Property
    @Label("VAL-09: the result is the wholesale price minus the taxes minus the HALF_UP rounded costs and profit, never above 80% of it at 20%")
    void derivation_isWholesaleMinusDeductions(@ForAll("wholesaleTaxesAndRate") List<Long> input) {
        Money wholesale = Money.vnd(input.get(0));
        Money tax = Money.vnd(input.get(1));
        BigDecimal rate = BigDecimal.valueOf(input.get(2), 2);
        Money costs = Money.rounded(wholesale.amount().multiply(rate).movePointLeft(2), Money.VND, RoundingMode.HALF_UP);
        Money expected = wholesale.minus(tax).minus(costs);

        Derivation d = DomesticMarketRule.derive(wholesale, CommercialLevel.DOMESTIC_WHOLESALE, UnitOfMeasure.PIECE,
                List.of(DomesticTax.of("thuế nhập khẩu", tax)), rate);

        assertThat(d.value()).isEqualTo(expected);
        assertThat(d.value().amount()).isGreaterThanOrEqualTo(
                wholesale.amount().multiply(new BigDecimal("0.8")).subtract(tax.amount()).subtract(new BigDecimal("0.5")));
    }
}
