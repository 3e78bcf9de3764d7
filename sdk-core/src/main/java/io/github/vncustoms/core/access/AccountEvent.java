package io.github.vncustoms.core.access;

import java.time.Instant;
import java.util.Objects;

/**
 * One journaled change or attempt on an account: when, what, by whom, from which state to which.
 *
 * <p>Immutable and thread-safe. Never carries a password.
 *
 * @param at when it happened
 * @param accountId the account
 * @param unitCode the account's unit at the time
 * @param action what happened
 * @param from the state before
 * @param to the state after; equal to {@code from} when the state did not change
 * @param actorId who did it: an administrator, the holder, or {@code "system"} for automatic locks
 * @param actorUnit the unit of whoever did it (the account's own unit for the holder and the system)
 * @param succeeded whether the action succeeded (a failed login is journaled too)
 * @param detail a short English explanation, e.g. the closure reason
 */
public record AccountEvent(Instant at, String accountId, String unitCode, AccountAction action, AccountState from,
        AccountState to, String actorId, String actorUnit, boolean succeeded, String detail) {
    /** The actor id of automatic transitions. */
    public static final String SYSTEM = "system";

    /** Checks that the parts are present. */
    public AccountEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(actorUnit, "actorUnit");
        Objects.requireNonNull(detail, "detail");
    }
}
