package io.github.vncustoms.valuation.reference;

import static io.github.vncustoms.valuation.reference.RulesFixtures.BUILD_DATE;
import static io.github.vncustoms.valuation.reference.RulesFixtures.PHONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.money.ExchangeRate;
import io.github.vncustoms.core.money.FixedExchangeRates;
import io.github.vncustoms.core.money.Money;
import io.github.vncustoms.valuation.goods.UnitConversions;
import io.github.vncustoms.valuation.goods.UnitOfMeasure;
import io.github.vncustoms.valuation.observation.PriceObservation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Bringing prices into one currency and unit before comparing them (issue 5, "Currency and units"). */
final class PriceNormaliserTest {
    private static final Currency USD = Money.currency("USD");
    private static final Currency EUR = Money.currency("EUR");
    private static final FixedExchangeRates RATES = FixedExchangeRates.builder()
            .add(new ExchangeRate(USD, Money.VND, new BigDecimal("25000"), LocalDate.of(2026, 10, 1), "SBV"))
            .add(new ExchangeRate(USD, Money.VND, new BigDecimal("25345"), LocalDate.of(2026, 11, 16), "SBV"))
            .add(new ExchangeRate(Money.VND, EUR, new BigDecimal("0.000036"), LocalDate.of(2026, 1, 1), "ECB"))
            .build();
    private static final PriceNormaliser TO_VND_PER_KG = PriceNormaliser.builder().exchangeRates(RATES)
            .unitConversions(UnitConversions.standard()).targetCurrency(Money.VND).targetUnit(UnitOfMeasure.KILOGRAM).build();

    private static PriceObservation perTonne(String id, Money price, LocalDate day) {
        return RulesFixtures.accepted(id, PHONE, price, day).toBuilder().unit(UnitOfMeasure.TONNE).build();
    }

    @Test
    @DisplayName("a price in USD per tonne becomes VND per kilogram at the rate in force on its price date")
    void usdPerTonne_becomesVndPerKilogram_atThePriceDatesRate() {
        NormalisedPrice late = TO_VND_PER_KG.normalise(perTonne("TK-1", Money.of("1000.00", "USD"), BUILD_DATE));
        NormalisedPrice early = TO_VND_PER_KG.normalise(perTonne("TK-2", Money.of("1000.00", "USD"), LocalDate.of(2026, 11, 15)));

        assertThat(late.price()).isEqualTo(Money.vnd(25_345));
        assertThat(late.unit()).isEqualTo(UnitOfMeasure.KILOGRAM);
        assertThat(late.converted()).isTrue();
        assertThat(late.observation().unitPrice()).isEqualTo(Money.of("1000.00", "USD"));
        assertThat(late.steps()).extracting(DerivationStep::description).anySatisfy(s ->
                assertThat(s).contains("25345 VND/USD", "in force on 2026-11-17", "effective 2026-11-16", "SBV"));
        assertThat(late.steps()).extracting(DerivationStep::description).anySatisfy(s ->
                assertThat(s).contains("1 TNE = 1000 KGM"));
        assertThat(early.price()).isEqualTo(Money.vnd(25_000));
    }

    @Test
    @DisplayName("where only the opposite rate is published, its inverse is used and the trail says so")
    void onlyTheOppositeRate_isInverted() {
        PriceNormaliser toVnd = TO_VND_PER_KG.toBuilder().targetUnit(UnitOfMeasure.PIECE).build();

        NormalisedPrice p = toVnd.normalise(RulesFixtures.accepted("TK-EUR", PHONE, Money.of("36.00", "EUR"), BUILD_DATE));

        assertThat(p.price()).isEqualTo(Money.vnd(1_000_000));
        assertThat(p.steps().get(0).description()).contains("inverse");
    }

    @Test
    @DisplayName("a price already in the target currency and unit is taken as observed")
    void samCurrencyAndUnit_isTakenAsObserved() {
        PriceObservation o = RulesFixtures.accepted("TK-VND", PHONE, Money.vnd(123), BUILD_DATE).toBuilder()
                .unit(UnitOfMeasure.KILOGRAM).build();

        NormalisedPrice p = TO_VND_PER_KG.normalise(o);

        assertThat(p).isEqualTo(NormalisedPrice.asObserved(o));
        assertThat(p.converted()).isFalse();
    }

