package io.github.vncustoms.valuation.screening;

import static io.github.vncustoms.valuation.screening.ScreeningFixtures.DAY;
import static io.github.vncustoms.valuation.screening.ScreeningFixtures.RATES;
import static io.github.vncustoms.valuation.screening.ScreeningFixtures.granules;
import static io.github.vncustoms.valuation.screening.ScreeningFixtures.item;
import static io.github.vncustoms.valuation.screening.ScreeningFixtures.line;
import static io.github.vncustoms.valuation.screening.ScreeningFixtures.phone;
import static io.github.vncustoms.valuation.screening.ScreeningFixtures.version;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vncustoms.core.money.ExchangeRate;
import io.github.vncustoms.core.money.FixedExchangeRates;
import io.github.vncustoms.core.money.Money;
import io.github.vncustoms.valuation.goods.UnitConversions;
import io.github.vncustoms.valuation.goods.UnitOfMeasure;
import io.github.vncustoms.valuation.risklist.RiskListItem;
import io.github.vncustoms.valuation.risklist.RiskListVersion;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import net.jqwik.api.Example;
import net.jqwik.api.Label;

/**
 * Worked screening examples (QĐ 2344 Art. 5.3; VAL-12, VAL-19): one per outcome and reason, with the
 * conversions a customs officer meets (another currency, tonnes against kilograms).
 */
final class ScreeningExamplesTest {
    private static final RiskListItem PHONE = item("RL-8517-001", phone("SM-S928B"), Money.of("8000000", "VND"), UnitOfMeasure.PIECE);
    private static final RiskListItem GRANULES = item("RL-3901-007", granules("HD5502"), Money.of("30000", "VND"), UnitOfMeasure.KILOGRAM);
    private static final RiskListItem UNPRICED = item("RL-8517-002", phone("SM-A556E"), null, UnitOfMeasure.PIECE);
    private static final RiskListVersion LIST = version(3, PHONE, GRANULES, UNPRICED);

    private final Screener screener = Screener.builder(LIST).exchangeRates(RATES).build();

    @Example
    @Label("VAL-12, VAL-19: a line 20% below the reference raises a doubt and a consultation, and states no value to impose")
    void aLineTwentyPercentBelow_raisesADoubtAndAConsultation() {
        ScreeningOutcome outcome = screener.screen(line(phone("SM-S928B"), "6400000", "VND", UnitOfMeasure.PIECE));

        assertThat(outcome).isInstanceOf(BelowReference.class);
        BelowReference below = (BelowReference) outcome;
        assertThat(below.deviationPercent()).isEqualByComparingTo("20.00").hasScaleOf(2);
        assertThat(below.nextStep()).isEqualTo(NextStep.RAISE_DOUBT_AND_CONSULT);
        assertThat(below.kind()).isEqualTo(OutcomeKind.BELOW_REFERENCE);
        assertThat(below.reference()).isEqualTo(new ReferenceBasis("RL-8517-001", 3, "1234/QĐ-TCHQ",
                ScreeningFixtures.BASIS, ScreeningFixtures.LIST_FROM, null, UnitOfMeasure.PIECE));
        assertThat(below.line()).isEqualTo(new LineIdentity("103456789010", 1, phone("SM-S928B"), DAY));
        assertThat(below.reasons()).first().asString()
                .isEqualTo("The declared unit value is 20.00% below the reference price of item RL-8517-001"
                        + " (risk-list version 3), beyond the tolerance of 0%.");
        assertThat(String.join(" ", below.reasons())).contains("tham vấn", "never imposed as the customs value")
                .doesNotContain("8000000", "6400000");
    }

    @Example
    @Label("VAL-19: a line at or above the reference is consistent and needs no step")
    void aLineAtTheReference_isConsistent() {
        ScreeningOutcome atReference = screener.screen(line(phone("SM-S928B"), "8000000", "VND", UnitOfMeasure.PIECE));
        ScreeningOutcome above = screener.screen(line(phone("SM-S928B"), "9100000", "VND", UnitOfMeasure.PIECE));

        assertThat(atReference).isInstanceOf(Consistent.class);
        assertThat(above).isInstanceOf(Consistent.class);
        assertThat(atReference.nextStep()).isEqualTo(NextStep.NONE);
        assertThat(atReference.referenceBasis()).map(ReferenceBasis::itemId).contains("RL-8517-001");
        assertThat(atReference.reasons()).containsExactly("The declared unit value is not below the reference price"
                + " of item RL-8517-001 (risk-list version 3) by more than the tolerance of 0%, so the risk list raises"
                + " no doubt about it (VAL-19).");
    }

