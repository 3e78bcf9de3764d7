package io.github.vncustoms.valuation.reference;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.valuation.goods.UnitOfMeasure;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * How the prices a reference price was drawn from spread out: the five-number summary of the prices
 * kept, exact (quartiles interpolated linearly between order statistics, Hyndman and Fan's type 7,
 * so they may fall between two minor units).
 *
 * <p>Immutable and thread-safe.
 *
 * @param currency the currency of the amounts
 * @param unit the unit the prices are per
 * @param min the lowest price
 * @param lowerQuartile the first quartile
 * @param median the median, unrounded
 * @param upperQuartile the third quartile
 * @param max the highest price
 */
public record PriceSpread(Currency currency, UnitOfMeasure unit, BigDecimal min, BigDecimal lowerQuartile, BigDecimal median,
        BigDecimal upperQuartile, BigDecimal max) {
    /**
     * Validates the order of the figures.
     *
     * @throws ValidationException unless min ≤ lower quartile ≤ median ≤ upper quartile ≤ max
     */
    public PriceSpread {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(lowerQuartile, "lowerQuartile");
        Objects.requireNonNull(median, "median");
        Objects.requireNonNull(upperQuartile, "upperQuartile");
        Objects.requireNonNull(max, "max");
        if (min.compareTo(lowerQuartile) > 0 || lowerQuartile.compareTo(median) > 0 || median.compareTo(upperQuartile) > 0
                || upperQuartile.compareTo(max) > 0) {
            throw new ValidationException("spread", "Spread " + min + " / " + lowerQuartile + " / " + median + " / "
                    + upperQuartile + " / " + max + ": expected min ≤ lower quartile ≤ median ≤ upper quartile ≤ max");
        }
    }

    /**
     * Returns the interquartile range.
     *
     * @return upper quartile minus lower quartile
     */
    public BigDecimal interquartileRange() {
        return upperQuartile.subtract(lowerQuartile);
    }
}
