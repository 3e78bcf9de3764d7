package io.github.vncustoms.core.statistics;

import io.github.vncustoms.core.internal.statistics.Fields;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One organisation's estimate for one indicator of a forecast round, with its opinion (ý kiến)
 * (STA-06).
 *
 * <p>Immutable and thread-safe. The opinion is stripped and normalised to NFC (STA-04).
 *
 * @param indicatorCode the indicator estimated; upper-cased
 * @param value the estimate, in the indicator's unit
 * @param opinion the reasoning or assessment behind it; empty when none is given
 */
public record EstimateEntry(String indicatorCode, BigDecimal value, String opinion) {
    /**
     * Validates and normalises.
     *
     * @throws io.github.vncustoms.core.error.ValidationException if the code is malformed or the
     *     opinion not well-formed
     */
    public EstimateEntry {
        indicatorCode = Fields.requireCode(indicatorCode, "indicatorCode", "an estimate");
        Objects.requireNonNull(value, "value");
        opinion = Fields.optionalText(opinion, "opinion", "the estimate of " + indicatorCode);
    }

    /**
     * Creates an entry.
     *
     * @param indicatorCode the indicator
     * @param value the estimate as text, e.g. {@code "36100000000"}
     * @param opinion the opinion, may be empty
     * @return the entry
     * @throws io.github.vncustoms.core.error.ValidationException if the value is not a number
     */
    public static EstimateEntry of(String indicatorCode, String value, String opinion) {
        return new EstimateEntry(indicatorCode, IndicatorValue.number(value, "value"), opinion);
    }
}
