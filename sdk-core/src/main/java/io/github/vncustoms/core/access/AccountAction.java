package io.github.vncustoms.core.access;

/**
 * What happened to an account, as journaled (STA-01, ACC-02, ACC-03, VAL-20). Immutable.
 */
public enum AccountAction {
    /** Requested in writing, with the holder's signed commitment (STA-01, Annex 01). */
    REQUEST,
    /** Issued with an initial password in a sealed letter. */
    ISSUE,
    /** The holder changed the password. */
    CHANGE_PASSWORD,
    /** The holder's confirmation letter was recorded (IMTS, STA-01). */
    RECORD_CONFIRMATION,
    /** Locked automatically: the password was not changed within 30 days of issue (ACC-02). */
    LOCK_UNCHANGED_PASSWORD,
    /** Locked by an administrator. */
    LOCK,
    /** Unlocked by an administrator. */
    UNLOCK,
    /** A written request to close, with expected date and reason, was recorded (ACC-03). */
    REQUEST_CLOSURE,
    /** Closed on the expected date of a closure request (ACC-03). */
    CLOSE,
    /** Removed. */
    REMOVE,
    /** Moved to another unit or function; roles replaced (VAL-20). */
    REASSIGN,
    /** A login attempt. */
    LOGIN
}
