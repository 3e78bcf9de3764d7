package io.github.vncustoms.valuation.reference;

import io.github.vncustoms.valuation.approval.ApprovalState;
import io.github.vncustoms.valuation.observation.PriceObservation;
import io.github.vncustoms.valuation.source.PriceSource;
import java.util.Objects;

/**
 * A source a derivation used: the observation, where it came from, and who accepted it (VAL-11,
 * VAL-14).
 *
 * <p>Immutable and thread-safe.
 *
 * @param observationId the observation's id
 * @param source its source
 * @param approval its approval state
 * @param approvedBy the leader who accepted it, or {@code ""} if it needed no approval
 */
public record SourceCitation(String observationId, PriceSource source, ApprovalState approval, String approvedBy) {
    /** Validates the citation. */
    public SourceCitation {
        Objects.requireNonNull(observationId, "observationId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(approval, "approval");
        approvedBy = approvedBy == null ? "" : approvedBy;
    }

    /**
     * Cites an observation.
     *
     * @param observation the observation
     * @return its citation
     */
    public static SourceCitation of(PriceObservation observation) {
        Objects.requireNonNull(observation, "observation");
        return new SourceCitation(observation.id(), observation.source(), observation.approval().state(),
                observation.approval().decision() == null ? "" : observation.approval().decision().leaderId());
    }
}