    @Example
    @Label("VAL-19: with a 5% tolerance, 4% below is consistent, exactly 5% below is consistent, 5.01% below is flagged")
    void aFivePercentTolerance_flagsOnlyBeyondIt() {
        Screener tolerant = screener.toBuilder().tolerance(new BigDecimal("0.05")).build();

        assertThat(tolerant.screen(line(phone("SM-S928B"), "7680000", "VND", UnitOfMeasure.PIECE))).isInstanceOf(Consistent.class);
        assertThat(tolerant.screen(line(phone("SM-S928B"), "7600000", "VND", UnitOfMeasure.PIECE))).isInstanceOf(Consistent.class);
        ScreeningOutcome beyond = tolerant.screen(line(phone("SM-S928B"), "7599999", "VND", UnitOfMeasure.PIECE));
        assertThat(beyond).isInstanceOf(BelowReference.class);
        assertThat(((BelowReference) beyond).deviationPercent()).isEqualByComparingTo("5.01");
        assertThat(beyond.reasons().get(0)).endsWith("beyond the tolerance of 5%.");
    }

    @Example
    @Label("VAL-19: a line in USD is converted at the day's USD→VND rate before comparing")
    void aLineInUsd_isConvertedAtTheDaysRate() {
        // 250 USD × 25 345 = 6 336 250 VND against 8 000 000 VND: 20.796875% below, 20.80 rounded up.
        ScreeningOutcome outcome = screener.screen(line(phone("SM-S928B"), "250.00", "USD", UnitOfMeasure.PIECE));

        assertThat(outcome).isInstanceOf(BelowReference.class);
        assertThat(((BelowReference) outcome).deviationPercent()).isEqualByComparingTo("20.80");
        assertThat(outcome.reasons()).contains("Compared in VND per PCE: the declared value was converted at the"
                + " USD→VND rate of 25345 in force from 2026-01-01 (SBV), exactly.");
    }

    @Example
    @Label("VAL-19: a rate published only the other way round divides, exactly")
    void aRatePublishedTheOtherWay_dividesExactly() {
        // A reference in USD, a line in VND: only the USD→VND rate is published.
        RiskListItem usdItem = item("RL-8517-003", phone("SM-F956B"), Money.of("400.00", "USD"), UnitOfMeasure.PIECE);
        Screener usd = Screener.builder(version(4, usdItem)).exchangeRates(RATES).build();

        // 400 USD × 25 345 = 10 138 000 VND exactly: at the reference, consistent; one đồng less, below.
        assertThat(usd.screen(line(phone("SM-F956B"), "10138000", "VND", UnitOfMeasure.PIECE))).isInstanceOf(Consistent.class);
        ScreeningOutcome below = usd.screen(line(phone("SM-F956B"), "10137999", "VND", UnitOfMeasure.PIECE));
        assertThat(below).isInstanceOf(BelowReference.class);
        assertThat(((BelowReference) below).deviationPercent()).isEqualByComparingTo("0.01");
        assertThat(below.reasons().get(1)).contains("by dividing by the USD→VND rate of 25345");
    }

    @Example
    @Label("VAL-19: a price per tonne is compared with a reference per kilogram through the listed conversion")
    void aPricePerTonne_isComparedPerKilogram() {
        ScreeningOutcome perTonne = screener.screen(line(granules("HD5502"), "27000000", "VND", UnitOfMeasure.TONNE));

        assertThat(perTonne).isInstanceOf(BelowReference.class);
        assertThat(((BelowReference) perTonne).deviationPercent()).isEqualByComparingTo("10.00");
        assertThat(perTonne.reasons().get(1)).contains("from per TNE to per KGM (1 KGM = 0.001 TNE)");
        assertThat(screener.screen(line(granules("HD5502"), "30000000", "VND", UnitOfMeasure.TONNE))).isInstanceOf(Consistent.class);
    }

