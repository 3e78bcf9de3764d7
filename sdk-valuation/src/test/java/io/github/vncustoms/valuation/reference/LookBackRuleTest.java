package io.github.vncustoms.valuation.reference;

import static io.github.vncustoms.valuation.reference.RulesFixtures.BUILD_DATE;
import static io.github.vncustoms.valuation.reference.RulesFixtures.OTHER_MODEL;
import static io.github.vncustoms.valuation.reference.RulesFixtures.PHONE;
import static io.github.vncustoms.valuation.reference.RulesFixtures.TABLET;
import static io.github.vncustoms.valuation.reference.RulesFixtures.accepted;
import static io.github.vncustoms.valuation.reference.RulesFixtures.declared;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.id.HsCode;
import io.github.vncustoms.core.money.ExchangeRate;
import io.github.vncustoms.core.money.FixedExchangeRates;
import io.github.vncustoms.core.money.Money;
import io.github.vncustoms.valuation.goods.Comparability;
import io.github.vncustoms.valuation.goods.GoodsDescriptor;
import io.github.vncustoms.valuation.goods.UnitOfMeasure;
import io.github.vncustoms.valuation.observation.PriceObservation;
import io.github.vncustoms.valuation.source.PriceSource;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Identical and similar goods in the look-back windows (VAL-05, Art. 5.1.b.2.1–b.2.2). */
final class LookBackRuleTest {
    private static final LookBackRule RULE = LookBackRule.defaultRule();

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    @Test
    @DisplayName("VAL-05: identical goods valued by customs or accepted within 6 months are used, in the 6-month window")
    void identicalWithinSixMonths_useTheFirstWindow() {
        List<PriceObservation> candidates = List.of(
                accepted("TK-1", PHONE, usd("700.00"), BUILD_DATE.minusMonths(1)),
                declared("TK-2", PHONE, PriceSource.CUSTOMS_VALUATION_RESULT, usd("720.00"), BUILD_DATE.minusMonths(2)),
                accepted("TK-3", PHONE, usd("710.00"), BUILD_DATE.minusMonths(6)),
                accepted("TK-OLD", PHONE, usd("100.00"), BUILD_DATE.minusMonths(6).minusDays(1)),
                accepted("TK-SIM", OTHER_MODEL, usd("650.00"), BUILD_DATE.minusMonths(1)));

        LookBackResult r = RULE.lookBack(PHONE, BUILD_DATE, candidates);

        assertThat(r.window()).isEqualTo(new LookBackWindow(WindowKind.SIX_MONTHS, LocalDate.of(2026, 5, 17), BUILD_DATE));
        assertThat(r.windowsTried()).hasSize(1);
        assertThat(r.comparability()).contains(Comparability.IDENTICAL);
        assertThat(r.found()).isEqualTo(3);
        assertThat(r.observations()).extracting(PriceObservation::id).containsExactly("TK-1", "TK-2", "TK-3");
        Derivation d = r.derivation().orElseThrow();
        assertThat(d.value()).isEqualTo(usd("710.00"));
        assertThat(d.requirements()).containsExactly("VAL-05");
        assertThat(d.explain()).contains("window of 6 months: 2026-05-17 to 2026-11-17", "3 observation(s) of identical goods",
                "b.2.1", "b.2.2");
        assertThat(r.toString()).contains("SIX_MONTHS", "3 observation(s) of IDENTICAL goods", "710.00 USD");
    }

    @Test
    @DisplayName("VAL-05: similar goods in the 6-month window are used before widening to identical goods of last year")
    void similarInTheWindow_isUsedBeforeWidening() {
        List<PriceObservation> candidates = List.of(
                accepted("TK-SIM", OTHER_MODEL, usd("650.00"), BUILD_DATE.minusMonths(3)),
                accepted("TK-ID-OLD", PHONE, usd("700.00"), BUILD_DATE.minusMonths(9)));

        LookBackResult r = RULE.lookBack(PHONE, BUILD_DATE, candidates);

        assertThat(r.window().kind()).isEqualTo(WindowKind.SIX_MONTHS);
        assertThat(r.comparability()).contains(Comparability.SIMILAR);
        assertThat(r.observations()).extracting(PriceObservation::id).containsExactly("TK-SIM");
        assertThat(r.derivation().orElseThrow().explain()).contains("no identical goods; 1 observation(s) of similar goods");
    }

    @Test
    @DisplayName("VAL-05: only if the 6-month window is empty is the 1-year window used")
    void emptySixMonths_widensToOneYear() {
        List<PriceObservation> candidates = List.of(
                accepted("TK-9M", PHONE, usd("700.00"), BUILD_DATE.minusMonths(9)),
                accepted("TK-TABLET", TABLET, usd("900.00"), BUILD_DATE.minusMonths(1)),
                RulesFixtures.suspicious("TK-NGHI", PHONE, usd("100.00"), BUILD_DATE.minusMonths(1)),
                accepted("TK-FUTURE", PHONE, usd("999.00"), BUILD_DATE.plusDays(1)),
                declared("TK-CHECK", PHONE, PriceSource.VALUE_CHECK_RESULT, usd("500.00"), BUILD_DATE.minusMonths(1)));

        LookBackResult r = RULE.lookBack(PHONE, BUILD_DATE, candidates);

        assertThat(r.windowsTried()).extracting(LookBackWindow::kind).containsExactly(WindowKind.SIX_MONTHS, WindowKind.ONE_YEAR);
        assertThat(r.window()).isEqualTo(new LookBackWindow(WindowKind.ONE_YEAR, LocalDate.of(2025, 11, 17), BUILD_DATE));
        assertThat(r.observations()).extracting(PriceObservation::id).containsExactly("TK-9M");
        assertThat(r.derivation().orElseThrow().explain()).contains("the 6-month window is empty: window of 1 year");
    }

