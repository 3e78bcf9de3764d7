package io.github.vncustoms.core.audit;

/**
 * The kinds of damage {@link AuditVerifier} tells apart. Immutable.
 */
public enum VerificationProblem {
    /**
     * An entry's content no longer matches its hash, an entry cannot be read, or an entry was
     * rewritten with a recomputed hash so that the next entry no longer links to it.
     */
    MODIFIED,
    /** Entries are missing: the sequence jumps over one or more numbers. */
    DELETED,
    /** An entry that does not belong to the chain sits between genuine entries, or repeats a sequence number. */
    INSERTED,
    /** Genuine entries appear out of order: a later entry stands before an earlier one. */
    REORDERED,
    /** A checkpoint's signature does not verify with the journal's public key. */
    BAD_CHECKPOINT_SIGNATURE,
    /**
     * A correctly signed checkpoint names a different hash for its sequence than the journal holds:
     * the journal up to that sequence was rewritten and its hashes recomputed.
     */
    CHECKPOINT_MISMATCH,
    /** A correctly signed checkpoint covers entries beyond the journal's last entry: its end was cut off. */
    TRUNCATED_TAIL
}
