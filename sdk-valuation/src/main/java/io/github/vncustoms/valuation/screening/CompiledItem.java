package io.github.vncustoms.valuation.screening;

import io.github.vncustoms.valuation.goods.UnitConversions;
import io.github.vncustoms.valuation.goods.UnitOfMeasure;
import io.github.vncustoms.valuation.internal.screening.PriceThreshold;
import io.github.vncustoms.valuation.internal.screening.RateUse;
import io.github.vncustoms.valuation.risklist.RiskListItem;
import io.github.vncustoms.valuation.risklist.RiskListVersion;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * One risk-list item as screening uses it: its basis, prepared once per version, and the
 * {@link Comparison}s made so far for the currencies, units and rates lines came in.
 *
 * <p>Thread-safe: the comparisons are an immutable array replaced as a whole through a volatile
 * field; two threads adding at once may each build the same comparison, and one of them is kept.
 */
final class CompiledItem {
    private static final Comparison[] NONE = new Comparison[0];
    private static final int MAX_COMPARISONS = 16;

    final RiskListItem item;
    final ReferenceBasis basis;
    final List<String> noPriceReasons;
    private final String itemText;
    private volatile Comparison[] comparisons = NONE;

    CompiledItem(RiskListItem item, RiskListVersion version) {
        this.item = item;
        this.basis = ReferenceBasis.of(item, version);
        this.itemText = "item " + item.itemId() + " (risk-list version " + version.number() + ")";
        this.noPriceReasons = item.hasReferencePrice() ? List.of() : List.of("Risk-list " + itemText
                + " lists the goods but has no reference price yet, so the declared value is not compared;"
                + " a reference price is to be proposed on form 02/DMBX/2015 (QĐ 2344 Art. 5.4.a, VAL-13).");
    }

    boolean priced() {
        return item.hasReferencePrice();
    }

    Currency currency() {
        return item.referencePrice().currency();
    }

    /** Returns the comparison for lines in a currency and unit at a rate, building it the first time. */
    Comparison comparison(Currency currency, UnitOfMeasure unit, RateUse rate, Screener settings) {
        Comparison[] known = comparisons;
        for (Comparison c : known) {
            if (c.matches(currency, unit, rate)) {
                return c;
            }
        }
        Comparison made = build(currency, unit, rate, settings);
        if (known.length < MAX_COMPARISONS) {
            Comparison[] more = Arrays.copyOf(known, known.length + 1);
            more[known.length] = made;
            comparisons = more;
        } else {
            comparisons = new Comparison[] {made};
        }
        return made;
    }

    private Comparison build(Currency currency, UnitOfMeasure unit, RateUse rate, Screener settings) {
        Currency refCurrency = currency();
        UnitOfMeasure refUnit = item.unit();
        String rateProblem = rate.found() ? null : "The declared value is in " + currency.getCurrencyCode()
                + " but the reference price of " + itemText + " is in " + refCurrency.getCurrencyCode() + ", and no "
                + currency.getCurrencyCode() + "→" + refCurrency.getCurrencyCode() + " or " + refCurrency.getCurrencyCode()
                + "→" + currency.getCurrencyCode() + " exchange rate is in force";
        UnitConversions units = settings.unitConversions();
        BigDecimal num = rate.numerator();
        BigDecimal den = rate.denominator();
        String unitNote = "";
        if (!unit.equals(refUnit)) {
            Optional<BigDecimal> forward = units.find(unit, refUnit);
            Optional<BigDecimal> backward = units.find(refUnit, unit);
            if (forward.isEmpty() || backward.isEmpty()) {
                String sentence = "The declared value is per " + unit + " but the reference price of " + itemText
                        + " is per " + refUnit + ", and no conversion between " + unit + " and " + refUnit
                        + " is listed: prices per different units are never compared.";
                List<String> reasons = rateProblem == null ? List.of(sentence)
                        : List.of(sentence, rateProblem + " on the declaration day either.");
                return Comparison.failed(currency, unit, rate, NoMatchReason.NO_UNIT_CONVERSION, reasons);
            }
            // One of the two factors is the one listed, the other its inverse to 16 digits; use the
            // shorter, which is exact, and divide or multiply by it without rounding.
            BigDecimal k = forward.get();
            BigDecimal kBack = backward.get();
            if (k.precision() <= kBack.precision()) {
                den = den.multiply(k);
                unitNote = "from per " + unit + " to per " + refUnit + " (1 " + unit + " = " + k.toPlainString() + " " + refUnit + ")";
            } else {
                num = num.multiply(kBack);
                unitNote = "from per " + unit + " to per " + refUnit + " (1 " + refUnit + " = " + kBack.toPlainString() + " " + unit + ")";
            }
        }
        if (rateProblem != null) {
            return Comparison.failed(currency, unit, rate, NoMatchReason.NO_EXCHANGE_RATE, List.of(rateProblem));
        }
        String rateNote = "";
        if (rate.rate() != null) {
            rateNote = (rate.inverse() ? "by dividing by the " : "at the ") + rate.rate().from().getCurrencyCode() + "→"
                    + rate.rate().to().getCurrencyCode() + " rate of " + rate.rate().rate().toPlainString()
                    + " in force from " + rate.rate().effectiveFrom()
                    + (rate.rate().source().isEmpty() ? "" : " (" + rate.rate().source() + ")");
        }
        String conversionNote = rateNote.isEmpty() && unitNote.isEmpty() ? ""
                : "Compared in " + refCurrency.getCurrencyCode() + " per " + refUnit + ": the declared value was converted "
                + rateNote + (rateNote.isEmpty() || unitNote.isEmpty() ? "" : " and ") + unitNote + ", exactly.";
        PriceThreshold threshold = PriceThreshold.of(item.referencePrice().amount(), settings.tolerance(), num, den,
                currency.getDefaultFractionDigits());
        return Comparison.comparable(currency, unit, rate, threshold, itemText, settings.toleranceText(), conversionNote);
    }
}
