package io.github.vncustoms.valuation.screening;

import io.github.vncustoms.valuation.goods.UnitOfMeasure;
import io.github.vncustoms.valuation.internal.screening.PriceThreshold;
import io.github.vncustoms.valuation.internal.screening.RateUse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * How lines in one currency and unit, converted at one rate, compare with one item's reference
 * price: the exact threshold and the sentences that do not depend on the line, prepared once and
 * reused for every such line. Either comparable ({@link #threshold} set) or not ({@link #failure} set).
 *
 * <p>Immutable and thread-safe.
 */
final class Comparison {
    final Currency currency;
    final UnitOfMeasure unit;
    final RateUse rate;
    final NoMatchReason failure;
    final List<String> failureReasons;
    final PriceThreshold threshold;
    final List<String> consistentReasons;
    private final String belowPrefix;
    private final String belowSuffix;
    private final String conversionNote;
    private final String consultNote;

    private Comparison(Currency currency, UnitOfMeasure unit, RateUse rate, NoMatchReason failure,
            List<String> failureReasons, PriceThreshold threshold, List<String> consistentReasons,
            String belowPrefix, String belowSuffix, String conversionNote, String consultNote) {
        this.currency = currency;
        this.unit = unit;
        this.rate = rate;
        this.failure = failure;
        this.failureReasons = failureReasons;
        this.threshold = threshold;
        this.consistentReasons = consistentReasons;
        this.belowPrefix = belowPrefix;
        this.belowSuffix = belowSuffix;
        this.conversionNote = conversionNote;
        this.consultNote = consultNote;
    }

    static Comparison failed(Currency currency, UnitOfMeasure unit, RateUse rate, NoMatchReason failure,
            List<String> reasons) {
        return new Comparison(currency, unit, rate, failure, reasons, null, null, null, null, null, null);
    }

    static Comparison comparable(Currency currency, UnitOfMeasure unit, RateUse rate, PriceThreshold threshold,
            String itemText, String toleranceText, String conversionNote) {
        String consistent = "The declared unit value is not below the reference price of " + itemText
                + " by more than the tolerance of " + toleranceText + ", so the risk list raises no doubt about it (VAL-19).";
        String consult = "Next: raise a doubt about the declared value and consult the declarant (xác định nghi vấn,"
                + " thực hiện tham vấn; QĐ 2344 Art. 5.3). The reference price is a means of comparison only and is"
                + " never imposed as the customs value (VAL-12).";
        List<String> consistentReasons = conversionNote.isEmpty() ? List.of(consistent) : List.of(consistent, conversionNote);
        return new Comparison(currency, unit, rate, null, null, threshold, consistentReasons,
                "The declared unit value is ", "% below the reference price of " + itemText
                + ", beyond the tolerance of " + toleranceText + ".", conversionNote, consult);
    }

    boolean matches(Currency currency, UnitOfMeasure unit, RateUse rate) {
        return this.currency == currency && (this.unit == unit || this.unit.equals(unit)) && this.rate.sameAs(rate);
    }

    List<String> belowReasons(BigDecimal deviationPercent) {
        return new BelowReasons(belowPrefix, deviationPercent, belowSuffix,
                conversionNote.isEmpty() ? null : conversionNote, consultNote);
    }

    List<String> rateMissingReasons(LocalDate day) {
        String first = failureReasons.get(0) + " on " + day
                + ": values in different currencies are not compared without that day's rate.";
        return failureReasons.size() == 1 ? List.of(first) : List.of(first, failureReasons.get(1));
    }
}
