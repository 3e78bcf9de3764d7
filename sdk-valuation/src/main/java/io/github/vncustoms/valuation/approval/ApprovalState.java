package io.github.vncustoms.valuation.approval;

/**
 * Where a record stands in the proposal → decision workflow (VAL-11, VAL-15..17).
 *
 * <p>Immutable and thread-safe.
 */
public enum ApprovalState {
    /** No approval is needed: customs' own declaration-file results (Art. 2.1). */
    NOT_REQUIRED,
    /** Proposed (tờ trình submitted), no decision yet. */
    PENDING,
    /** The leader accepted it. */
    ACCEPTED,
    /** The leader did not accept it. */
    NOT_ACCEPTED;

    /**
     * Tells whether a record in this state may be used.
     *
     * @return {@code true} for {@link #NOT_REQUIRED} and {@link #ACCEPTED}
     */
    public boolean counts() {
        return this == NOT_REQUIRED || this == ACCEPTED;
    }
}
