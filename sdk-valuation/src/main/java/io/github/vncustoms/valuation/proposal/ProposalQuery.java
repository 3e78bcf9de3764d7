package io.github.vncustoms.valuation.proposal;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.id.HsCode;
import io.github.vncustoms.valuation.approval.ApprovalState;
import io.github.vncustoms.valuation.internal.risklist.Checks;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Conditions on reference-price proposals, for {@link ProposalDesk#search}: states, HS code, the item
 * amended, and a submission period. Every condition left unset matches everything.
 *
 * <p>Immutable and thread-safe.
 *
 * @param states the states wanted; empty for any
 * @param hsCode the goods' code must lie within this one; {@code null} for any
 * @param amendsItemId the item amended; {@code ""} for any
 * @param submittedFrom the earliest submission time, inclusive; {@code null} for no bound
 * @param submittedTo the latest submission time, exclusive; {@code null} for no bound
 */
public record ProposalQuery(Set<ApprovalState> states, HsCode hsCode, String amendsItemId, Instant submittedFrom,
        Instant submittedTo) {
    /**
     * Validates the query and copies the states.
     *
     * @throws ValidationException if the period ends before it starts
     */
    public ProposalQuery {
        states = Set.copyOf(Objects.requireNonNull(states, "states"));
        amendsItemId = Checks.optionalId("amendsItemId", amendsItemId, "risk-list item");
        if (submittedFrom != null && submittedTo != null && submittedTo.isBefore(submittedFrom)) {
            throw new ValidationException("submittedTo", "The period ends at " + submittedTo + " before it starts at "
                    + submittedFrom + ": expected an end on or after the start");
        }
    }

    /**
     * Returns the query that matches every proposal.
     *
     * @return the query
     */
    public static ProposalQuery all() {
        return new ProposalQuery(Set.of(), null, "", null, null);
    }

    /**
     * Returns a copy that matches only some states.
     *
     * @param first a state
     * @param more further states
     * @return the copy
     */
    public ProposalQuery withStates(ApprovalState first, ApprovalState... more) {
        return new ProposalQuery(EnumSet.of(first, more), hsCode, amendsItemId, submittedFrom, submittedTo);
    }

    /**
     * Returns a copy that matches only goods within an HS code.
     *
     * @param code the code, e.g. a chapter's heading
     * @return the copy
     */
    public ProposalQuery withinHsCode(HsCode code) {
        return new ProposalQuery(states, Objects.requireNonNull(code, "code"), amendsItemId, submittedFrom, submittedTo);
    }

    /**
     * Returns a copy that matches only proposals amending an item.
     *
     * @param itemId the item's id
     * @return the copy
     */
    public ProposalQuery amending(String itemId) {
        return new ProposalQuery(states, hsCode, Checks.id("amendsItemId", itemId, "risk-list item"), submittedFrom,
                submittedTo);
    }

    /**
     * Returns a copy that matches only proposals submitted in a period.
     *
     * @param from the earliest time, inclusive
     * @param to the latest time, exclusive
     * @return the copy
     */
    public ProposalQuery submittedBetween(Instant from, Instant to) {
        return new ProposalQuery(states, hsCode, amendsItemId, Objects.requireNonNull(from, "from"),
                Objects.requireNonNull(to, "to"));
    }

    /**
     * Tells whether a proposal meets every condition.
     *
     * @param proposal the proposal
     * @return {@code true} if it matches
     */
    public boolean matches(ReferencePriceProposal proposal) {
        Objects.requireNonNull(proposal, "proposal");
        Instant at = proposal.submission().submittedAt();
        return (states.isEmpty() || states.contains(proposal.state()))
                && (hsCode == null || proposal.goods().hsCode().isWithin(hsCode))
                && (amendsItemId.isEmpty() || amendsItemId.equals(proposal.amendsItemId()))
                && (submittedFrom == null || !at.isBefore(submittedFrom))
                && (submittedTo == null || at.isBefore(submittedTo));
    }
}
