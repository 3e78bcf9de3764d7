package io.github.vncustoms.valuation.reference;

import static io.github.vncustoms.valuation.reference.RulesFixtures.PHONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.money.Money;
import io.github.vncustoms.valuation.approval.ApprovalState;
import io.github.vncustoms.valuation.goods.UnitOfMeasure;
import io.github.vncustoms.valuation.observation.CommercialLevel;
import io.github.vncustoms.valuation.observation.PriceObservation;
import io.github.vncustoms.valuation.source.PriceSource;
import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The internet offer price (VAL-08, Art. 5.1.b.2.6): worked examples and refusals. */
final class InternetOfferRuleTest {
    private static final PriceObservation OFFER = RulesFixtures.internetOffer("OBS-NET-1", Money.of("1000.00", "USD"));

    @Test
    @DisplayName("VAL-08: a dealer price of 1,000 USD at 10% gives 900 USD, citing the offer and its acceptance")
    void dealerPriceAtTenPercent_givesNineHundred() {
        Derivation d = InternetOfferRule.derive(OFFER, BigDecimal.TEN);

        assertThat(d.value()).isEqualTo(Money.of("900.00", "USD"));
        assertThat(d.unit()).isEqualTo(UnitOfMeasure.PIECE);
        assertThat(d.requirements()).containsExactly("VAL-08");
        assertThat(d.steps()).hasSize(3);
        assertThat(d.steps().get(1).description()).contains("10%", "HALF_UP", "2 decimal places");
        assertThat(d.steps().get(1).result()).isEqualTo("100.00 USD");
        assertThat(d.sources()).singleElement().satisfies(c -> {
            assertThat(c.observationId()).isEqualTo("OBS-NET-1");
            assertThat(c.source()).isEqualTo(PriceSource.INTERNET_OFFER);
            assertThat(c.approval()).isEqualTo(ApprovalState.ACCEPTED);
            assertThat(c.approvedBy()).isEqualTo("truong.phong");
        });
        assertThat(d.explain()).contains("900.00 USD per PCE", "OBS-NET-1", "by truong.phong", "KR");
    }

    @Test
    @DisplayName("VAL-08: at the 20% bound, 1,000 USD gives 800 USD")
    void dealerPriceAtTwentyPercent_givesEightHundred() {
        assertThat(InternetOfferRule.derive(OFFER, BigDecimal.valueOf(20)).value()).isEqualTo(Money.of("800.00", "USD"));
    }

