package io.github.vncustoms.valuation.approval;

import io.github.vncustoms.core.error.InvalidStateException;
import io.github.vncustoms.core.error.ValidationException;
import java.util.Objects;

/**
 * The approval trail of a record (VAL-14, VAL-15): its proposal and the leader's decision, or
 * nothing where no approval is needed.
 *
 * <p>Immutable and thread-safe.
 *
 * @param submission the proposal; {@code null} only when no approval is needed
 * @param decision the leader's decision; {@code null} while pending or when no approval is needed
 */
public record ApprovalTrail(Submission submission, LeaderDecision decision) {
    private static final ApprovalTrail NONE = new ApprovalTrail(null, null);

    /**
     * Validates the trail.
     *
     * @throws ValidationException if there is a decision without a proposal, or the decision
     *     predates the proposal
     */
    public ApprovalTrail {
        if (submission == null && decision != null) {
            throw new ValidationException("decision", "A leader's decision without a proposal: expected the proposal it decides");
        }
        if (decision != null && decision.decidedAt().isBefore(submission.submittedAt())) {
            throw new ValidationException("decision", "The decision of " + decision.decidedAt()
                    + " predates the proposal of " + submission.submittedAt() + ": expected a decision after the proposal");
        }
    }

    /**
     * Returns the trail of a record that needs no approval.
     *
     * @return the empty trail
     */
    public static ApprovalTrail notRequired() {
        return NONE;
    }

    /**
     * Returns the trail of a proposal awaiting its decision.
     *
     * @param submission the proposal
     * @return the pending trail
     */
    public static ApprovalTrail pending(Submission submission) {
        return new ApprovalTrail(Objects.requireNonNull(submission, "submission"), null);
    }

    /**
     * Returns where the record stands.
     *
     * @return the state
     */
    public ApprovalState state() {
        if (submission == null) {
            return ApprovalState.NOT_REQUIRED;
        }
        if (decision == null) {
            return ApprovalState.PENDING;
        }
        return decision.verdict() == Verdict.ACCEPTED ? ApprovalState.ACCEPTED : ApprovalState.NOT_ACCEPTED;
    }

    /**
     * Adds the leader's decision.
     *
     * @param leaderDecision the decision
     * @return the decided trail
     * @throws InvalidStateException if the trail needs no decision or is already decided
     * @throws ValidationException if the decision predates the proposal
     */
    public ApprovalTrail decide(LeaderDecision leaderDecision) {
        Objects.requireNonNull(leaderDecision, "leaderDecision");
        if (submission == null) {
            throw new InvalidStateException("This record needs no approval: expected a record with a pending proposal");
        }
        if (decision != null) {
            throw new InvalidStateException("The proposal was already decided (" + decision.verdict().vietnamese()
                    + " by " + decision.leaderId() + " at " + decision.decidedAt() + "): expected a pending proposal");
        }
        return new ApprovalTrail(submission, leaderDecision);
    }
}
