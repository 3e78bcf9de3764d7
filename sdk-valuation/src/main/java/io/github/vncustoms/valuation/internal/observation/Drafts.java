package io.github.vncustoms.valuation.internal.observation;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.valuation.approval.ApprovalTrail;
import io.github.vncustoms.valuation.observation.PriceObservation;
import java.util.function.Supplier;

/**
 * Completes the drafts officers hand the database. {@link PriceObservation.Builder} exposes no
 * getters, so what a draft holds is learnt by building it: a missing id shows as the constructor's
 * first null check, and whether the source needs approval as which approval trail the constructor
 * accepts. Stateless; thread-safe (the drafts themselves are not).
 */
public final class Drafts {
    private Drafts() {
    }

    /**
     * Builds a draft, giving it a new id if it has none.
     *
     * @param draft the draft, already stamped
     * @param ids where new ids come from
     * @return the observation
     */
    public static PriceObservation build(PriceObservation.Builder draft, Supplier<String> ids) {
        try {
            return draft.build();
        } catch (NullPointerException e) {
            // PriceObservation checks its id before anything else: "id" means only that no id was given.
            if (!"id".equals(e.getMessage())) {
                throw e;
            }
            draft.id(ids.get());
            return draft.build();
        }
    }

    /**
     * Tells whether a draft that failed to build with one approval trail builds with the other,
     * that is whether the failure was the choice of workflow; restores the trail it was given.
     *
     * @param draft the draft
     * @param tried the trail the draft failed with
     * @param other the trail to try instead
     * @return {@code true} if the draft builds with {@code other}
     */
    public static boolean buildsWith(PriceObservation.Builder draft, ApprovalTrail tried, ApprovalTrail other) {
        try {
            draft.approval(other).build();
            return true;
        } catch (ValidationException | NullPointerException e) {
            return false;
        } finally {
            draft.approval(tried);
        }
    }
}
