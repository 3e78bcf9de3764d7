package io.github.vncustoms.valuation.screening;

import io.github.vncustoms.core.error.ValidationException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The line was not compared with a reference price: its goods are not listed, the item has no price
 * yet, or the line and the reference are in units or currencies that nothing listed converts between.
 * A price per one unit is never compared with a price per another. Holds no amount (VAL-12; see
 * {@link ScreeningOutcome}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param line the line screened
 * @param reason why it was not compared
 * @param reference the item matched, or {@code null} exactly when the reason is
 *     {@link NoMatchReason#GOODS_NOT_LISTED}
 * @param reasons the explanation, one sentence each, at least one
 */
public record NoMatch(LineIdentity line, NoMatchReason reason, ReferenceBasis reference, List<String> reasons)
        implements ScreeningOutcome {
    /**
     * Validates the outcome and copies the reasons.
     *
     * @throws NullPointerException if the line, reason or reasons are {@code null}
     * @throws ValidationException if the reference is given for goods not listed, or missing for goods
     *     listed, or there is no reason
     */
    public NoMatch {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(reason, "reason");
        reasons = List.copyOf(reasons);
        if (reason.listed() != (reference != null)) {
            throw new ValidationException("reference", "A no-match outcome for " + line.describe() + " because of "
                    + reason + (reference == null ? " names no risk-list item: expected the item matched"
                    : " names item " + reference.itemId() + ": expected none for goods not listed"));
        }
        if (reasons.isEmpty()) {
            throw new ValidationException("reasons", "A no-match outcome for " + line.describe()
                    + " gives no reason: expected at least one sentence");
        }
    }

    /** {@inheritDoc} */
    @Override
    public OutcomeKind kind() {
        return OutcomeKind.NO_MATCH;
    }

    /**
     * {@inheritDoc}
     *
     * @return {@link NoMatchReason#nextStep()} of the reason
     */
    @Override
    public NextStep nextStep() {
        return reason.nextStep();
    }

    /** {@inheritDoc} */
    @Override
    public Optional<ReferenceBasis> referenceBasis() {
        return Optional.ofNullable(reference);
    }
}
