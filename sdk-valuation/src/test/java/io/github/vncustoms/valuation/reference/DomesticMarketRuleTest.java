package io.github.vncustoms.valuation.reference;

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
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.Label;

/** The domestic market price (VAL-09, VAL-10, Art. 5.1.b.2.7): worked examples and refusals. */
final class DomesticMarketRuleTest {
    private static final List<DomesticTax> TAXES = List.of(DomesticTax.of("thuế nhập khẩu", Money.vnd(60_000)),
            DomesticTax.of("thuế tiêu thụ đặc biệt", Money.vnd(40_000)));
    private static final BigDecimal TWENTY = BigDecimal.valueOf(20);

    @Example
    @Label("VAL-10: a retail price of 1,100,000 VND is a wholesale price of 1,000,000 VND")
    void retail_dividedByOneHundredTenPercent() {
        assertThat(DomesticMarketRule.wholesaleFromRetail(Money.vnd(1_100_000))).isEqualTo(Money.vnd(1_000_000));
        assertThat(DomesticMarketRule.wholesaleFromRetail(Money.of("11.00", "USD"))).isEqualTo(Money.of("10.00", "USD"));
        assertThat(DomesticMarketRule.wholesaleFromRetail(Money.vnd(1_000))).isEqualTo(Money.vnd(909));
    }

    @Example
    @Label("VAL-09: 1,000,000 VND wholesale − 100,000 VND taxes − 20% general costs and profit = 700,000 VND")
    void wholesale_minusTaxes_minusCostsAndProfit() {
        Derivation d = DomesticMarketRule.derive(Money.vnd(1_000_000), CommercialLevel.DOMESTIC_WHOLESALE, UnitOfMeasure.PIECE,
                TAXES, TWENTY);

        assertThat(d.value()).isEqualTo(Money.vnd(700_000));
        assertThat(d.requirements()).containsExactly("VAL-09");
        assertThat(d.sources()).isEmpty();
        assertThat(d.explain()).contains("thuế nhập khẩu 60000 VND", "thuế tiêu thụ đặc biệt 40000 VND", "100000 VND",
                "200000 VND", "at 20% of the selling price 1000000 VND (allowed: at most 20% without documents)");
    }

    @Example
    @Label("VAL-09, VAL-10: a surveyed retail price of 1,100,000 VND is converted first, then the same deductions give 700,000 VND")
    void surveyedRetail_isConvertedThenDeducted() {
        PriceObservation survey = RulesFixtures.domestic("OBS-KS-1", Money.vnd(1_100_000), CommercialLevel.DOMESTIC_RETAIL);

        Derivation d = DomesticMarketRule.derive(survey, TAXES, TWENTY);

        assertThat(d.value()).isEqualTo(Money.vnd(700_000));
        assertThat(d.requirements()).containsExactly("VAL-09", "VAL-10");
        assertThat(d.steps().get(1).description()).contains("/ 110%", "HALF_UP");
        assertThat(d.steps().get(1).result()).isEqualTo("1000000 VND per PCE");
        assertThat(d.sources()).singleElement().satisfies(c -> assertThat(c.approvedBy()).isEqualTo("truong.phong"));
    }

    @Example
    @Label("VAL-09: prices from the tax authority count like surveys")
    void taxAuthorityPrice_isUsed() {
        PriceObservation tax = RulesFixtures.acceptedBy("truong.phong", "OBS-CT-1", PHONE, PriceSource.DOMESTIC_MARKET_TAX_AUTHORITY,
                Money.vnd(1_000_000), CommercialLevel.DOMESTIC_WHOLESALE);

        assertThat(DomesticMarketRule.derive(tax, List.of(), BigDecimal.TEN).value()).isEqualTo(Money.vnd(900_000));
    }

