package io.github.vncustoms.valuation.revision;

import static io.github.vncustoms.valuation.risklist.RiskListFixtures.TODAY;
import static io.github.vncustoms.valuation.risklist.RiskListFixtures.derivation;
import static io.github.vncustoms.valuation.risklist.RiskListFixtures.phone;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vncustoms.core.money.Money;
import io.github.vncustoms.valuation.goods.UnitOfMeasure;
import io.github.vncustoms.valuation.risklist.RiskListItem;
import io.github.vncustoms.valuation.risklist.RiskListVersion;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * VAL-13 (QĐ 2344 Art. 5.4.b): a reference price is proposed for amendment only when the evidence differs from
 * it by MORE than 10%, up or down. Exactly 10% yields nothing; one minor unit beyond yields an amendment on form
 * 03/DMSĐ/2015 with the current price, the new figure and the change.
 */
final class RevisionThresholdProperties {
    private final RevisionMonitor monitor = RevisionMonitor.builder().build();

    private List<RevisionProposal> review(Money reference, Money figure) {
        RiskListVersion version = RiskListVersion.of(1, TODAY, "banhanh.tchq", "", List.of(new RiskListItem("8517-0001",
                phone(), reference, UnitOfMeasure.PIECE, TODAY, null, "proposal RP-1", "RP-1")));
        PriceEvidence evidence = PriceEvidence.of(phone(), derivation(figure, UnitOfMeasure.PIECE, "OBS-1"), TODAY);
        return monitor.review(version, TODAY, List.of(evidence), List.of());
    }

    @Property
    void exactlyTenPercentUpOrDown_yieldsNothing(@ForAll @LongRange(min = 1, max = 100_000_000) long k) {
        Money reference = Money.vnd(10 * k);
        assertThat(review(reference, Money.vnd(11 * k))).isEmpty();
        assertThat(review(reference, Money.vnd(9 * k))).isEmpty();
    }

    @Property
    void oneDongBeyondTenPercent_yieldsAnAmendment_inBothDirections(@ForAll @LongRange(min = 1, max = 100_000_000) long k) {
        Money reference = Money.vnd(10 * k);

        assertThat(review(reference, Money.vnd(11 * k + 1))).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(RevisionKind.AMEND_PRICE);
            assertThat(p.form()).isEqualTo(RevisionForm.DMSD_03);
            assertThat(p.currentPrice()).isEqualTo(reference);
            assertThat(p.proposedPrice()).isEqualTo(Money.vnd(11 * k + 1));
            assertThat(p.changePercent()).isGreaterThan(BigDecimal.TEN);
        });
        assertThat(review(reference, Money.vnd(9 * k - 1))).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(RevisionKind.AMEND_PRICE);
            assertThat(p.proposedPrice()).isEqualTo(Money.vnd(9 * k - 1));
            assertThat(p.changePercent()).isLessThan(BigDecimal.TEN.negate());
        });
    }

    @Property
    void anAmendmentIsYielded_exactlyWhenTheFigureLiesStrictlyOutsideTenPercent(
            @ForAll @LongRange(min = 1, max = 10_000_000_00L) long referenceCents,
            @ForAll @LongRange(min = 1, max = 20_000_000_00L) long figureCents) {
        Money reference = Money.of(BigDecimal.valueOf(referenceCents, 2), Money.currency("USD"));
        Money figure = Money.of(BigDecimal.valueOf(figureCents, 2), Money.currency("USD"));
        boolean beyond = Math.abs(figureCents - referenceCents) * 10 > referenceCents;

        List<RevisionProposal> found = review(reference, figure);

        assertThat(!found.isEmpty()).isEqualTo(beyond);
        assertThat(RevisionMonitor.exceedsTenPercent(reference.amount(), figure.amount())).isEqualTo(beyond);
        if (beyond) {
            BigDecimal change = found.get(0).changePercent();
            assertThat(change.signum()).isEqualTo(Long.signum(figureCents - referenceCents));
            assertThat(change.abs()).isGreaterThan(BigDecimal.TEN);
        }
    }

    @Example
    void theWorkedExample_oneThousandDollars() {
        Money reference = Money.of("1000.00", "USD");
        assertThat(review(reference, Money.of("1100.00", "USD"))).isEmpty();
        assertThat(review(reference, Money.of("900.00", "USD"))).isEmpty();
        assertThat(review(reference, Money.of("1100.01", "USD"))).singleElement()
                .satisfies(p -> assertThat(p.changePercent()).isEqualByComparingTo("10.01"));
        assertThat(review(reference, Money.of("899.99", "USD"))).singleElement()
                .satisfies(p -> assertThat(p.changePercent()).isEqualByComparingTo("-10.01"));
    }
}
