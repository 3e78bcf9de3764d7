package io.github.vncustoms.valuation.reference;

import static io.github.vncustoms.valuation.reference.RulesFixtures.BICYCLE_KIT;
import static io.github.vncustoms.valuation.reference.RulesFixtures.BUILD_DATE;
import static io.github.vncustoms.valuation.reference.RulesFixtures.FRAME;
import static io.github.vncustoms.valuation.reference.RulesFixtures.WHEEL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.money.Money;
import io.github.vncustoms.valuation.goods.UnitOfMeasure;
import io.github.vncustoms.valuation.observation.PriceObservation;
import io.github.vncustoms.valuation.source.PriceSource;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Kits compared with complete kits and with their main components (VAL-06, Art. 5.1.b.2.3). */
final class KitComparisonTest {
    private static final KitComparison KITS = KitComparison.builder().build();
    private static final PriceObservation FRAME_DECL = RulesFixtures.accepted("TK-FRAME", FRAME, Money.of("60.00", "USD"),
            BUILD_DATE.minusMonths(2));
    private static final PriceObservation WHEEL_DECL = RulesFixtures.declared("TK-WHEEL", WHEEL, PriceSource.KIT_COMPONENTS,
            Money.of("12.50", "USD"), BUILD_DATE.minusMonths(1));
    private static final List<KitComponent> PARTS = List.of(KitComponent.of(FRAME_DECL, BigDecimal.ONE),
            KitComponent.of(WHEEL_DECL, BigDecimal.valueOf(2)));

    private static PriceObservation kit(String id, String amount) {
        return RulesFixtures.accepted(id, BICYCLE_KIT, Money.of(amount, "USD"), BUILD_DATE.minusMonths(1)).toBuilder()
                .unit(UnitOfMeasure.SET).build();
    }

    @Test
    @DisplayName("VAL-06: the components' value is the sum of their declared unit prices times their quantities per kit")
    void componentsValue_sumsPricesTimesQuantities() {
        Derivation d = KITS.componentsValue(BICYCLE_KIT, UnitOfMeasure.SET, PARTS);

        assertThat(d.value()).isEqualTo(Money.of("85.00", "USD"));
        assertThat(d.unit()).isEqualTo(UnitOfMeasure.SET);
        assertThat(d.requirements()).containsExactly("VAL-06");
        assertThat(d.sources()).extracting(SourceCitation::observationId).containsExactly("TK-FRAME", "TK-WHEEL");
        assertThat(d.explain()).contains("12.50 USD per PCE × 2 PCE per kit", "25.00 USD", "85.00 USD per SET");
    }

    @Test
    @DisplayName("VAL-06: a kit declared at 68 USD is 80% of its components and 68% of similar complete kits")
    void compare_reportsRatiosToKitsAndComponents() {
        List<PriceObservation> kits = List.of(kit("TK-KIT-1", "90.00"), kit("TK-KIT-2", "100.00"), kit("TK-KIT-3", "110.00"),
                kit("TK-KIT-LATER", "20.00").toBuilder().priceDate(BUILD_DATE.plusDays(3)).determinedOn(BUILD_DATE.plusDays(3))
                        .enteredAt(BUILD_DATE.plusDays(4).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()).build());

        KitComparisonResult r = KITS.compare(BICYCLE_KIT, Money.of("68.00", "USD"), UnitOfMeasure.SET, BUILD_DATE, kits, PARTS);

        assertThat(r.completeKits().orElseThrow().value()).isEqualTo(Money.of("100.00", "USD"));
        assertThat(r.completeKits().orElseThrow().observed()).isEqualTo(3);
        assertThat(r.components().orElseThrow().value()).isEqualTo(Money.of("85.00", "USD"));
        assertThat(r.ratioToComponents()).hasValueSatisfying(x -> assertThat(x).isEqualByComparingTo("0.8"));
        assertThat(r.ratioToCompleteKits()).hasValueSatisfying(x -> assertThat(x).isEqualByComparingTo("0.68"));
        assertThat(r.declaredValue()).isEqualTo(Money.of("68.00", "USD"));
    }

    @Test
    @DisplayName("VAL-06: without complete kits the components alone are compared")
    void withoutKits_componentsAlone() {
        KitComparisonResult r = KITS.compare(BICYCLE_KIT, Money.of("85.00", "USD"), UnitOfMeasure.SET, BUILD_DATE, List.of(), PARTS);

        assertThat(r.completeKits()).isEmpty();
        assertThat(r.ratioToCompleteKits()).isEmpty();
        assertThat(r.ratioToComponents()).hasValueSatisfying(x -> assertThat(x).isEqualByComparingTo("1"));
    }

    @Test
    @DisplayName("VAL-06: flagged components, components priced after the declaration, or nothing to compare are refused")
    void badComponents_areRefused() {
        PriceObservation flagged = RulesFixtures.suspicious("TK-NGHI", FRAME, Money.of("5.00", "USD"), BUILD_DATE.minusMonths(1));
        PriceObservation later = RulesFixtures.accepted("TK-LATE", FRAME, Money.of("60.00", "USD"), BUILD_DATE.minusDays(1));

        assertThatThrownBy(() -> KITS.componentsValue(BICYCLE_KIT, UnitOfMeasure.SET, List.of(KitComponent.of(flagged, BigDecimal.ONE))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("doubtful");
        assertThatThrownBy(() -> KITS.compare(BICYCLE_KIT, Money.of("85.00", "USD"), UnitOfMeasure.SET, BUILD_DATE.minusDays(2),
                List.of(), List.of(KitComponent.of(later, BigDecimal.ONE))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("imported earlier");
        assertThatThrownBy(() -> KITS.compare(BICYCLE_KIT, Money.of("85.00", "USD"), UnitOfMeasure.SET, BUILD_DATE, List.of(), List.of()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Nothing to compare");
        assertThatThrownBy(() -> KitComponent.of(FRAME_DECL, BigDecimal.ZERO)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> KITS.componentsValue(BICYCLE_KIT, UnitOfMeasure.SET, List.of(KitComponent.of(FRAME_DECL,
                BigDecimal.ONE), KitComponent.of(RulesFixtures.accepted("TK-VND", WHEEL, Money.vnd(300_000), BUILD_DATE),
                BigDecimal.ONE)))).isInstanceOf(ValidationException.class).hasMessageContaining("one currency");
    }

    @Test
    @DisplayName("VAL-06: a kit declared in another currency than its comparisons is refused")
    void otherCurrency_isRefused() {
        assertThatThrownBy(() -> KITS.compare(BICYCLE_KIT, Money.vnd(2_000_000), UnitOfMeasure.SET, BUILD_DATE, List.of(), PARTS))
                .isInstanceOf(ValidationException.class).hasMessageContaining("normalise");
    }
}
