package io.github.vncustoms.valuation.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.money.Money;
import io.github.vncustoms.valuation.goods.UnitOfMeasure;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Bounds of the internet offer price (VAL-08). */
final class InternetOfferRuleProperties {
    private static final BigDecimal HALF_CENT = new BigDecimal("0.005");

    @Provide
    Arbitrary<Money> dealerPrices() {
        return Arbitraries.longs().between(1, 10_000_000_000L).map(cents -> Money.of(BigDecimal.valueOf(cents, 2), Money.currency("USD")));
    }

    @Provide
    Arbitrary<BigDecimal> allowedRates() {
        return Arbitraries.integers().between(1000, 2000).map(r -> BigDecimal.valueOf(r, 2));
    }

    @Provide
    Arbitrary<BigDecimal> ratesOutside() {
        return Arbitraries.oneOf(Arbitraries.integers().between(0, 999), Arbitraries.integers().between(2001, 9999))
                .map(r -> BigDecimal.valueOf(r, 2));
    }

    @Property
    @Label("VAL-08: without evidence the result stays between 80% and 90% of the dealer price (within half a cent of rounding)")
    void withoutEvidence_resultStaysBetweenEightyAndNinetyPercent(@ForAll("dealerPrices") Money dealer,
            @ForAll("allowedRates") BigDecimal rate) {
        BigDecimal price = dealer.amount();
        BigDecimal lowest = price.multiply(new BigDecimal("0.8")).subtract(HALF_CENT);
        BigDecimal highest = price.multiply(new BigDecimal("0.9")).add(HALF_CENT);

        Money result = InternetOfferRule.derive(dealer, UnitOfMeasure.PIECE, rate).value();

        assertThat(result.amount()).isBetween(lowest, highest);
        BigDecimal exact = price.multiply(BigDecimal.ONE.subtract(rate.movePointLeft(2)));
        assertThat(result.amount().subtract(exact).abs()).isLessThanOrEqualTo(HALF_CENT);
    }

    @Property
    @Label("VAL-08: without evidence any rate outside 10%–20% is refused")
    void withoutEvidence_ratesOutsideTheBoundsAreRefused(@ForAll("dealerPrices") Money dealer, @ForAll("ratesOutside") BigDecimal rate) {
        assertThatThrownBy(() -> InternetOfferRule.derive(dealer, UnitOfMeasure.PIECE, rate))
                .isInstanceOf(ValidationException.class).hasMessageContaining("10%").hasMessageContaining("20%");
    }
}
