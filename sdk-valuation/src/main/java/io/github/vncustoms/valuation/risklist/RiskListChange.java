package io.github.vncustoms.valuation.risklist;

import io.github.vncustoms.valuation.goods.GoodsDescriptor;
import io.github.vncustoms.valuation.goods.UnitOfMeasure;
import io.github.vncustoms.valuation.internal.risklist.Checks;
import io.github.vncustoms.valuation.proposal.ReferencePriceProposal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One change HQ makes to the valuation-risk list when it issues a new version (QĐ 2344 Art. 5.1.a,
 * 5.4; VAL-13): add an item with an accepted reference price, list goods without a price yet, amend
 * (or set) an item's price from an accepted proposal, or end an item. {@link RiskList#issue} applies
 * the changes in order to the latest version.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface RiskListChange permits RiskListChange.Add, RiskListChange.AddWithoutPrice,
        RiskListChange.Amend, RiskListChange.End {

    /**
     * Adds an item whose reference price comes from an accepted proposal for a new item (VAL-11,
     * VAL-13 c).
     *
     * <p>Immutable and thread-safe.
     *
     * @param itemId the new item's id
     * @param proposal the accepted proposal; its {@link ReferencePriceProposal#amendsItemId()} is empty
     * @param effectiveFrom the first day the item applies, not before the day of issue
     */
    record Add(String itemId, ReferencePriceProposal proposal, LocalDate effectiveFrom) implements RiskListChange {
        /** Validates the change. */
        public Add {
            itemId = Checks.id("itemId", itemId, "risk-list item");
            Objects.requireNonNull(proposal, "proposal");
            Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        }
    }

    /**
     * Lists goods that meet the risk-list criteria before a reference price is built for them; such
     * an item later gets its price proposed on form 02/DMBX/2015 (VAL-13 a).
     *
     * <p>Immutable and thread-safe.
     *
     * @param itemId the new item's id
     * @param goods the goods, identifying one item (VAL-04)
     * @param unit the unit a price will be per
     * @param effectiveFrom the first day the item applies, not before the day of issue
     * @param reason why the goods are listed, e.g. the criterion of Circular 39/2015 Art. 24 they meet
     */
    record AddWithoutPrice(String itemId, GoodsDescriptor goods, UnitOfMeasure unit, LocalDate effectiveFrom,
            String reason) implements RiskListChange {
        /**
         * Validates the change.
         *
         * @throws io.github.vncustoms.core.error.ValidationException if the id is malformed or the reason blank
         */
        public AddWithoutPrice {
            itemId = Checks.id("itemId", itemId, "risk-list item");
            Objects.requireNonNull(goods, "goods");
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(effectiveFrom, "effectiveFrom");
            reason = Checks.text("reason", reason, "why the goods are listed, e.g. the criterion they meet");
        }
    }

    /**
     * Amends the price of the item an accepted proposal names, or sets the price of an item that had
     * none (VAL-13 a, b). The old item stays in the list, ending the day before {@code effectiveFrom};
     * a new item carries the new price from that day, with the id
     * {@code <the old id up to its first '/'>/<new version number>}.
     *
     * <p>Immutable and thread-safe.
     *
     * @param proposal the accepted proposal; its {@link ReferencePriceProposal#amendsItemId()} names the item
     * @param effectiveFrom the first day of the new price, after the old item's first day and not
     *     before the day of issue
     */
    record Amend(ReferencePriceProposal proposal, LocalDate effectiveFrom) implements RiskListChange {
        /** Validates the change. */
        public Amend {
            Objects.requireNonNull(proposal, "proposal");
            Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        }
    }

    /**
     * Ends an item: it applies up to and including {@code lastDay} and stays in the list as history.
     *
     * <p>Immutable and thread-safe.
     *
     * @param itemId the item's id
     * @param lastDay the last day it applies, not before the day before the day of issue
     * @param reason why it ends
     */
    record End(String itemId, LocalDate lastDay, String reason) implements RiskListChange {
        /**
         * Validates the change.
         *
         * @throws io.github.vncustoms.core.error.ValidationException if the id is malformed or the reason blank
         */
        public End {
            itemId = Checks.id("itemId", itemId, "risk-list item");
            Objects.requireNonNull(lastDay, "lastDay");
            reason = Checks.text("reason", reason, "why the item ends");
        }
    }
}
