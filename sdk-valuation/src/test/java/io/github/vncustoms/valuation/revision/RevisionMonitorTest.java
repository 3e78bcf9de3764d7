package io.github.vncustoms.valuation.revision;

import static io.github.vncustoms.valuation.risklist.RiskListFixtures.TODAY;
import static io.github.vncustoms.valuation.risklist.RiskListFixtures.derivation;
import static io.github.vncustoms.valuation.risklist.RiskListFixtures.laptop;
import static io.github.vncustoms.valuation.risklist.RiskListFixtures.phone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.money.ExchangeRate;
import io.github.vncustoms.core.money.FixedExchangeRates;
import io.github.vncustoms.core.money.Money;
import io.github.vncustoms.valuation.goods.GoodsDescriptor;
import io.github.vncustoms.valuation.goods.UnitConversions;
import io.github.vncustoms.valuation.goods.UnitOfMeasure;
import io.github.vncustoms.valuation.risklist.RiskListItem;
import io.github.vncustoms.valuation.risklist.RiskListVersion;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Example;

/** The revision monitor's three findings of QĐ 2344 Art. 5.4 (VAL-13), with explicit unit and currency conversion. */
final class RevisionMonitorTest {
    private static final String CRITERION = "TT 39/2015 Art. 24: kim ngạch lớn, giá biến động";
    private final RevisionMonitor monitor = RevisionMonitor.builder().build();

    private static RiskListItem priced(String id, GoodsDescriptor goods, Money price, UnitOfMeasure unit) {
        return new RiskListItem(id, goods, price, unit, TODAY.minusDays(30), null, "proposal RP-1", "RP-1");
    }

    private static RiskListItem unpriced(String id, GoodsDescriptor goods) {
        return new RiskListItem(id, goods, null, UnitOfMeasure.PIECE, TODAY.minusDays(30), null, "TT 39/2015 Art. 24", "");
    }

    private static RiskListVersion version(RiskListItem... items) {
        return RiskListVersion.of(1, TODAY.minusDays(30), "banhanh.tchq", "", List.of(items));
    }

    private static PriceEvidence evidence(GoodsDescriptor goods, String amount, String currency, UnitOfMeasure unit) {
        return new PriceEvidence(goods, derivation(Money.of(amount, currency), unit, "OBS-" + amount), TODAY, "Hàn Quốc");
    }

