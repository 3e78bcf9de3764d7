package io.github.vncustoms.valuation.observation;

/**
 * Whether an observation's reliability has been verified (kiểm chứng mức độ tin cậy; QĐ 2344 Art. 2.4;
 * VAL-02): customs' own declaration-file results are; other sources are once a leader accepted them.
 *
 * <p>Immutable and thread-safe.
 */
public enum Reliability {
    /** Not (yet) verified: must not be used. */
    UNVERIFIED,
    /** Verified: may be used. */
    VERIFIED
}
