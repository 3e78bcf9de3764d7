package io.github.vncustoms.valuation.screening;

import io.github.vncustoms.core.error.ValidationException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The declared unit value, converted into the reference's currency and unit, is below the reference
 * price by more than the tolerance: the officer raises a doubt and consults the declarant (xác định
 * nghi vấn, thực hiện tham vấn; QĐ 2344 Art. 5.3).
 *
 * <p>The outcome says by how much, as a percentage of the reference price, and nothing else
 * numeric: it carries neither the reference price nor any value to put in place of the declared one,
 * because the list is "không sử dụng để áp đặt trị giá hải quan" (VAL-12; see {@link ScreeningOutcome}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param line the line screened
 * @param reference the risk-list item compared with
 * @param deviationPercent how far below: (reference − declared) / reference × 100, both in the
 *     reference's currency and unit, with two decimals; from 0 to 100
 * @param reasons the explanation, one sentence each, at least one
 */
public record BelowReference(LineIdentity line, ReferenceBasis reference, BigDecimal deviationPercent, List<String> reasons)
        implements ScreeningOutcome {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Validates the outcome and copies the reasons.
     *
     * @throws NullPointerException if an argument is {@code null}
     * @throws ValidationException if the percentage is outside 0–100 or has other than two decimals,
     *     or there is no reason
     */
    public BelowReference {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(deviationPercent, "deviationPercent");
        // The screener's own reasons list is immutable already; anything else is copied.
        reasons = reasons instanceof BelowReasons ? reasons : List.copyOf(reasons);
        if (deviationPercent.scale() != 2 || deviationPercent.signum() < 0 || deviationPercent.compareTo(HUNDRED) > 0) {
            throw new ValidationException("deviationPercent", "Deviation " + deviationPercent.toPlainString() + "% of "
                    + line.describe() + " is out of range: expected a percentage from 0.00 to 100.00 with two decimals");
        }
        if (reasons.isEmpty()) {
            throw new ValidationException("reasons", "A below-reference outcome for " + line.describe()
                    + " gives no reason: expected at least one sentence");
        }
    }

    /** {@inheritDoc} */
    @Override
    public OutcomeKind kind() {
        return OutcomeKind.BELOW_REFERENCE;
    }

    /**
     * {@inheritDoc}
     *
     * @return {@link NextStep#RAISE_DOUBT_AND_CONSULT}
     */
    @Override
    public NextStep nextStep() {
        return NextStep.RAISE_DOUBT_AND_CONSULT;
    }

    /** {@inheritDoc} */
    @Override
    public Optional<ReferenceBasis> referenceBasis() {
        return Optional.of(reference);
    }
}
