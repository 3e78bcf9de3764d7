package io.github.vncustoms.valuation.observation;

import static io.github.vncustoms.valuation.observation.RecordsFixtures.T0;
import static io.github.vncustoms.valuation.observation.RecordsFixtures.observation;
import static io.github.vncustoms.valuation.observation.RecordsFixtures.phone;
import static io.github.vncustoms.valuation.observation.RecordsFixtures.phoneCase;
import static io.github.vncustoms.valuation.observation.RecordsFixtures.steel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.access.UnitFilter;
import io.github.vncustoms.core.error.InvalidStateException;
import io.github.vncustoms.core.error.NotFoundException;
import io.github.vncustoms.core.id.HsCode;
import io.github.vncustoms.core.paging.Page;
import io.github.vncustoms.core.paging.PageRequest;
import io.github.vncustoms.valuation.approval.ApprovalState;
import io.github.vncustoms.valuation.approval.LeaderDecision;
import io.github.vncustoms.valuation.approval.Verdict;
import io.github.vncustoms.valuation.source.PriceSource;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The embedded store keeps, replaces and finds observations as the SPI says (VAL-14, VAL-20). */
final class InMemoryValuationStoreTest {
    private static final LocalDate D = LocalDate.of(2026, 11, 20);
    private final InMemoryValuationStore store = InMemoryValuationStore.create();

    @Test
    @DisplayName("an id is taken once: a second insert is refused and the first stays")
    void duplicateInsert_isRefused() {
        PriceObservation first = observation("OBS-1", phone(), PriceSource.CUSTOMS_VALUATION_RESULT, ApprovalState.NOT_REQUIRED, "01AB", T0, D);
        store.insert(first);
        assertThatThrownBy(() -> store.insert(observation("OBS-1", steel(), PriceSource.CUSTOMS_VALUATION_RESULT,
                ApprovalState.NOT_REQUIRED, "02XE", T0, D)))
                .isInstanceOf(InvalidStateException.class).hasMessageContaining("OBS-1");
        assertThat(store.find("OBS-1")).contains(first);
        assertThat(store.size()).isEqualTo(1);
    }

    @Test
    @DisplayName("VAL-14: an update replaces the stored version; an unknown id is not found")
    void update_replaces_orIsNotFound() {
        PriceObservation pending = observation("OBS-2", phone(), PriceSource.INTERNET_OFFER, ApprovalState.PENDING, "01AB", T0, D);
        assertThatThrownBy(() -> store.update(pending)).isInstanceOf(NotFoundException.class).hasMessageContaining("OBS-2");
        store.insert(pending);
        PriceObservation refused = pending.withDecision(new LeaderDecision("lead.01ab", "01AB", Verdict.NOT_ACCEPTED, "", T0.plusSeconds(9)));
        store.update(refused);
        assertThat(store.find("OBS-2")).contains(refused);
        assertThat(store.select(ObservationQuery.builder().states(ApprovalState.NOT_ACCEPTED).build(), UnitFilter.all()))
                .containsExactly(refused);
        assertThat(store.select(ObservationQuery.builder().states(ApprovalState.PENDING).build(), UnitFilter.all())).isEmpty();
    }

    @Test
    void update_thatChangesTheGoods_isFoundUnderTheNewGoodsOnly() {
        PriceObservation o = observation("OBS-3", phone(), PriceSource.CUSTOMS_VALUATION_RESULT, ApprovalState.NOT_REQUIRED, "01AB", T0, D);
        store.insert(o);
        store.update(o.toBuilder().goods(steel()).build());
        assertThat(store.select(ObservationQuery.builder().goods(phone()).build(), UnitFilter.all())).isEmpty();
        assertThat(store.select(ObservationQuery.builder().hsCode(HsCode.parse("8517")).build(), UnitFilter.all())).isEmpty();
        assertThat(store.select(ObservationQuery.builder().goods(steel()).build(), UnitFilter.all())).extracting(PriceObservation::id)
                .containsExactly("OBS-3");
        assertThat(store.select(ObservationQuery.builder().hsCode(HsCode.parse("7208")).build(), UnitFilter.all())).hasSize(1);
    }

    @Test
    @DisplayName("look-ups come in entry-time then id order, within the scope, paged with the total")
    void lookUps_areOrdered_scoped_andPaged() {
        store.insert(observation("B", phone(), PriceSource.CUSTOMS_VALUATION_RESULT, ApprovalState.NOT_REQUIRED, "01AB", T0, D));
        store.insert(observation("A", phone(), PriceSource.CUSTOMS_VALUATION_RESULT, ApprovalState.NOT_REQUIRED, "01AB", T0, D));
        store.insert(observation("C", phoneCase(), PriceSource.CUSTOMS_VALUATION_RESULT, ApprovalState.NOT_REQUIRED, "02XE", T0.minusSeconds(5), D));
        store.insert(observation("D", steel(), PriceSource.CUSTOMS_VALUATION_RESULT, ApprovalState.NOT_REQUIRED, "01DD", T0.plusSeconds(5), D));

        assertThat(store.select(ObservationQuery.all(), UnitFilter.all())).extracting(PriceObservation::id)
                .containsExactly("C", "A", "B", "D");
        assertThat(store.select(ObservationQuery.all(), new UnitFilter(false, Set.of("01AB", "01DD"))))
                .extracting(PriceObservation::id).containsExactly("A", "B", "D");
        assertThat(store.select(ObservationQuery.all(), UnitFilter.none())).isEmpty();
        assertThat(store.select(ObservationQuery.builder().hsCode(HsCode.parse("8517")).build(), UnitFilter.all()))
                .extracting(PriceObservation::id).containsExactly("C", "A", "B");

        Page<PriceObservation> second = store.find(ObservationQuery.all(), UnitFilter.all(), PageRequest.of(2, 2));
        assertThat(second.items()).extracting(PriceObservation::id).containsExactly("B", "D");
        assertThat(second.total()).isEqualTo(4);
        assertThat(second.hasNext()).isFalse();
    }
}
