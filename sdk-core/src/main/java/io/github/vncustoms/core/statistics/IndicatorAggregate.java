package io.github.vncustoms.core.statistics;

import io.github.vncustoms.core.error.ValidationException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The opinions on one indicator of a forecast round, aggregated (STA-06): how many organisations
 * estimated it, the mean, median, lowest and highest estimate, and who said what.
 *
 * <p>When no organisation estimated the indicator, {@code count} is 0 and the statistics are
 * {@code null}. Otherwise {@code min <= median <= max} and {@code min <= mean <= max}. Immutable and
 * thread-safe.
 *
 * @param indicator the indicator
 * @param initialForecast the General Department's initial forecast
 * @param count how many organisations' current estimates are aggregated
 * @param mean the arithmetic mean, rounded with the aggregator's {@link java.math.MathContext}
 * @param median the middle estimate, or the exact mean of the two middle ones
 * @param min the lowest estimate
 * @param max the highest estimate
 * @param contributions the current estimate of each organisation, by organisation code: who said
 *     what, when, and why
 * @param notSubmitted the codes of the authorised organisations without an estimate, sorted
 */
public record IndicatorAggregate(
        Indicator indicator,
        BigDecimal initialForecast,
        int count,
        BigDecimal mean,
        BigDecimal median,
        BigDecimal min,
        BigDecimal max,
        List<ForecastEstimate> contributions,
        List<String> notSubmitted) {

    /**
     * Validates and copies.
     *
     * @throws ValidationException if the count disagrees with the contributions, or the statistics
     *     are missing although there are estimates (or present although there are none)
     */
    public IndicatorAggregate {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(initialForecast, "initialForecast");
        contributions = List.copyOf(Objects.requireNonNull(contributions, "contributions"));
        notSubmitted = List.copyOf(Objects.requireNonNull(notSubmitted, "notSubmitted"));
        if (count != contributions.size()) {
            throw new ValidationException("count", "The aggregate of " + indicator.code() + " counts " + count
                    + " estimates but lists " + contributions.size() + ": expected the same number");
        }
        boolean hasStatistics = mean != null && median != null && min != null && max != null;
        boolean hasNone = mean == null && median == null && min == null && max == null;
        if (count > 0 ? !hasStatistics : !hasNone) {
            throw new ValidationException("mean", "The aggregate of " + indicator.code() + " over " + count
                    + " estimates has " + (count > 0 ? "missing" : "unexpected") + " statistics: expected mean,"
                    + " median, min and max exactly when there is at least one estimate");
        }
    }

    /**
     * Returns the spread of the estimates.
     *
     * @return {@code max - min}, or {@code null} when there is no estimate
     */
    public BigDecimal range() {
        return count == 0 ? null : max.subtract(min);
    }
}
