package io.github.vncustoms.core.access;

/**
 * Where an account is in its lifecycle (STA-01, ACC-02, ACC-03). Only {@link #ACTIVE} accounts may
 * read or change anything. Immutable.
 */
public enum AccountState {
    /** Requested in writing, with the holder's signed commitment; not yet issued. */
    REQUESTED,
    /** Issued (sealed letter) with an initial password that must be changed. */
    ISSUED,
    /** Usable: the password was changed and, where the system requires it, the confirmation letter recorded. */
    ACTIVE,
    /** Locked: the password was not changed within 30 days of issue, or an administrator locked it. */
    LOCKED,
    /** Closed on written request; may be removed later. */
    CLOSED,
    /** Removed: a terminal state. */
    REMOVED
}
