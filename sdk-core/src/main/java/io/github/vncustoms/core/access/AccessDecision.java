package io.github.vncustoms.core.access;

import java.util.Objects;

/**
 * The explained outcome of one access check: who asked, for which unit's record, what they may see,
 * and why the answer is what it is (ACC-04).
 *
 * <p>Immutable and thread-safe.
 *
 * @param accountId the account that asked
 * @param accountUnit the account's unit
 * @param targetUnit the unit whose record was asked for
 * @param action what the account wanted to do, e.g. {@code "read transfer history"}
 * @param scope the account's scope; {@code null} when the account is not active
 * @param allowed whether access is granted
 * @param reason why, in one English sentence
 */
public record AccessDecision(String accountId, String accountUnit, String targetUnit, String action, AccessScope scope,
        boolean allowed, String reason) {
    /** Checks that the parts are present. */
    public AccessDecision {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(accountUnit, "accountUnit");
        Objects.requireNonNull(targetUnit, "targetUnit");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(reason, "reason");
    }
}