    @Example
    @Label("VAL-12: a price per piece is never compared with a reference per kilogram")
    void aPricePerPiece_isNeverComparedPerKilogram() {
        ScreeningOutcome outcome = screener.screen(line(granules("HD5502"), "1", "VND", UnitOfMeasure.PIECE));

        assertThat(outcome).isInstanceOf(NoMatch.class);
        NoMatch noMatch = (NoMatch) outcome;
        assertThat(noMatch.reason()).isEqualTo(NoMatchReason.NO_UNIT_CONVERSION);
        assertThat(noMatch.nextStep()).isEqualTo(NextStep.OBTAIN_CONVERSION);
        assertThat(noMatch.referenceBasis()).map(ReferenceBasis::itemId).contains("RL-3901-007");
        assertThat(noMatch.reasons().get(0)).contains("per PCE", "per KGM", "never compared");
    }

    @Example
    @Label("VAL-12: a conversion the caller lists (a carton of 24 pieces) lets cartons be compared, exactly")
    void aListedCartonConversion_allowsTheComparison() {
        UnitOfMeasure carton = UnitOfMeasure.of("CT");
        Screener cartons = screener.toBuilder().unitConversions(UnitConversions.standard().toBuilder()
                .add(carton, UnitOfMeasure.PIECE, new BigDecimal("24")).build()).build();

        // 24 × 8 000 000 = 192 000 000 per carton: at the reference; one đồng less per carton is below.
        assertThat(cartons.screen(line(phone("SM-S928B"), "192000000", "VND", carton))).isInstanceOf(Consistent.class);
        assertThat(cartons.screen(line(phone("SM-S928B"), "191999999", "VND", carton))).isInstanceOf(BelowReference.class);
        assertThat(screener.screen(line(phone("SM-S928B"), "191999999", "VND", carton)))
                .isInstanceOfSatisfying(NoMatch.class, n -> assertThat(n.reason()).isEqualTo(NoMatchReason.NO_UNIT_CONVERSION));
    }

    @Example
    @Label("VAL-12: a line in EUR with no EUR rate that day is not compared")
    void aLineInACurrencyWithoutARate_isNotCompared() {
        ScreeningOutcome outcome = screener.screen(line(phone("SM-S928B"), "1.00", "EUR", UnitOfMeasure.PIECE));

        assertThat(outcome).isInstanceOfSatisfying(NoMatch.class, n -> {
            assertThat(n.reason()).isEqualTo(NoMatchReason.NO_EXCHANGE_RATE);
            assertThat(n.nextStep()).isEqualTo(NextStep.OBTAIN_CONVERSION);
            assertThat(n.reasons().get(0)).contains("EUR→VND", "on 2026-03-02");
        });
        Screener withoutRates = Screener.builder(LIST).build();
        assertThat(withoutRates.screen(line(phone("SM-S928B"), "250.00", "USD", UnitOfMeasure.PIECE)))
                .isInstanceOfSatisfying(NoMatch.class, n -> assertThat(n.reason()).isEqualTo(NoMatchReason.NO_EXCHANGE_RATE));
    }

    @Example
    @Label("VAL-19: a rate that takes effect after the declaration day is not used")
    void aRateInForceOnlyLater_isNotUsed() {
        FixedExchangeRates later = FixedExchangeRates.builder().add(new ExchangeRate(ScreeningFixtures.USD, Money.VND,
                new BigDecimal("25400"), DAY.plusDays(1), "SBV")).build();
        Screener screenerLater = Screener.builder(LIST).exchangeRates(later).build();

        assertThat(screenerLater.screen(line(phone("SM-S928B"), "250.00", "USD", UnitOfMeasure.PIECE)))
                .isInstanceOfSatisfying(NoMatch.class, n -> assertThat(n.reason()).isEqualTo(NoMatchReason.NO_EXCHANGE_RATE));
    }

