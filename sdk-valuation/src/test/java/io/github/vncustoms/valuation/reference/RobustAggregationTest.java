package io.github.vncustoms.valuation.reference;

import static io.github.vncustoms.valuation.reference.RulesFixtures.BUILD_DATE;
import static io.github.vncustoms.valuation.reference.RulesFixtures.PHONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.money.Money;
import io.github.vncustoms.valuation.goods.UnitOfMeasure;
import io.github.vncustoms.valuation.observation.CommercialLevel;
import io.github.vncustoms.valuation.observation.PriceObservation;
import io.github.vncustoms.valuation.source.PriceSource;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The robust aggregation of observed prices (beyond the regulation; supports VAL-05..07, VAL-11). */
final class RobustAggregationTest {
    private static List<PriceObservation> prices(String currency, String... amounts) {
        List<PriceObservation> out = new ArrayList<>();
        for (int i = 0; i < amounts.length; i++) {
            out.add(RulesFixtures.accepted("OBS-" + i, PHONE, Money.of(amounts[i], currency), BUILD_DATE.minusDays(i)));
        }
        return out;
    }

    @Test
    @DisplayName("a price far above the others is excluded with its reason; the median of the rest is the result")
    void farOutlier_isExcluded() {
        RobustPrice p = RobustAggregation.defaultAggregation().aggregate(prices("USD", "10.00", "11.00", "12.00", "13.00", "100.00"));

        assertThat(p.medianOfAll()).isEqualByComparingTo("12");
        assertThat(p.estimator()).isEqualTo(ScaleEstimator.MEDIAN_ABSOLUTE_DEVIATION);
        assertThat(p.scale()).isEqualByComparingTo("1.4826");
        assertThat(p.threshold()).isEqualByComparingTo("4.4478");
        assertThat(p.excluded()).singleElement().satisfies(e -> {
            assertThat(e.observation().id()).isEqualTo("OBS-4");
            assertThat(e.distance()).isEqualByComparingTo("88");
            assertThat(e.reason()).contains("100.00 USD", "88", "above the median 12", "4.4478");
        });
        assertThat(p.kept()).extracting(PriceObservation::id).containsExactly("OBS-0", "OBS-1", "OBS-2", "OBS-3");
        assertThat(p.value()).isEqualTo(Money.of("11.50", "USD"));
        assertThat(p.spread().min()).isEqualByComparingTo("10");
        assertThat(p.spread().lowerQuartile()).isEqualByComparingTo("10.75");
        assertThat(p.spread().upperQuartile()).isEqualByComparingTo("12.25");
        assertThat(p.spread().max()).isEqualByComparingTo("13");
        assertThat(p.spread().interquartileRange()).isEqualByComparingTo("1.5");
        assertThat(p.derivation().sources()).extracting(SourceCitation::observationId)
                .containsExactly("OBS-0", "OBS-1", "OBS-2", "OBS-3");
        assertThat(p.derivation().requirements()).containsExactly("VAL-11");
        assertThat(p.derivation().explain()).contains("OBS-4 (100.00 USD)", "1 excluded, 4 kept", "median of the 4 prices kept");
    }

    @Test
    @DisplayName("a median between two đồng is rounded HALF_UP, and the trail says so")
    void halfMinorUnitMedian_isRoundedHalfUp() {
        RobustPrice p = RobustAggregation.defaultAggregation().aggregate(prices("VND", "10", "11", "12", "13"));

        assertThat(p.spread().median()).isEqualByComparingTo("11.5");
        assertThat(p.value()).isEqualTo(Money.vnd(12));
        assertThat(p.derivation().steps().get(p.derivation().steps().size() - 1).description())
                .contains("11.5 VND", "rounded HALF_UP", "whole VND");
    }

    @Test
    @DisplayName("when more than half the prices are equal (MAD 0), the mean absolute deviation decides: a price one đồng off stays")
    void zeroMad_fallsBackToMeanAbsoluteDeviation() {
        RobustPrice p = RobustAggregation.defaultAggregation()
                .aggregate(prices("VND", "100", "100", "100", "100", "100", "100", "101", "500"));

        assertThat(p.estimator()).isEqualTo(ScaleEstimator.MEAN_ABSOLUTE_DEVIATION);
        assertThat(p.excluded()).extracting(e -> e.observation().id()).containsExactly("OBS-7");
        assertThat(p.kept()).hasSize(7);
        assertThat(p.value()).isEqualTo(Money.vnd(100));
        assertThat(p.derivation().explain()).contains("mean absolute deviation");
    }

