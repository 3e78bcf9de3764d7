package io.github.vncustoms.valuation.reference;

/**
 * Which measure of spread {@link RobustAggregation} used to decide what is an outlier.
 *
 * <p>Immutable and thread-safe.
 */
public enum ScaleEstimator {
    /**
     * The median absolute deviation from the median, times 1.4826 so that it estimates the standard
     * deviation of normally distributed prices. The usual case.
     */
    MEDIAN_ABSOLUTE_DEVIATION,
    /**
     * The mean absolute deviation from the median, times 1.253314 (√(π/2)): used when the median
     * absolute deviation is zero because more than half the prices are equal, as Iglewicz and
     * Hoaglin's modified z-score does. Without it, every price differing from the common one by a
     * single đồng would be excluded.
     */
    MEAN_ABSOLUTE_DEVIATION,
    /** All prices are equal: there is no spread, and nothing is excluded. */
    NONE
}