    @Test
    @DisplayName("VAL-05: without the officer's request the search stops at 1 year and says nothing was found")
    void nothingWithinOneYear_withoutRequest_findsNothing() {
        List<PriceObservation> candidates = List.of(accepted("TK-18M", PHONE, usd("700.00"), BUILD_DATE.minusMonths(18)));

        LookBackResult r = RULE.lookBack(PHONE, BUILD_DATE, candidates);

        assertThat(r.isEmpty()).isTrue();
        assertThat(r.found()).isZero();
        assertThat(r.window().kind()).isEqualTo(WindowKind.ONE_YEAR);
        assertThat(r.comparability()).isEmpty();
        assertThat(r.price()).isEmpty();
        assertThat(r.derivation()).isEmpty();
        assertThat(r.toString()).contains("nothing found");
    }

    @Test
    @DisplayName("VAL-05: at the officer's request of 18 months, an empty year widens to 18 months")
    void officersRequest_widensUpToItsPeriod() {
        List<PriceObservation> candidates = List.of(accepted("TK-18M", PHONE, usd("700.00"), BUILD_DATE.minusMonths(18)),
                accepted("TK-20M", PHONE, usd("650.00"), BUILD_DATE.minusMonths(20)));

        LookBackResult r = RULE.lookBack(PHONE, BUILD_DATE, candidates,
                LookBackRequest.of(Period.ofMonths(18), "không có tờ khai trong 01 năm"));

        assertThat(r.window()).isEqualTo(new LookBackWindow(WindowKind.EXTENDED, LocalDate.of(2025, 5, 17), BUILD_DATE));
        assertThat(r.observations()).extracting(PriceObservation::id).containsExactly("TK-18M");
        assertThat(r.derivation().orElseThrow().explain()).contains("P18M at the officer's request (không có tờ khai trong 01 năm)");
    }

    @Test
    @DisplayName("VAL-05: a request of more than 2 years, or of no more than 1 year, is refused")
    void requestOutsideOneToTwoYears_isRefused() {
        assertThat(RULE.lookBack(PHONE, BUILD_DATE, List.of(), LookBackRequest.of(Period.ofYears(2), "")).window().from())
                .isEqualTo(LocalDate.of(2024, 11, 17));
        assertThatThrownBy(() -> RULE.lookBack(PHONE, BUILD_DATE, List.of(), LookBackRequest.of(Period.ofMonths(25), "")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("expected at most 2 years");
        assertThatThrownBy(() -> RULE.lookBack(PHONE, BUILD_DATE, List.of(), LookBackRequest.of(Period.ofDays(731), "")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("not before 2024-11-17");
        assertThatThrownBy(() -> RULE.lookBack(PHONE, BUILD_DATE, List.of(), LookBackRequest.of(Period.ofYears(1), "")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("more than 1 year");
        assertThatThrownBy(() -> LookBackRequest.of(Period.ofMonths(-3), "")).isInstanceOf(ValidationException.class);
    }

    @Test
    @DisplayName("VAL-04: goods that do not identify one item get no look-back")
    void vagueGoods_areRefused() {
        GoodsDescriptor vague = GoodsDescriptor.builder(HsCode.parse("8517.13.00"), "Điện thoại di động các loại").build();

        assertThatThrownBy(() -> RULE.lookBack(vague, BUILD_DATE, List.of()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("gom khung");
    }

    @Test
    @DisplayName("prices in several currencies are refused unless a normaliser brings them together at their price dates")
    void mixedCurrencies_needANormaliser() {
        List<PriceObservation> candidates = List.of(accepted("TK-USD", PHONE, usd("700.00"), BUILD_DATE.minusMonths(1)),
                accepted("TK-VND", PHONE, Money.vnd(17_500_000), BUILD_DATE.minusMonths(2)));
        FixedExchangeRates rates = FixedExchangeRates.builder().add(new ExchangeRate(Money.currency("USD"), Money.VND,
                new BigDecimal("25000"), LocalDate.of(2026, 1, 1), "SBV")).build();
        LookBackRule normalising = RULE.toBuilder().normaliser(PriceNormaliser.builder().exchangeRates(rates)
                .targetCurrency(Money.VND).targetUnit(UnitOfMeasure.PIECE).build()).build();

        assertThatThrownBy(() -> RULE.lookBack(PHONE, BUILD_DATE, candidates))
                .isInstanceOf(ValidationException.class).hasMessageContaining("normalise");
        LookBackResult r = normalising.lookBack(PHONE, BUILD_DATE, candidates);
        assertThat(r.price().orElseThrow().value()).isEqualTo(Money.vnd(17_500_000));
        assertThat(r.derivation().orElseThrow().explain()).contains("1 of 2 prices converted into VND per PCE",
                "TK-USD: 700.00 USD per PCE → 17500000 VND per PCE");
    }
}
