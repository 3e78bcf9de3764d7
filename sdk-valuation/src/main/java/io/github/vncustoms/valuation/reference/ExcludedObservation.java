package io.github.vncustoms.valuation.reference;

import io.github.vncustoms.core.money.Money;
import io.github.vncustoms.valuation.internal.reference.RuleTexts;
import io.github.vncustoms.valuation.observation.PriceObservation;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An observation {@link RobustAggregation} left out as an outlier, and why.
 *
 * <p>Immutable and thread-safe.
 *
 * @param observation the observation
 * @param price the price compared, in the aggregation's currency and unit
 * @param distance how far the price lies from the median of all prices, in currency units, positive
 * @param reason why it was excluded, in English, with the figures
 */
public record ExcludedObservation(PriceObservation observation, Money price, BigDecimal distance, String reason) {
    /** Validates the record. */
    public ExcludedObservation {
        Objects.requireNonNull(observation, "observation");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(distance, "distance");
        reason = RuleTexts.requireText("reason", reason, "why the observation was excluded");
    }
}
