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
 * One risk-list item as screening uses it: the goods' identity key and the effective period as epoch
 * days (so that finding the item in force touches no other object), its basis, the comparison for
 * lines in the reference's own currency and unit (made at once, next to the item in memory, since
 * most lines come that way), and the other {@link Comparison}s made so far for the currencies, units
 * and rates lines came in. Items for the same goods in other periods are chained through {@link #next}.
 *
 * <p>Thread-safe: everything but the other comparisons is fixed before the version is published;
 * those are an immutable array replaced as a whole through a volatile field, and two threads adding
 * at once may each build the same comparison, one of which is kept.
 */
final class CompiledItem {
    private static final Comparison[] NONE = new Comparison[0];
    private static final int MAX_COMPARISONS = 16;

    final String key;
    final int hash;
    final long fromDay;
    final long toDay;
    final RiskListItem item;
    final ReferenceBasis basis;
    final List<String> noPriceReasons;
    final Currency currency;
    final Comparison home;
    private final String itemText;
    private final Screener settings;
    /** The next item for the same goods, in another period; set while the version is prepared. */
    CompiledItem next;
    private volatile Comparison[] others = NONE;

    CompiledItem(RiskListItem item, RiskListVersion version, Screener settings) {
        // A private copy of the key, allocated with the item, so that comparing keys reads nearby memory.
        this.key = new String(item.goods().key().toCharArray());
        this.hash = item.goods().hashCode();
        this.fromDay = item.effectiveFrom().toEpochDay();
        this.toDay = item.effectiveTo() == null ? Long.MAX_VALUE : item.effectiveTo().toEpochDay();
        this.item = item;
        this.settings = settings;
        this.basis = ReferenceBasis.of(item, version);
        this.itemText = "item " + item.itemId() + " (risk-list version " + version.number() + ")";
        this.noPriceReasons = item.hasReferencePrice() ? List.of() : List.of("Risk-list " + itemText
                + " lists the goods but has no reference price yet, so the declared value is not compared;"
                + " a reference price is to be proposed on form 02/DMBX/2015 (QĐ 2344 Art. 5.4.a, VAL-13).");
        this.currency = item.hasReferencePrice() ? item.referencePrice().currency() : null;
        this.home = item.hasReferencePrice() ? build(currency, item.unit(), RateUse.SAME_CURRENCY) : null;
    }

    boolean priced() {
        return home != null;
    }

    boolean appliesOn(long epochDay) {
        return epochDay >= fromDay && epochDay <= toDay;
    }

    /** Returns the comparison for lines in a currency and unit at a rate, building it the first time. */
    Comparison comparison(Currency lineCurrency, UnitOfMeasure unit, RateUse rate) {
        if (rate == RateUse.SAME_CURRENCY && (unit == home.unit || unit.equals(home.unit))) {
            return home;
        }
        Comparison[] known = others;
        for (Comparison c : known) {
            if (c.matches(lineCurrency, unit, rate)) {
                return c;
            }
        }
        Comparison made = build(lineCurrency, unit, rate);
        if (known.length < MAX_COMPARISONS) {
            Comparison[] more = Arrays.copyOf(known, known.length + 1);
            more[known.length] = made;
            others = more;
        } else {
            others = new Comparison[] {made};
        }
        return made;
    }

    private Comparison build(Currency lineCurrency, UnitOfMeasure unit, RateUse rate) {
        Currency refCurrency = item.referencePrice().currency();
        UnitOfMeasure refUnit = item.unit();
        String rateProblem = rate.found() ? null : "The declared value is in " + lineCurrency.getCurrencyCode()
                + " but the reference price of " + itemText + " is in " + refCurrency.getCurrencyCode() + ", and no "
                + lineCurrency.getCurrencyCode() + "→" + refCurrency.getCurrencyCode() + " or " + refCurrency.getCurrencyCode()
                + "→" + lineCurrency.getCurrencyCode() + " exchange rate is in force";
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
                return Comparison.failed(lineCurrency, unit, rate, NoMatchReason.NO_UNIT_CONVERSION, reasons);
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
            return Comparison.failed(lineCurrency, unit, rate, NoMatchReason.NO_EXCHANGE_RATE, List.of(rateProblem));
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
                lineCurrency.getDefaultFractionDigits());
        return Comparison.comparable(lineCurrency, unit, rate, threshold, itemText, settings.toleranceText(), conversionNote);
    }
}