    @Example
    @Label("VAL-09: more than 20% general costs and profit needs verified documents, and then exactly their rate")
    void higherCostsAndProfit_needVerifiedDocuments() {
        CostAndProfitEvidence books = CostAndProfitEvidence.verified(new BigDecimal("25"), "Báo cáo tài chính 2025, công ty X");

        assertThatThrownBy(() -> DomesticMarketRule.derive(Money.vnd(1_000_000), CommercialLevel.DOMESTIC_WHOLESALE,
                UnitOfMeasure.PIECE, TAXES, new BigDecimal("25")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("above the 20% maximum");
        assertThat(DomesticMarketRule.derive(Money.vnd(1_000_000), CommercialLevel.DOMESTIC_WHOLESALE, UnitOfMeasure.PIECE,
                TAXES, new BigDecimal("25"), books).value()).isEqualTo(Money.vnd(650_000));
        assertThatThrownBy(() -> DomesticMarketRule.derive(Money.vnd(1_000_000), CommercialLevel.DOMESTIC_WHOLESALE,
                UnitOfMeasure.PIECE, TAXES, new BigDecimal("24"), books))
                .isInstanceOf(ValidationException.class).hasMessageContaining("differs from the actual rate 25%");
        CostAndProfitEvidence unchecked = new CostAndProfitEvidence(new BigDecimal("25"), false, "lời khai");
        assertThatThrownBy(() -> DomesticMarketRule.derive(Money.vnd(1_000_000), CommercialLevel.DOMESTIC_WHOLESALE,
                UnitOfMeasure.PIECE, TAXES, new BigDecimal("25"), unchecked))
                .isInstanceOf(ValidationException.class).hasMessageContaining("not verified");
    }

    @Example
    @Label("VAL-09: deductions that exceed the price are refused")
    void negativeResult_isRefused() {
        assertThatThrownBy(() -> DomesticMarketRule.derive(Money.vnd(100_000), CommercialLevel.DOMESTIC_WHOLESALE,
                UnitOfMeasure.PIECE, TAXES, TWENTY))
                .isInstanceOf(ValidationException.class).hasMessageContaining("leaves -20000 VND");
    }

    @Example
    @Label("VAL-09: a negative rate, a tax in another currency, a non-domestic level are refused")
    void badInputs_areRefused() {
        assertThatThrownBy(() -> DomesticMarketRule.derive(Money.vnd(1_000_000), CommercialLevel.DOMESTIC_WHOLESALE,
                UnitOfMeasure.PIECE, TAXES, new BigDecimal("-1")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("negative");
        assertThatThrownBy(() -> DomesticMarketRule.derive(Money.vnd(1_000_000), CommercialLevel.DOMESTIC_WHOLESALE,
                UnitOfMeasure.PIECE, List.of(DomesticTax.of("VAT", Money.of("4.00", "USD"))), TWENTY))
                .isInstanceOf(ValidationException.class).hasMessageContaining("expected taxes in the price's currency");
        assertThatThrownBy(() -> DomesticMarketRule.derive(Money.vnd(1_000_000), CommercialLevel.IMPORT,
                UnitOfMeasure.PIECE, TAXES, TWENTY))
                .isInstanceOf(ValidationException.class).hasMessageContaining("DOMESTIC_RETAIL or DOMESTIC_WHOLESALE");
        assertThatThrownBy(() -> DomesticTax.of("thuế GTGT", Money.vnd(-1))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> DomesticMarketRule.wholesaleFromRetail(Money.vnd(0))).isInstanceOf(ValidationException.class);
    }

    @Example
    @Label("VAL-09, VAL-15: a pending survey and an internet offer are refused")
    void observationsThatDoNotFit_areRefused() {
        PriceObservation pending = RulesFixtures.pending("OBS-KS-2", PHONE, PriceSource.DOMESTIC_MARKET_SURVEY,
                Money.vnd(1_100_000), CommercialLevel.DOMESTIC_RETAIL);
        PriceObservation offer = RulesFixtures.internetOffer("OBS-NET-9", Money.of("1000.00", "USD"));

        assertThatThrownBy(() -> DomesticMarketRule.derive(pending, TAXES, TWENTY))
                .isInstanceOf(ValidationException.class).hasMessageContaining("does not count");
        assertThatThrownBy(() -> DomesticMarketRule.derive(offer, TAXES, TWENTY))
                .isInstanceOf(ValidationException.class).hasMessageContaining("INTERNET_OFFER");
    }
}
