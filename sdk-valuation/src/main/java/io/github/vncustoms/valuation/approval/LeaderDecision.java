package io.github.vncustoms.valuation.approval;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A competent leader's decision on a proposal (VAL-11, VAL-15): "chấp nhận" or "không chấp nhận",
 * with a remark. Whether the leader was competent is {@link LeaderCompetence}'s question.
 *
 * <p>Immutable and thread-safe.
 *
 * @param leaderId the leader's account id
 * @param leaderUnit the leader's unit code, upper case
 * @param verdict accepted or not accepted
 * @param remark the leader's remark, may be empty
 * @param decidedAt when the leader decided
 */
public record LeaderDecision(String leaderId, String leaderUnit, Verdict verdict, String remark, Instant decidedAt) {
    /**
     * Validates and normalises the decision.
     *
     * @throws io.github.vncustoms.core.error.ValidationException if the leader or unit is blank
     */
    public LeaderDecision {
        leaderId = Texts.require("leaderId", leaderId, "the leader's account id");
        leaderUnit = Texts.require("leaderUnit", leaderUnit, "the leader's unit code").toUpperCase(Locale.ROOT);
        Objects.requireNonNull(verdict, "verdict");
        remark = Texts.optional(remark);
        Objects.requireNonNull(decidedAt, "decidedAt");
    }
}
