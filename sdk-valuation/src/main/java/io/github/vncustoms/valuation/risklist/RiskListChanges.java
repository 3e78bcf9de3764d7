package io.github.vncustoms.valuation.risklist;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.valuation.goods.GoodsDescriptor;
import io.github.vncustoms.valuation.goods.UnitOfMeasure;
import io.github.vncustoms.valuation.internal.risklist.Checks;
import io.github.vncustoms.valuation.proposal.ReferencePriceProposal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What one issuing decision of HQ changes in the valuation-risk list (VAL-13): the decision's number
 * and the changes, in order.
 *
 * <pre>{@code
 * RiskListChanges changes = RiskListChanges.builder("1234/QĐ-TCHQ")
 *         .add("8517-0001", acceptedProposal, LocalDate.of(2026, 12, 1))
 *         .addWithoutPrice("8703-0002", car, UnitOfMeasure.UNIT, LocalDate.of(2026, 12, 1), "TT 39/2015 Art. 24")
 *         .amend(acceptedAmendment, LocalDate.of(2026, 12, 1))
 *         .end("6403-0007", LocalDate.of(2026, 11, 30), "no longer a valuation risk")
 *         .build();
 * riskList.issue(issuer, changes);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param decisionRef the number of the issuing decision, may be empty
 * @param changes the changes, at least one, applied in order
 */
public record RiskListChanges(String decisionRef, List<RiskListChange> changes) {
    /**
     * Validates and copies.
     *
     * @throws ValidationException if there is no change
     */
    public RiskListChanges {
        decisionRef = Checks.optionalText(Objects.requireNonNull(decisionRef, "decisionRef"));
        changes = List.copyOf(Objects.requireNonNull(changes, "changes"));
        if (changes.isEmpty()) {
            throw new ValidationException("changes", "The issuing decision " + decisionRef
                    + " changes nothing: expected at least one item added, amended or ended");
        }
    }

    /**
     * Starts the changes of an issuing decision.
     *
     * @param decisionRef the decision's number, may be empty
     * @return a builder
     */
    public static Builder builder(String decisionRef) {
        return new Builder(decisionRef);
    }

    /** Collects {@link RiskListChanges}; each method checks its arguments at once. Not thread-safe. */
    public static final class Builder {
        private final String decisionRef;
        private final List<RiskListChange> changes = new ArrayList<>();

        private Builder(String decisionRef) {
            this.decisionRef = Objects.requireNonNull(decisionRef, "decisionRef");
        }

        /**
         * Adds an item priced by an accepted proposal.
         *
         * @param itemId the new item's id
         * @param proposal the accepted proposal for a new item
         * @param effectiveFrom the first day it applies
         * @return this builder
         */
        public Builder add(String itemId, ReferencePriceProposal proposal, LocalDate effectiveFrom) {
            changes.add(new RiskListChange.Add(itemId, proposal, effectiveFrom));
            return this;
        }

        /**
         * Lists goods without a reference price yet (VAL-13 a).
         *
         * @param itemId the new item's id
         * @param goods the goods
         * @param unit the unit a price will be per
         * @param effectiveFrom the first day it applies
         * @param reason why the goods are listed
         * @return this builder
         */
        public Builder addWithoutPrice(String itemId, GoodsDescriptor goods, UnitOfMeasure unit, LocalDate effectiveFrom,
                String reason) {
            changes.add(new RiskListChange.AddWithoutPrice(itemId, goods, unit, effectiveFrom, reason));
            return this;
        }

        /**
         * Amends, or sets, the price of the item an accepted proposal names.
         *
         * @param proposal the accepted proposal
         * @param effectiveFrom the first day of the new price
         * @return this builder
         */
        public Builder amend(ReferencePriceProposal proposal, LocalDate effectiveFrom) {
            changes.add(new RiskListChange.Amend(proposal, effectiveFrom));
            return this;
        }

        /**
         * Ends an item.
         *
         * @param itemId the item's id
         * @param lastDay the last day it applies
         * @param reason why it ends
         * @return this builder
         */
        public Builder end(String itemId, LocalDate lastDay, String reason) {
            changes.add(new RiskListChange.End(itemId, lastDay, reason));
            return this;
        }

        /**
         * Builds the changes.
         *
         * @return the changes
         * @throws ValidationException if there is none
         */
        public RiskListChanges build() {
            return new RiskListChanges(decisionRef, changes);
        }
    }
}
