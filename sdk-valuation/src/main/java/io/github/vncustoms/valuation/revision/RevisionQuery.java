package io.github.vncustoms.valuation.revision;

import io.github.vncustoms.valuation.approval.ApprovalState;
import io.github.vncustoms.valuation.goods.GoodsDescriptor;
import io.github.vncustoms.valuation.internal.risklist.Checks;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Conditions on revision records, for {@link RevisionDesk#search}: kinds, states, goods and item.
 * Every condition left unset matches everything.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kinds the kinds wanted; empty for any
 * @param states the states wanted; empty for any
 * @param goods the goods (identical); {@code null} for any
 * @param itemId the risk-list item concerned; {@code ""} for any
 */
public record RevisionQuery(Set<RevisionKind> kinds, Set<ApprovalState> states, GoodsDescriptor goods, String itemId) {
    /** Copies the sets and checks the item id. */
    public RevisionQuery {
        kinds = Set.copyOf(Objects.requireNonNull(kinds, "kinds"));
        states = Set.copyOf(Objects.requireNonNull(states, "states"));
        itemId = Checks.optionalId("itemId", itemId, "risk-list item");
    }

    /**
     * Returns the query that matches every record.
     *
     * @return the query
     */
    public static RevisionQuery all() {
        return new RevisionQuery(Set.of(), Set.of(), null, "");
    }

    /**
     * Returns a copy that matches only some kinds.
     *
     * @param first a kind
     * @param more further kinds
     * @return the copy
     */
    public RevisionQuery withKinds(RevisionKind first, RevisionKind... more) {
        return new RevisionQuery(EnumSet.of(first, more), states, goods, itemId);
    }

    /**
     * Returns a copy that matches only some states.
     *
     * @param first a state
     * @param more further states
     * @return the copy
     */
    public RevisionQuery withStates(ApprovalState first, ApprovalState... more) {
        return new RevisionQuery(kinds, EnumSet.of(first, more), goods, itemId);
    }

    /**
     * Returns a copy that matches only records for some goods.
     *
     * @param descriptor the goods
     * @return the copy
     */
    public RevisionQuery forGoods(GoodsDescriptor descriptor) {
        return new RevisionQuery(kinds, states, Objects.requireNonNull(descriptor, "descriptor"), itemId);
    }

    /**
     * Returns a copy that matches only records for an item.
     *
     * @param id the item's id
     * @return the copy
     */
    public RevisionQuery forItem(String id) {
        return new RevisionQuery(kinds, states, goods, Checks.id("itemId", id, "risk-list item"));
    }

    /**
     * Tells whether a record meets every condition.
     *
     * @param record the record
     * @return {@code true} if it matches
     */
    public boolean matches(RevisionRecord record) {
        Objects.requireNonNull(record, "record");
        RevisionProposal p = record.proposal();
        return (kinds.isEmpty() || kinds.contains(p.kind()))
                && (states.isEmpty() || states.contains(record.state()))
                && (goods == null || goods.equals(p.goods()))
                && (itemId.isEmpty() || itemId.equals(p.itemId()));
    }
}
