package io.github.vncustoms.core.statistics;

/**
 * Where a forecast round stands (STA-06). The state follows from the clock, the round's opening
 * time and deadline, and an early close.
 *
 * <p>Immutable.
 */
public enum RoundState {
    /** Before the opening time: submissions are refused. */
    NOT_YET_OPEN,
    /** Between the opening time and the deadline, not closed early: submissions are accepted. */
    OPEN,
    /** At or after the deadline, or closed early: submissions are refused; the report is final. */
    CLOSED
}
