package io.github.vncustoms.valuation.screening;

/**
 * The three kinds of {@link ScreeningOutcome}, for counting and switching without pattern matching.
 *
 * <p>Immutable and thread-safe.
 */
public enum OutcomeKind {
    /** The line could not be compared with a reference price: see {@link NoMatchReason}. */
    NO_MATCH,
    /** The declared unit value is not below the reference price by more than the tolerance. */
    CONSISTENT,
    /** The declared unit value is below the reference price by more than the tolerance. */
    BELOW_REFERENCE
}
