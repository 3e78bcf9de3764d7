package io.github.vncustoms.core.audit;

/**
 * How an audited action ended. Immutable.
 */
public enum AuditOutcome {
    /** The action was carried out. */
    SUCCESS,
    /** The action was attempted and failed, e.g. a wrong password or a rejected document. */
    FAILURE,
    /** The access policy refused the action (ACC-04). */
    DENIED
}
