package io.github.vncustoms.core.access;

/**
 * Whose account it is. Immutable.
 */
public enum AccountKind {
    /** A unit's account: one per department and one per branch (ACC-01). */
    UNIT,
    /** An officer's personal account, with permissions for the data assigned by their leader (VAL-20). */
    PERSONAL,
    /** A system administrator's account. */
    ADMINISTRATOR
}
