package io.github.vncustoms.valuation.screening;

/**
 * Why a line was not compared with a reference price.
 *
 * <p>Immutable and thread-safe.
 */
public enum NoMatchReason {
    /** No item of the risk-list version is in force for identical goods on the declaration day. */
    GOODS_NOT_LISTED(NextStep.NONE),
    /** The goods are listed but the item has no reference price yet (VAL-13 a). */
    NO_REFERENCE_PRICE(NextStep.PROPOSE_REFERENCE_PRICE),
    /** The line's unit differs from the reference's and no conversion between them is listed. */
    NO_UNIT_CONVERSION(NextStep.OBTAIN_CONVERSION),
    /** The line's currency differs from the reference's and no exchange rate is in force that day. */
    NO_EXCHANGE_RATE(NextStep.OBTAIN_CONVERSION);

    private final NextStep nextStep;

    NoMatchReason(NextStep nextStep) {
        this.nextStep = nextStep;
    }

    /**
     * Returns what the officer does about a line left unscreened for this reason.
     *
     * @return the next step
     */
    public NextStep nextStep() {
        return nextStep;
    }

    /**
     * Tells whether the goods were found on the list, so that the outcome names a risk-list item.
     *
     * @return {@code false} only for {@link #GOODS_NOT_LISTED}
     */
    public boolean listed() {
        return this != GOODS_NOT_LISTED;
    }
}
