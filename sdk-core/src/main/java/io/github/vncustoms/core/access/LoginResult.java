package io.github.vncustoms.core.access;

import java.util.Objects;

/**
 * The outcome of a login attempt.
 *
 * <p>Immutable and thread-safe.
 *
 * @param outcome what happened
 * @param account the account as it is after the attempt (a lock may have fired)
 * @param reason one English sentence; never the password
 */
public record LoginResult(Outcome outcome, Account account, String reason) {
    /** The kinds of outcome. */
    public enum Outcome {
        /** The password matched and the account is active. */
        SUCCESS,
        /** The password matched but must be changed before anything else (first login, VAL-20). */
        MUST_CHANGE_PASSWORD,
        /** Refused: wrong password, or the account is not usable. */
        REFUSED
    }

    /** Checks that the parts are present. */
    public LoginResult {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(reason, "reason");
    }
}