    @Test
    @DisplayName("equal prices have no spread and nothing is excluded")
    void equalPrices_excludeNothing() {
        RobustPrice p = RobustAggregation.defaultAggregation().aggregate(prices("VND", "250000", "250000", "250000"));

        assertThat(p.estimator()).isEqualTo(ScaleEstimator.NONE);
        assertThat(p.excluded()).isEmpty();
        assertThat(p.value()).isEqualTo(Money.vnd(250_000));
    }

    @Test
    @DisplayName("k is configurable: a smaller k excludes more; k below 1 is refused")
    void k_isConfigurable() {
        List<PriceObservation> obs = prices("USD", "10.00", "11.00", "12.00", "13.00", "18.00");

        assertThat(RobustAggregation.defaultAggregation().aggregate(obs).excluded()).hasSize(1);
        assertThat(RobustAggregation.of(new BigDecimal("4.5")).aggregate(obs).excluded()).isEmpty();
        assertThatThrownBy(() -> RobustAggregation.of(new BigDecimal("0.5"))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("expected 1 to 100");
    }

    @Test
    @DisplayName("prices in different currencies or units are refused: normalise first")
    void mixedCurrenciesOrUnits_areRefused() {
        List<PriceObservation> mixed = new ArrayList<>(prices("USD", "10.00", "11.00"));
        mixed.add(RulesFixtures.accepted("OBS-VND", PHONE, Money.vnd(250_000), BUILD_DATE));
        List<PriceObservation> units = new ArrayList<>(prices("USD", "10.00", "11.00"));
        units.add(RulesFixtures.accepted("OBS-SET", PHONE, Money.of("50.00", "USD"), BUILD_DATE).toBuilder()
                .unit(UnitOfMeasure.SET).build());

        assertThatThrownBy(() -> RobustAggregation.defaultAggregation().aggregate(mixed))
                .isInstanceOf(ValidationException.class).hasMessageContaining("OBS-VND").hasMessageContaining("PriceNormaliser");
        assertThatThrownBy(() -> RobustAggregation.defaultAggregation().aggregate(units))
                .isInstanceOf(ValidationException.class).hasMessageContaining("per SET");
    }

    @Test
    @DisplayName("VAL-05, VAL-15: observations that do not count, repeated ones and an empty list are refused")
    void badObservations_areRefused() {
        List<PriceObservation> withSuspicious = new ArrayList<>(prices("USD", "10.00"));
        withSuspicious.add(RulesFixtures.suspicious("OBS-NGHI", PHONE, Money.of("1.00", "USD"), BUILD_DATE));
        List<PriceObservation> withPending = List.of(RulesFixtures.pending("OBS-P", PHONE, PriceSource.EXPORTER_OR_PRODUCER,
                Money.of("1.00", "USD"), CommercialLevel.MANUFACTURER));
        List<PriceObservation> twice = prices("USD", "10.00", "11.00");
        List<PriceObservation> repeated = List.of(twice.get(0), twice.get(1), twice.get(0));

        assertThatThrownBy(() -> RobustAggregation.defaultAggregation().aggregate(withSuspicious))
                .isInstanceOf(ValidationException.class).hasMessageContaining("doubtful");
        assertThatThrownBy(() -> RobustAggregation.defaultAggregation().aggregate(withPending))
                .isInstanceOf(ValidationException.class).hasMessageContaining("awaits");
        assertThatThrownBy(() -> RobustAggregation.defaultAggregation().aggregate(repeated))
                .isInstanceOf(ValidationException.class).hasMessageContaining("OBS-0 is given more than once");
        assertThatThrownBy(() -> RobustAggregation.defaultAggregation().aggregate(List.of()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("at least one");
    }

    @Test
    @DisplayName("a caller's rule name, requirements and selection steps lead the trail")
    void callersBasis_leadsTheTrail() {
        DerivationStep chosen = new DerivationStep("window of 6 months", "2 observation(s) of identical goods");

        RobustPrice p = RobustAggregation.defaultAggregation().aggregate(prices("USD", "10.00", "12.00"), "my rule",
                List.of("VAL-05"), List.of(chosen));

        assertThat(p.derivation().rule()).isEqualTo("my rule");
        assertThat(p.derivation().requirements()).containsExactly("VAL-05");
        assertThat(p.derivation().steps().get(0)).isEqualTo(chosen);
        assertThat(p.value()).isEqualTo(Money.of("11.00", "USD"));
    }
}