    @Example
    @Label("VAL-13: listed goods without a reference price yield a proposal of one, not a comparison")
    void listedGoodsWithoutAPrice_yieldAProposalOfOne() {
        ScreeningOutcome outcome = screener.screen(line(phone("SM-A556E"), "1000", "VND", UnitOfMeasure.PIECE));

        assertThat(outcome).isInstanceOfSatisfying(NoMatch.class, n -> {
            assertThat(n.reason()).isEqualTo(NoMatchReason.NO_REFERENCE_PRICE);
            assertThat(n.nextStep()).isEqualTo(NextStep.PROPOSE_REFERENCE_PRICE);
            assertThat(n.reference().itemId()).isEqualTo("RL-8517-002");
            assertThat(n.reasons().get(0)).contains("02/DMBX/2015");
        });
    }

    @Example
    @Label("VAL-19: goods not on the list, or a similar but not identical model, are not matched")
    void goodsNotListed_areNotMatched() {
        ScreeningOutcome outcome = screener.screen(line(phone("SM-S921B"), "1000", "VND", UnitOfMeasure.PIECE));

        assertThat(outcome).isInstanceOfSatisfying(NoMatch.class, n -> {
            assertThat(n.reason()).isEqualTo(NoMatchReason.GOODS_NOT_LISTED);
            assertThat(n.nextStep()).isEqualTo(NextStep.NONE);
            assertThat(n.reference()).isNull();
            assertThat(n.referenceBasis()).isEmpty();
        });
    }

    @Example
    @Label("VAL-19: the item in force on the declaration day is used, not one that has expired or starts later")
    void theItemInForceOnTheDay_isUsed() {
        RiskListItem old = new RiskListItem("RL-OLD", phone("SM-S928B"), Money.of("9000000", "VND"), UnitOfMeasure.PIECE,
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "old basis", "");
        RiskListItem current = new RiskListItem("RL-NEW", phone("SM-S928B"), Money.of("7000000", "VND"), UnitOfMeasure.PIECE,
                LocalDate.of(2026, 1, 1), null, "new basis", "");
        Screener s = Screener.builder(version(5, old, current)).build();

        ScreeningOutcome in2026 = s.screen(line(phone("SM-S928B"), "8000000", "VND", UnitOfMeasure.PIECE));
        ScreeningOutcome in2025 = s.screen(new DeclarationLine("", 2, phone("SM-S928B"), Money.of("8000000", "VND"),
                BigDecimal.ONE, UnitOfMeasure.PIECE, LocalDate.of(2025, 6, 1)));
        ScreeningOutcome in2024 = s.screen(new DeclarationLine("", 3, phone("SM-S928B"), Money.of("8000000", "VND"),
                BigDecimal.ONE, UnitOfMeasure.PIECE, LocalDate.of(2024, 6, 1)));

        assertThat(in2026).isInstanceOf(Consistent.class);
        assertThat(in2026.referenceBasis()).map(ReferenceBasis::itemId).contains("RL-NEW");
        assertThat(in2025).isInstanceOf(BelowReference.class);
        assertThat(in2025.referenceBasis()).map(ReferenceBasis::itemId).contains("RL-OLD");
        assertThat(in2025.referenceBasis()).map(ReferenceBasis::effectiveTo).contains(LocalDate.of(2025, 12, 31));
        assertThat(in2024).isInstanceOfSatisfying(NoMatch.class, n -> assertThat(n.reason()).isEqualTo(NoMatchReason.GOODS_NOT_LISTED));
    }

    @Example
    @Label("VAL-19: the deviation is rounded with the chosen mode; the comparison is not")
    void theDeviationIsRoundedWithTheChosenMode() {
        // 8 000 000 − 7 999 999 = 1 đồng: 0.0000125% below.
        DeclarationLine oneDongBelow = line(phone("SM-S928B"), "7999999", "VND", UnitOfMeasure.PIECE);

        assertThat(((BelowReference) screener.screen(oneDongBelow)).deviationPercent()).isEqualByComparingTo("0.01");
        Screener halfUp = screener.toBuilder().rounding(RoundingMode.HALF_UP).build();
        assertThat(halfUp.screen(oneDongBelow)).isInstanceOfSatisfying(BelowReference.class,
                b -> assertThat(b.deviationPercent()).isEqualByComparingTo("0.00").hasScaleOf(2));
    }
}
