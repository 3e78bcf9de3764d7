package io.github.vncustoms.valuation.reference;

import io.github.vncustoms.core.money.Money;
import io.github.vncustoms.valuation.observation.PriceObservation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * An outlier-resistant central price and how it was reached (see {@link RobustAggregation}): the
 * derivation whose value is the median of the prices kept, the median of all prices, the measure of
 * spread and threshold that decided which were outliers, the spread of the prices kept, and the
 * observations kept and excluded.
 *
 * <p>Immutable and thread-safe.
 *
 * @param derivation the trail; its value is the median of the prices kept, rounded HALF_UP to the minor unit
 * @param k how many scale units from the median a price may lie before it is excluded
 * @param estimator the measure of spread used
 * @param medianOfAll the median of all prices, exact, in currency units
 * @param scale the scaled spread ({@code 1.4826 × MAD}, or {@code 1.253314 × mean absolute deviation}),
 *     in currency units, to 16 significant digits where not exact
 * @param threshold {@code k × scale}: a price farther than this from {@code medianOfAll} was excluded
 * @param spread the five-number summary of the prices kept
 * @param kept the observations kept, in the order given
 * @param excluded the observations excluded, in the order given, with reasons
 */
public record RobustPrice(Derivation derivation, BigDecimal k, ScaleEstimator estimator, BigDecimal medianOfAll,
        BigDecimal scale, BigDecimal threshold, PriceSpread spread, List<PriceObservation> kept,
        List<ExcludedObservation> excluded) {
    /** Validates and copies the lists. */
    public RobustPrice {
        Objects.requireNonNull(derivation, "derivation");
        Objects.requireNonNull(k, "k");
        Objects.requireNonNull(estimator, "estimator");
        Objects.requireNonNull(medianOfAll, "medianOfAll");
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(spread, "spread");
        kept = List.copyOf(kept);
        excluded = List.copyOf(excluded);
    }

    /**
     * Returns the central price.
     *
     * @return the derivation's value
     */
    public Money value() {
        return derivation.value();
    }

    /**
     * Returns how many observations were aggregated.
     *
     * @return kept plus excluded
     */
    public int observed() {
        return kept.size() + excluded.size();
    }
}
