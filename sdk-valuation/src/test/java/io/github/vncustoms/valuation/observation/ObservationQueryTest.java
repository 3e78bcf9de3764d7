package io.github.vncustoms.valuation.observation;

import static io.github.vncustoms.valuation.observation.RecordsFixtures.T0;
import static io.github.vncustoms.valuation.observation.RecordsFixtures.observation;
import static io.github.vncustoms.valuation.observation.RecordsFixtures.phone;
import static io.github.vncustoms.valuation.observation.RecordsFixtures.phoneCase;
import static io.github.vncustoms.valuation.observation.RecordsFixtures.steel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.id.HsCode;
import io.github.vncustoms.valuation.approval.ApprovalState;
import io.github.vncustoms.valuation.source.PriceSource;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Each condition of an observation query keeps exactly what it says (VAL-05, VAL-18, VAL-22). */
final class ObservationQueryTest {
    private static final LocalDate D = LocalDate.of(2026, 11, 20);
    private final PriceObservation declared = observation("OBS-1", phone(), PriceSource.CUSTOMS_VALUATION_RESULT,
            ApprovalState.NOT_REQUIRED, "01AB", T0, D);
    private final PriceObservation pendingOffer = observation("OBS-2", phone(), PriceSource.INTERNET_OFFER,
            ApprovalState.PENDING, "02XE", T0, D.minusDays(3));
    private final PriceObservation refused = observation("OBS-3", phoneCase(), PriceSource.WORLD_MARKET,
            ApprovalState.NOT_ACCEPTED, "HQ01", T0.plusSeconds(60), D);
    private final PriceObservation acceptedSteel = observation("OBS-4", steel(), PriceSource.PRESS,
            ApprovalState.ACCEPTED, "01ab", T0.plus(Duration.ofDays(2)), D.plusDays(1));

    @Test
    @DisplayName("the empty query matches every observation, in every state")
    void emptyQuery_matchesEverything() {
        assertThat(ObservationQuery.all().matches(declared)).isTrue();
        assertThat(ObservationQuery.all().matches(pendingOffer)).isTrue();
        assertThat(ObservationQuery.all().matches(refused)).isTrue();
        assertThat(ObservationQuery.builder().build()).isEqualTo(ObservationQuery.all());
    }

    @Test
    @DisplayName("VAL-03: goods keep equal descriptors only; an HS code keeps goods within it")
    void goodsAndHsCode() {
        ObservationQuery exact = ObservationQuery.builder().goods(phone()).build();
        assertThat(exact.matches(declared)).isTrue();
        assertThat(exact.matches(observation("X", phone("SM-S921B"), PriceSource.CUSTOMS_VALUATION_RESULT,
                ApprovalState.NOT_REQUIRED, "01AB", T0, D))).isFalse();
        ObservationQuery heading = ObservationQuery.builder().hsCode(HsCode.parse("8517")).build();
        assertThat(heading.matches(declared)).isTrue();
        assertThat(heading.matches(refused)).isTrue();
        assertThat(heading.matches(acceptedSteel)).isFalse();
        ObservationQuery line = ObservationQuery.builder().hsCode(HsCode.parse("8517.13.00")).build();
        assertThat(line.matches(declared)).isTrue();
        assertThat(line.matches(refused)).isFalse();
    }

    @Test
    @DisplayName("VAL-15: countsOnly drops pending and not-accepted proposals and doubtful values")
    void countsOnly_dropsWhatMayNotBeUsed() {
        ObservationQuery counting = ObservationQuery.builder().countsOnly().build();
        assertThat(counting.matches(declared)).isTrue();
        assertThat(counting.matches(acceptedSteel)).isTrue();
        assertThat(counting.matches(pendingOffer)).isFalse();
        assertThat(counting.matches(refused)).isFalse();
        assertThat(counting.matches(declared.toBuilder().suspicious(true).build())).isFalse();
    }

    @Test
    void sourcesStatesAndUnits() {
        ObservationQuery q = ObservationQuery.builder().sources(PriceSource.INTERNET_OFFER, PriceSource.PRESS)
                .states(ApprovalState.PENDING).build();
        assertThat(q.matches(pendingOffer)).isTrue();
        assertThat(q.matches(acceptedSteel)).isFalse();
        assertThat(q.matches(declared)).isFalse();
        ObservationQuery units = ObservationQuery.builder().enteringUnits(" 01ab ").build();
        assertThat(units.enteringUnits()).containsExactly("01AB");
        assertThat(units.matches(declared)).isTrue();
        assertThat(units.matches(acceptedSteel)).isTrue();
        assertThat(units.matches(refused)).isFalse();
    }

    @Test
    @DisplayName("VAL-05, VAL-18: date ranges are inclusive at both ends; time ranges include the start and exclude the end")
    void rangeBounds() {
        assertThat(ObservationQuery.builder().priceDates(D, D).build().matches(declared)).isTrue();
        assertThat(ObservationQuery.builder().priceDates(D.plusDays(1), null).build().matches(declared)).isFalse();
        assertThat(ObservationQuery.builder().priceDates(null, D.minusDays(1)).build().matches(declared)).isFalse();
        assertThat(ObservationQuery.builder().determinedBetween(D, D).build().matches(declared)).isTrue();
        assertThat(ObservationQuery.builder().determinedBetween(D.plusDays(1), null).build().matches(declared)).isFalse();
        assertThat(ObservationQuery.builder().enteredBetween(T0, T0.plusSeconds(1)).build().matches(declared)).isTrue();
        assertThat(ObservationQuery.builder().enteredBetween(T0.minusSeconds(1), T0).build().matches(declared)).isFalse();
    }

    @Test
    @DisplayName("VAL-22: changedBetween keeps observations entered or decided in the range")
    void changedBetween_keepsEntriesAndDecisions() {
        // refused was entered at T0+60s and decided an hour later
        Instant decidedAt = refused.approval().decision().decidedAt();
        assertThat(ObservationQuery.builder().changedBetween(decidedAt, decidedAt.plusSeconds(1)).build().matches(refused)).isTrue();
        assertThat(ObservationQuery.builder().changedBetween(T0, T0.plusSeconds(61)).build().matches(refused)).isTrue();
        assertThat(ObservationQuery.builder().changedBetween(T0.plusSeconds(61), decidedAt).build().matches(refused)).isFalse();
        assertThat(ObservationQuery.builder().changedBetween(T0.plusSeconds(61), decidedAt).build().matches(pendingOffer)).isFalse();
    }

    @Test
    void rangesEndingBeforeTheyStart_areRefusedAtOnce() {
        assertThatThrownBy(() -> ObservationQuery.builder().priceDates(D, D.minusDays(1)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("before it starts");
        assertThatThrownBy(() -> ObservationQuery.builder().enteredBetween(T0, T0.minusSeconds(1)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> ObservationQuery.builder().enteringUnits(" "))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Entering unit");
    }

    @Test
    void toBuilder_keepsEveryCondition() {
        ObservationQuery q = ObservationQuery.builder().goods(phone()).hsCode(HsCode.parse("8517")).sources(PriceSource.PRESS)
                .states(ApprovalState.ACCEPTED).countsOnly().priceDates(D, D).determinedBetween(D, D)
                .enteredBetween(T0, T0.plusSeconds(5)).changedBetween(T0, T0.plusSeconds(9)).enteringUnits("01AB").build();
        assertThat(q.toBuilder().build()).isEqualTo(q);
    }
}