    @Example
    void val13a_anItemWithoutAPrice_yieldsAProposalToAddOne_onForm02() {
        RiskListVersion v = version(unpriced("8471-0001", laptop("XPS 13")));

        assertThat(monitor.review(v, TODAY, List.of(), List.of())).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(RevisionKind.ADD_PRICE);
            assertThat(p.form().code()).isEqualTo("02/DMBX/2015");
            assertThat(p.itemId()).isEqualTo("8471-0001");
            assertThat(p.currentPrice()).isNull();
            assertThat(p.proposedPrice()).isNull();
            assertThat(p.explain()).contains("has no reference price").contains("no evidence gives a price yet");
        });

        List<PriceEvidence> two = List.of(evidence(laptop("XPS 13"), "1000.00", "USD", UnitOfMeasure.PIECE),
                evidence(laptop("XPS 13"), "1200.00", "USD", UnitOfMeasure.PIECE));
        assertThat(monitor.review(v, TODAY, two, List.of())).singleElement().satisfies(p -> {
            assertThat(p.proposedPrice()).isEqualTo(Money.of("1100.00", "USD"));
            assertThat(p.evidence()).isEqualTo(two);
            assertThat(p.origin()).isEqualTo("Hàn Quốc");
        });
    }

    @Example
    void val13b_evidenceMoreThanTenPercentAway_yieldsAnAmendment_onForm03_upAndDown() {
        RiskListVersion v = version(priced("8517-0001", phone(), Money.of("1000.00", "USD"), UnitOfMeasure.PIECE));

        assertThat(monitor.review(v, TODAY, List.of(evidence(phone(), "1150.00", "USD", UnitOfMeasure.PIECE)), List.of()))
                .singleElement().satisfies(p -> {
                    assertThat(p.kind()).isEqualTo(RevisionKind.AMEND_PRICE);
                    assertThat(p.form().code()).isEqualTo("03/DMSĐ/2015");
                    assertThat(p.currentPrice()).isEqualTo(Money.of("1000.00", "USD"));
                    assertThat(p.proposedPrice()).isEqualTo(Money.of("1150.00", "USD"));
                    assertThat(p.changePercent()).isEqualByComparingTo("15.00");
                    assertThat(p.explain()).contains("+15.00% from 1000.00 USD").contains("more than 10%");
                });
        assertThat(monitor.review(v, TODAY, List.of(evidence(phone(), "850.00", "USD", UnitOfMeasure.PIECE)), List.of()))
                .singleElement().satisfies(p -> assertThat(p.changePercent()).isEqualByComparingTo("-15.00"));
    }

    @Example
    void severalPiecesOfEvidence_areSummarisedByTheirMedian_soOneOutlierDoesNotTrigger() {
        RiskListVersion v = version(priced("8517-0001", phone(), Money.of("1000.00", "USD"), UnitOfMeasure.PIECE));
        List<PriceEvidence> withOutlier = List.of(evidence(phone(), "5000.00", "USD", UnitOfMeasure.PIECE),
                evidence(phone(), "1000.00", "USD", UnitOfMeasure.PIECE), evidence(phone(), "1020.00", "USD", UnitOfMeasure.PIECE));
        assertThat(monitor.review(v, TODAY, withOutlier, List.of())).isEmpty();

        List<PriceEvidence> risen = List.of(evidence(phone(), "1200.00", "USD", UnitOfMeasure.PIECE),
                evidence(phone(), "1000.00", "USD", UnitOfMeasure.PIECE), evidence(phone(), "1300.00", "USD", UnitOfMeasure.PIECE));
        assertThat(monitor.review(v, TODAY, risen, List.of())).singleElement()
                .satisfies(p -> assertThat(p.proposedPrice()).isEqualTo(Money.of("1200.00", "USD")));
    }

    @Example
    void val13c_goodsMeetingTheCriteriaButNotListed_yieldAnAddition_onForm02() {
        RiskListItem ended = new RiskListItem("8471-0001", laptop("XPS 13"), Money.of("900.00", "USD"), UnitOfMeasure.PIECE,
                TODAY.minusDays(30), TODAY.minusDays(1), "proposal RP-1", "RP-1");
        RiskListItem future = new RiskListItem("8471-0002", laptop("XPS 15"), null, UnitOfMeasure.PIECE,
                TODAY.plusDays(5), null, "TT 39/2015 Art. 24", "");
        RiskListVersion v = version(priced("8517-0001", phone(), Money.of("1000.00", "USD"), UnitOfMeasure.PIECE), ended, future);
        List<CriteriaMatch> matches = List.of(
                new CriteriaMatch(laptop("XPS 13"), UnitOfMeasure.PIECE, CRITERION),
                new CriteriaMatch(phone(), UnitOfMeasure.PIECE, CRITERION),
                new CriteriaMatch(laptop("XPS 15"), UnitOfMeasure.PIECE, CRITERION),
                new CriteriaMatch(laptop("Latitude 7440"), UnitOfMeasure.SET, CRITERION),
                new CriteriaMatch(laptop("Latitude 7440"), UnitOfMeasure.PIECE, "TT 39/2015 Art. 24: dấu hiệu gian lận"));

        List<RevisionProposal> found = monitor.review(v, TODAY,
                List.of(evidence(laptop("Latitude 7440"), "1500.00", "USD", UnitOfMeasure.SET)), matches);

        assertThat(found).extracting(RevisionProposal::kind).containsExactly(RevisionKind.ADD_ITEM, RevisionKind.ADD_ITEM);
        assertThat(found.get(0)).satisfies(p -> {
            assertThat(p.goods()).isEqualTo(laptop("XPS 13"));
            assertThat(p.itemId()).isEmpty();
            assertThat(p.proposedPrice()).isNull();
            assertThat(p.form()).isEqualTo(RevisionForm.DMBX_02);
        });
        assertThat(found.get(1)).satisfies(p -> {
            assertThat(p.goods()).isEqualTo(laptop("Latitude 7440"));
            assertThat(p.unit()).isEqualTo(UnitOfMeasure.SET);
            assertThat(p.criterion()).isEqualTo(CRITERION + "; TT 39/2015 Art. 24: dấu hiệu gian lận");
            assertThat(p.proposedPrice()).isEqualTo(Money.of("1500.00", "USD"));
            assertThat(p.explain()).contains("is not listed");
        });
    }

    @Example
    void itemsNotInForce_andEvidenceForOtherGoods_areLeftAlone() {
        RiskListItem ended = new RiskListItem("8517-0001", phone(), null, UnitOfMeasure.PIECE,
                TODAY.minusDays(30), TODAY.minusDays(1), "x", "");
        assertThat(monitor.review(version(ended), TODAY,
                List.of(evidence(laptop("XPS 13"), "1.00", "USD", UnitOfMeasure.PIECE)), List.of())).isEmpty();
    }

    @Example
    void differentUnits_areRefusedWithoutAConversion_andConvertedWithOne() {
        RiskListVersion v = version(priced("7208-0001", laptop("XPS 13"), Money.of("2.00", "USD"), UnitOfMeasure.KILOGRAM));
        List<PriceEvidence> perTonne = List.of(evidence(laptop("XPS 13"), "2300.00", "USD", UnitOfMeasure.TONNE));

        assertThatThrownBy(() -> monitor.review(v, TODAY, perTonne, List.of())).isInstanceOf(ValidationException.class)
                .hasMessageContaining("is per TNE, the item per KGM").hasMessageContaining("UnitConversions");

        RevisionMonitor converting = RevisionMonitor.builder().unitConversions(UnitConversions.standard()).build();
        assertThat(converting.review(v, TODAY, perTonne, List.of())).singleElement().satisfies(p -> {
            assertThat(p.proposedPrice()).isEqualTo(Money.of("2.30", "USD"));
            assertThat(p.unit()).isEqualTo(UnitOfMeasure.KILOGRAM);
            assertThat(p.changePercent()).isEqualByComparingTo("15.00");
        });
    }

    @Example
    void differentCurrencies_areRefusedWithoutRates_andConvertedAtTheEvidencesDay() {
        RiskListVersion v = version(priced("8517-0001", phone(), Money.vnd(20_000_000), UnitOfMeasure.PIECE));
        List<PriceEvidence> inDollars = List.of(evidence(phone(), "900.00", "USD", UnitOfMeasure.PIECE));

        assertThatThrownBy(() -> monitor.review(v, TODAY, inDollars, List.of())).isInstanceOf(ValidationException.class)
                .hasMessageContaining("is in USD, the item in VND").hasMessageContaining("ExchangeRateProvider");

        FixedExchangeRates rates = FixedExchangeRates.builder()
                .add(new ExchangeRate(Money.currency("USD"), Money.VND, new BigDecimal("25000"), TODAY.minusDays(10), "SBV"))
                .add(new ExchangeRate(Money.currency("USD"), Money.VND, new BigDecimal("30000"), TODAY.plusDays(1), "SBV"))
                .build();
        RevisionMonitor converting = RevisionMonitor.builder().exchangeRates(rates).build();
        assertThat(converting.review(v, TODAY, inDollars, List.of())).singleElement().satisfies(p -> {
            assertThat(p.proposedPrice()).isEqualTo(Money.vnd(22_500_000));
            assertThat(p.changePercent()).isEqualByComparingTo("12.50");
        });

        List<PriceEvidence> tooEarly = List.of(new PriceEvidence(phone(), derivation(Money.of("900.00", "USD"),
                UnitOfMeasure.PIECE, "OBS-1"), TODAY.minusDays(20), ""));
        assertThatThrownBy(() -> converting.review(v, TODAY, tooEarly, List.of())).isInstanceOf(ValidationException.class)
                .hasMessageContaining("No USD→VND rate is in force on " + TODAY.minusDays(20));
    }

    @Example
    void theExactTest_refusesANonPositiveReference() {
        assertThat(RevisionMonitor.exceedsTenPercent(new BigDecimal("100"), new BigDecimal("110"))).isFalse();
        assertThat(RevisionMonitor.exceedsTenPercent(new BigDecimal("100"), new BigDecimal("110.0000001"))).isTrue();
        assertThat(RevisionMonitor.exceedsTenPercent(new BigDecimal("100"), new BigDecimal("89.9999999"))).isTrue();
        assertThatThrownBy(() -> RevisionMonitor.exceedsTenPercent(BigDecimal.ZERO, BigDecimal.ONE))
                .isInstanceOf(ValidationException.class);
    }

    @Example
    void aRevisionProposal_keepsTheFieldsItsKindNeeds() {
        Money thousand = Money.of("1000.00", "USD");
        PriceEvidence e = evidence(phone(), "1200.00", "USD", UnitOfMeasure.PIECE);
        assertThatThrownBy(() -> new RevisionProposal(RevisionKind.AMEND_PRICE, phone(), UnitOfMeasure.PIECE, "A-1", null,
                thousand, null, "", List.of(e))).isInstanceOf(ValidationException.class).hasMessageContaining("current price");
        assertThatThrownBy(() -> new RevisionProposal(RevisionKind.ADD_ITEM, phone(), UnitOfMeasure.PIECE, "A-1", null,
                null, null, "x", List.of())).isInstanceOf(ValidationException.class).hasMessageContaining("expected none");
        assertThatThrownBy(() -> new RevisionProposal(RevisionKind.ADD_ITEM, phone(), UnitOfMeasure.PIECE, "", null,
                null, null, "", List.of())).isInstanceOf(ValidationException.class).hasMessageContaining("criterion");
        assertThatThrownBy(() -> new RevisionProposal(RevisionKind.ADD_PRICE, phone(), UnitOfMeasure.PIECE, "", null,
                null, null, "", List.of())).isInstanceOf(ValidationException.class).hasMessageContaining("names no item");
        assertThatThrownBy(() -> new RevisionProposal(RevisionKind.ADD_PRICE, laptop("XPS 13"), UnitOfMeasure.PIECE, "A-1",
                null, thousand, null, "", List.of(e))).isInstanceOf(ValidationException.class).hasMessageContaining("same goods");
        assertThatThrownBy(() -> new RevisionProposal(RevisionKind.AMEND_PRICE, phone(), UnitOfMeasure.PIECE, "A-1",
                Money.vnd(1000), thousand, BigDecimal.ONE, "", List.of(e))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("different currencies");
        assertThatThrownBy(() -> new RevisionProposal(RevisionKind.ADD_PRICE, phone(), UnitOfMeasure.PIECE, "A-1", null,
                thousand, null, "", List.of())).isInstanceOf(ValidationException.class).hasMessageContaining("no evidence");
    }
}