    @Test
    @DisplayName("VAL-08: a rate below 10% is refused, stating the bound")
    void rateBelowTen_isRefused() {
        assertThatThrownBy(() -> InternetOfferRule.derive(OFFER, new BigDecimal("9.99")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("9.99%").hasMessageContaining("10%").hasMessageContaining("20%");
    }

    @Test
    @DisplayName("VAL-08: a rate above 20% without evidence is refused, stating the bound")
    void rateAboveTwentyWithoutEvidence_isRefused() {
        assertThatThrownBy(() -> InternetOfferRule.derive(OFFER, new BigDecimal("20.5")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("above the 20% maximum").hasMessageContaining("verified evidence");
    }

    @Test
    @DisplayName("VAL-08: with verified evidence of an actual 25%, exactly 25% is deducted and the evidence is in the trail")
    void verifiedEvidence_allowsTheActualHigherRate() {
        TaxEvidence vat = TaxEvidence.verified(new BigDecimal("25"), "Korean NTS notice 2026-41");

        Derivation d = InternetOfferRule.derive(OFFER, new BigDecimal("25"), vat);

        assertThat(d.value()).isEqualTo(Money.of("750.00", "USD"));
        assertThat(d.steps().get(1).description()).contains("25%", "Korean NTS notice 2026-41");
    }

    @Test
    @DisplayName("VAL-08: a rate that differs from the evidenced one is refused")
    void rateDifferingFromEvidence_isRefused() {
        TaxEvidence vat = TaxEvidence.verified(new BigDecimal("30"), "Korean NTS notice 2026-41");

        assertThatThrownBy(() -> InternetOfferRule.derive(OFFER, new BigDecimal("25"), vat))
                .isInstanceOf(ValidationException.class).hasMessageContaining("differs from the actual rate 30%");
    }

    @Test
    @DisplayName("VAL-08: unverified evidence supports nothing")
    void unverifiedEvidence_isRefused() {
        TaxEvidence rumour = new TaxEvidence(new BigDecimal("25"), false, "forum post");

        assertThatThrownBy(() -> InternetOfferRule.derive(OFFER, new BigDecimal("25"), rumour))
                .isInstanceOf(ValidationException.class).hasMessageContaining("not verified");
    }

    @Test
    @DisplayName("VAL-08, VAL-15: a pending or not-accepted offer does not count and is refused")
    void offerThatDoesNotCount_isRefused() {
        PriceObservation pending = RulesFixtures.pending("OBS-NET-2", PHONE, PriceSource.INTERNET_OFFER,
                Money.of("1000.00", "USD"), CommercialLevel.EXPORT_DEALER);
        PriceObservation refused = RulesFixtures.notAccepted("OBS-NET-3", PHONE, PriceSource.INTERNET_OFFER,
                Money.of("1000.00", "USD"), CommercialLevel.EXPORT_DEALER);

        assertThatThrownBy(() -> InternetOfferRule.derive(pending, BigDecimal.TEN))
                .isInstanceOf(ValidationException.class).hasMessageContaining("awaits the leader's decision");
        assertThatThrownBy(() -> InternetOfferRule.derive(refused, BigDecimal.TEN))
                .isInstanceOf(ValidationException.class).hasMessageContaining("không chấp nhận");
    }

    @Test
    @DisplayName("VAL-08: an observation of another source or level is refused")
    void otherSourceOrLevel_isRefused() {
        PriceObservation press = RulesFixtures.acceptedBy("truong.phong", "OBS-PRESS", PHONE, PriceSource.PRESS,
                Money.of("1000.00", "USD"), CommercialLevel.EXPORT_DEALER);
        PriceObservation retail = RulesFixtures.acceptedBy("truong.phong", "OBS-NET-4", PHONE, PriceSource.INTERNET_OFFER,
                Money.of("1000.00", "USD"), CommercialLevel.DOMESTIC_RETAIL);

        assertThatThrownBy(() -> InternetOfferRule.derive(press, BigDecimal.TEN))
                .isInstanceOf(ValidationException.class).hasMessageContaining("PRESS");
        assertThatThrownBy(() -> InternetOfferRule.derive(retail, BigDecimal.TEN))
                .isInstanceOf(ValidationException.class).hasMessageContaining("DOMESTIC_RETAIL");
    }

    @Test
    @DisplayName("VAL-08: a dealer price typed in derives without sources; the deduction rounds HALF_UP")
    void typedInPrice_roundsTheDeductionHalfUp() {
        Derivation cents = InternetOfferRule.derive(Money.of("0.05", "USD"), UnitOfMeasure.PIECE, BigDecimal.TEN);
        Derivation dong = InternetOfferRule.derive(Money.vnd(999), UnitOfMeasure.PIECE, new BigDecimal("15"));

        assertThat(cents.value()).isEqualTo(Money.of("0.04", "USD"));
        assertThat(cents.sources()).isEmpty();
        assertThat(dong.value()).isEqualTo(Money.vnd(849));
        assertThat(dong.steps().get(1).description()).contains("whole VND");
    }

    @Test
    @DisplayName("VAL-08: a deduction that leaves nothing is refused")
    void deductionLeavingNothing_isRefused() {
        TaxEvidence heavy = TaxEvidence.verified(new BigDecimal("60"), "excise schedule");

        assertThatThrownBy(() -> InternetOfferRule.derive(Money.of("0.01", "USD"), UnitOfMeasure.PIECE, new BigDecimal("60"), heavy))
                .isInstanceOf(ValidationException.class).hasMessageContaining("expected a positive price");
    }

    @Test
    @DisplayName("VAL-08: tax evidence needs a rate above 0 and below 100 and a document")
    void taxEvidence_validatesItself() {
        assertThatThrownBy(() -> TaxEvidence.verified(BigDecimal.ZERO, "doc")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> TaxEvidence.verified(BigDecimal.valueOf(100), "doc")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> TaxEvidence.verified(BigDecimal.TEN, " ")).isInstanceOf(ValidationException.class);
    }
}
