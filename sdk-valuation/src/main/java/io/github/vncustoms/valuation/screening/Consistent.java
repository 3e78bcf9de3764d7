package io.github.vncustoms.valuation.screening;

import io.github.vncustoms.core.error.ValidationException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The declared unit value, converted into the reference's currency and unit, is not below the
 * reference price by more than the tolerance: no doubt arises from the risk list. Holds no amount
 * (VAL-12; see {@link ScreeningOutcome}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param line the line screened
 * @param reference the risk-list item compared with
 * @param reasons the explanation, one sentence each, at least one
 */
public record Consistent(LineIdentity line, ReferenceBasis reference, List<String> reasons) implements ScreeningOutcome {
    /**
     * Validates the outcome and copies the reasons.
     *
     * @throws NullPointerException if an argument is {@code null}
     * @throws ValidationException if there is no reason
     */
    public Consistent {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(reference, "reference");
        reasons = List.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw new ValidationException("reasons", "A consistent outcome for " + line.describe()
                    + " gives no reason: expected at least one sentence");
        }
    }

    /** {@inheritDoc} */
    @Override
    public OutcomeKind kind() {
        return OutcomeKind.CONSISTENT;
    }

    /**
     * {@inheritDoc}
     *
     * @return {@link NextStep#NONE}
     */
    @Override
    public NextStep nextStep() {
        return NextStep.NONE;
    }

    /** {@inheritDoc} */
    @Override
    public Optional<ReferenceBasis> referenceBasis() {
        return Optional.of(reference);
    }
}
