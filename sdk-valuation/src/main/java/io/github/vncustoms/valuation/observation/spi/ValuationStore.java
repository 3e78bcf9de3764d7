package io.github.vncustoms.valuation.observation.spi;

import io.github.vncustoms.core.access.UnitFilter;
import io.github.vncustoms.core.paging.Page;
import io.github.vncustoms.core.paging.PageRequest;
import io.github.vncustoms.valuation.observation.ObservationQuery;
import io.github.vncustoms.valuation.observation.PriceObservation;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Where the price observations of the valuation database are kept (QĐ 2344 Art. 7; VAL-14, VAL-20).
 * The {@link io.github.vncustoms.valuation.observation.ValuationDatabase} decides every change and
 * hands the store the complete observation; the store keeps it and finds it. Nothing is ever deleted:
 * an observation a leader did not accept stays on record (VAL-14).
 *
 * <p>A database serves it with one table keyed by {@link PriceObservation#id()}, and indexes for the
 * look-ups of {@link ObservationQuery}: goods key ({@code GoodsDescriptor.key()}), HS code (prefix),
 * entering unit, entry time, day determined, price date, approval state. The caller's scope arrives
 * as a {@link UnitFilter}, to become {@code entering_unit IN (...)}.
 *
 * <p>Implementations must be thread-safe: look-ups and changes arrive concurrently. One database
 * instance serialises the changes to one observation; several instances sharing a store should make
 * {@link #update} conditional on the version they read (for example
 * {@code UPDATE ... WHERE id = ? AND approval_state = 'PENDING'}) and refuse the loser with an
 * {@link io.github.vncustoms.core.error.InvalidStateException}.
 */
public interface ValuationStore {
    /** The order every look-up returns: entry time, then id. */
    Comparator<PriceObservation> ORDER = Comparator.comparing(PriceObservation::enteredAt)
            .thenComparing(PriceObservation::id);

    /**
     * Keeps a new observation.
     *
     * @param observation the observation, with an id no stored observation has
     * @throws io.github.vncustoms.core.error.InvalidStateException if the id is taken
     */
    void insert(PriceObservation observation);

    /**
     * Replaces a stored observation by its next version, e.g. with a leader's decision.
     *
     * @param observation the new version, with the id of the stored one
     * @throws io.github.vncustoms.core.error.NotFoundException if no observation has that id
     */
    void update(PriceObservation observation);

    /**
     * Returns an observation by its id, whatever its state.
     *
     * @param id the id
     * @return the observation, or empty
     */
    Optional<PriceObservation> find(String id);

    /**
     * Returns one page of the observations that match a query and were entered by a unit in scope,
     * in {@link #ORDER}.
     *
     * @param query the conditions
     * @param scope the entering units the caller may see
     * @param page the slice wanted
     * @return the page, with the total number of matches in scope
     */
    Page<PriceObservation> find(ObservationQuery query, UnitFilter scope, PageRequest page);

    /**
     * Returns every observation that matches a query and was entered by a unit in scope, in
     * {@link #ORDER}: for rules that need all matches (a look-back window, a duty report, a backup).
     *
     * @param query the conditions
     * @param scope the entering units the caller may see
     * @return the matches, an unmodifiable list
     */
    List<PriceObservation> select(ObservationQuery query, UnitFilter scope);
}
