package io.github.vncustoms.valuation.internal.reference;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.valuation.approval.ApprovalState;
import io.github.vncustoms.valuation.observation.CommercialLevel;
import io.github.vncustoms.valuation.observation.PriceObservation;
import io.github.vncustoms.valuation.source.PriceSource;
import java.util.Objects;
import java.util.Set;

/** The checks a rule makes on the observation it is given. Not API. Stateless; thread-safe. */
public final class ObservationChecks {
    private ObservationChecks() {
    }

    /**
     * Says why an observation does not count, in words.
     *
     * @param o the observation
     * @return the reason, or {@code ""} if it counts
     */
    public static String whyNotCounting(PriceObservation o) {
        ApprovalState state = o.approval().state();
        if (state == ApprovalState.PENDING) {
            return "its proposal (tờ trình) awaits the leader's decision";
        }
        if (state == ApprovalState.NOT_ACCEPTED) {
            return "the leader did not accept it (không chấp nhận)";
        }
        if (o.suspicious()) {
            return "its value is flagged as doubtful (thuộc diện nghi ngờ)";
        }
        return "";
    }

    /**
     * Requires an observation that counts, of one of some sources and levels.
     *
     * @param o the observation
     * @param rule the rule's name, for the message
     * @param requirement the requirement ID, for the message
     * @param sources the sources the rule takes
     * @param levels the commercial levels the rule takes
     * @return the observation
     * @throws ValidationException if it does not count, or its source or level is not one the rule takes
     */
    public static PriceObservation require(PriceObservation o, String rule, String requirement, Set<PriceSource> sources,
            Set<CommercialLevel> levels) {
        Objects.requireNonNull(o, "observation");
        if (!sources.contains(o.source())) {
            throw new ValidationException("observation", "Observation " + o.id() + " comes from " + o.source()
                    + ": the " + rule + " (" + requirement + ") expected a source among " + sources);
        }
        if (!levels.contains(o.commercialLevel())) {
            throw new ValidationException("observation", "Observation " + o.id() + " is a price at level "
                    + o.commercialLevel() + ": the " + rule + " (" + requirement + ") expected a level among " + levels);
        }
        requireCounting(o, rule, requirement);
        return o;
    }

    /**
     * Requires an observation that counts.
     *
     * @param o the observation
     * @param rule the rule's name, for the message
     * @param requirement the requirement ID, for the message
     * @throws ValidationException if it does not count
     */
    public static void requireCounting(PriceObservation o, String rule, String requirement) {
        if (!o.counts()) {
            throw new ValidationException("observation", "Observation " + o.id() + " does not count: "
                    + whyNotCounting(o) + "; the " + rule + " (" + requirement
                    + ") expected an observation accepted by a leader (or needing no approval) and not flagged as doubtful");
        }
    }

    /**
     * Describes an observation in a trail.
     *
     * @param o the observation
     * @return e.g. {@code "observation OBS-1 (INTERNET_OFFER, price date 2026-11-02, ref https://…)"}
     */
    public static String describe(PriceObservation o) {
        StringBuilder out = new StringBuilder("observation ").append(o.id()).append(" (").append(o.source())
                .append(", price date ").append(o.priceDate());
        if (!o.originCountry().isEmpty()) {
            out.append(", country ").append(o.originCountry());
        }
        if (!o.reference().isEmpty()) {
            out.append(", ref ").append(o.reference());
        }
        return out.append(')').toString();
    }
}
