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
 * price: the exact threshold, and the sentences that do not depend on the line, written when first
 * needed and then reused for every such line. Either comparable ({@link #threshold} set) or not
 * ({@link #failure} set).
 *
 * <p>Thread-safe: the sentences are cached in plain fields; two threads may both write one, and each
 * sees a complete, equal, immutable value.
 */
final class Comparison {
    /** The step after a flag, the same for every item. */
    static final String CONSULT = "Next: raise a doubt about the declared value and consult the declarant (xác định"
            + " nghi vấn, thực hiện tham vấn; QĐ 2344 Art. 5.3). The reference price is a means of comparison only and"
            + " is never imposed as the customs value (VAL-12).";
    private static final String BELOW_PREFIX = "The declared unit value is ";

    final Currency currency;
    final UnitOfMeasure unit;
    final RateUse rate;
    final NoMatchReason failure;
    final List<String> failureReasons;
    final PriceThreshold threshold;
    private final String itemText;
    private final String toleranceText;
    private final String conversionNote;
    private List<String> consistentReasons;
    private String belowSuffix;

    private Comparison(Currency currency, UnitOfMeasure unit, RateUse rate, NoMatchReason failure,
            List<String> failureReasons, PriceThreshold threshold, String itemText, String toleranceText,
            String conversionNote) {
        this.currency = currency;
        this.unit = unit;
        this.rate = rate;
        this.failure = failure;
        this.failureReasons = failureReasons;
        this.threshold = threshold;
        this.itemText = itemText;
        this.toleranceText = toleranceText;
        this.conversionNote = conversionNote;
    }

    static Comparison failed(Currency currency, UnitOfMeasure unit, RateUse rate, NoMatchReason failure,
            List<String> reasons) {
        return new Comparison(currency, unit, rate, failure, reasons, null, null, null, null);
    }

    static Comparison comparable(Currency currency, UnitOfMeasure unit, RateUse rate, PriceThreshold threshold,
            String itemText, String toleranceText, String conversionNote) {
        return new Comparison(currency, unit, rate, null, null, threshold, itemText, toleranceText, conversionNote);
    }

    boolean matches(Currency currency, UnitOfMeasure unit, RateUse rate) {
        return this.currency == currency && (this.unit == unit || this.unit.equals(unit)) && this.rate.sameAs(rate);
    }

    List<String> consistentReasons() {
        List<String> reasons = consistentReasons;
        if (reasons == null) {
            String sentence = "The declared unit value is not below the reference price of " + itemText
                    + " by more than the tolerance of " + toleranceText + ", so the risk list raises no doubt about it (VAL-19).";
            reasons = conversionNote.isEmpty() ? List.of(sentence) : List.of(sentence, conversionNote);
            consistentReasons = reasons;
        }
        return reasons;
    }

    List<String> belowReasons(BigDecimal deviationPercent) {
        String suffix = belowSuffix;
        if (suffix == null) {
            suffix = "% below the reference price of " + itemText + ", beyond the tolerance of " + toleranceText + ".";
            belowSuffix = suffix;
        }
        return new BelowReasons(BELOW_PREFIX, deviationPercent, suffix, conversionNote.isEmpty() ? null : conversionNote, CONSULT);
    }

    List<String> rateMissingReasons(LocalDate day) {
        String first = failureReasons.get(0) + " on " + day
                + ": values in different currencies are not compared without that day's rate.";
        return failureReasons.size() == 1 ? List.of(first) : List.of(first, failureReasons.get(1));
    }
}