    @Test
    @DisplayName("a missing exchange rate is refused, naming the currencies, the day and the observation")
    void missingRate_isRefused() {
        PriceObservation old = perTonne("TK-OLD", Money.of("1000.00", "USD"), LocalDate.of(2026, 9, 30));

        assertThatThrownBy(() -> TO_VND_PER_KG.normalise(old)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("USD→VND").hasMessageContaining("2026-09-30").hasMessageContaining("TK-OLD");
    }

    @Test
    @DisplayName("a missing unit conversion is refused, naming both units: different units are never compared silently")
    void missingUnitConversion_isRefused() {
        PriceObservation perSet = RulesFixtures.accepted("TK-SET", PHONE, Money.vnd(1_000_000), BUILD_DATE).toBuilder()
                .unit(UnitOfMeasure.SET).build();

        assertThatThrownBy(() -> TO_VND_PER_KG.normalise(perSet)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("from SET to KGM").hasMessageContaining("UnitConversions");
    }

    @Test
    @DisplayName("normalising many prices reports every missing rate and conversion at once")
    void normaliseAll_reportsEveryProblem() {
        List<PriceObservation> obs = List.of(perTonne("TK-OK", Money.of("1000.00", "USD"), BUILD_DATE),
                perTonne("TK-OLD", Money.of("1000.00", "USD"), LocalDate.of(2026, 9, 30)),
                RulesFixtures.accepted("TK-SET", PHONE, Money.vnd(1), BUILD_DATE).toBuilder().unit(UnitOfMeasure.SET).build());

        assertThatThrownBy(() -> TO_VND_PER_KG.normaliseAll(obs)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).hasSize(2))
                .hasMessageContaining("2 of 3 prices");
        assertThat(TO_VND_PER_KG.normaliseAll(obs.subList(0, 1))).singleElement()
                .satisfies(p -> assertThat(p.price()).isEqualTo(Money.vnd(25_345)));
    }

    @Test
    @DisplayName("the rounding is configurable; a price that rounds to nothing is refused")
    void rounding_isConfigurable() {
        PriceObservation cheap = perTonne("TK-CHEAP", Money.of("0.01", "USD"), BUILD_DATE);

        assertThat(TO_VND_PER_KG.toBuilder().rounding(RoundingMode.CEILING).build().normalise(cheap).price())
                .isEqualTo(Money.vnd(1));
        assertThatThrownBy(() -> TO_VND_PER_KG.normalise(cheap)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("rounds to 0 VND");
        assertThatThrownBy(() -> PriceNormaliser.builder().rounding(RoundingMode.UNNECESSARY))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> PriceNormaliser.builder().targetCurrency(Money.VND).build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("unit");
    }

    @Test
    @DisplayName("normalised prices aggregate; the trail counts the conversions")
    void normalisedPrices_aggregate() {
        List<NormalisedPrice> prices = TO_VND_PER_KG.normaliseAll(List.of(
                perTonne("TK-1", Money.of("2000.00", "USD"), BUILD_DATE),
                RulesFixtures.accepted("TK-2", PHONE, Money.vnd(25_000), BUILD_DATE).toBuilder().unit(UnitOfMeasure.KILOGRAM).build(),
                perTonne("TK-3", Money.of("1000.00", "USD"), LocalDate.of(2026, 11, 1)),
                RulesFixtures.accepted("TK-4", PHONE, Money.vnd(25_010), BUILD_DATE).toBuilder().unit(UnitOfMeasure.KILOGRAM).build()));

        RobustPrice p = RobustAggregation.defaultAggregation().aggregateNormalised(prices, "test", List.of("VAL-05"), List.of());

        assertThat(p.value()).isEqualTo(Money.vnd(25_000));
        assertThat(p.derivation().explain()).contains("2 of 4 prices converted into VND per KGM",
                "TK-1: 2000.00 USD per TNE → 50690 VND per KGM");
        assertThat(p.excluded()).extracting(ExcludedObservation::price).containsExactly(Money.vnd(50_690));
        assertThat(p.excluded().get(0).observation().unitPrice()).isEqualTo(Money.of("2000.00", "USD"));
    }
}
