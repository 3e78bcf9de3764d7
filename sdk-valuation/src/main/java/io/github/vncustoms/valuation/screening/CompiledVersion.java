package io.github.vncustoms.valuation.screening;

import io.github.vncustoms.core.money.Money;
import io.github.vncustoms.valuation.internal.screening.RateMemo;
import io.github.vncustoms.valuation.internal.screening.RateUse;
import io.github.vncustoms.valuation.risklist.RiskListItem;
import io.github.vncustoms.valuation.risklist.RiskListVersion;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One risk-list version prepared for screening with one {@link Screener}'s settings: every item's
 * basis made once, and the comparisons each item gathers as lines come in.
 *
 * <p>Thread-safe: the item table is built in the constructor and only read afterwards.
 */
final class CompiledVersion {
    final RiskListVersion version;
    private final Screener settings;
    private final Map<RiskListItem, CompiledItem> items;
    private final List<String> notListed;

    CompiledVersion(RiskListVersion version, Screener settings) {
        this.version = version;
        this.settings = settings;
        Map<RiskListItem, CompiledItem> table = new IdentityHashMap<>(version.size() * 2);
        for (RiskListItem item : version.items()) {
            table.put(item, new CompiledItem(item, version));
        }
        this.items = table;
        this.notListed = List.of("No item of valuation-risk list version " + version.number()
                + " is in force for identical goods on the declaration day, so the declared value is not screened"
                + " against a reference price (QĐ 2344 Art. 5.3).");
    }

    /** Screens one line; {@code memo} is the batch's rate memo, or {@code null} to ask the provider. */
    ScreeningOutcome screen(DeclarationLine line, RateMemo memo) {
        LineIdentity id = line.identity();
        Optional<RiskListItem> found = version.find(line.goods(), line.declarationDay());
        if (found.isEmpty()) {
            return new NoMatch(id, NoMatchReason.GOODS_NOT_LISTED, null, notListed);
        }
        CompiledItem item = items.get(found.get());
        if (item == null) {
            throw new IllegalStateException("risk-list version " + version.number() + " found item "
                    + found.get().itemId() + " that is not among its items");
        }
        if (!item.priced()) {
            return new NoMatch(id, NoMatchReason.NO_REFERENCE_PRICE, item.basis, item.noPriceReasons);
        }
        Money declared = line.declaredUnitValue();
        Currency currency = declared.currency();
        Currency refCurrency = item.currency();
        RateUse rate;
        if (currency == refCurrency) {
            rate = RateUse.SAME_CURRENCY;
        } else if (memo != null) {
            rate = memo.resolve(currency, refCurrency, line.declarationDay());
        } else {
            rate = RateUse.resolve(settings.exchangeRates(), currency, refCurrency, line.declarationDay());
        }
        Comparison comparison = item.comparison(currency, line.unit(), rate, settings);
        if (comparison.failure == NoMatchReason.NO_UNIT_CONVERSION) {
            return new NoMatch(id, NoMatchReason.NO_UNIT_CONVERSION, item.basis, comparison.failureReasons);
        }
        if (comparison.failure == NoMatchReason.NO_EXCHANGE_RATE) {
            return new NoMatch(id, NoMatchReason.NO_EXCHANGE_RATE, item.basis,
                    comparison.rateMissingReasons(line.declarationDay()));
        }
        BigDecimal amount = declared.amount();
        if (comparison.threshold.below(amount)) {
            BigDecimal deviation = comparison.threshold.deviationPercent(amount, settings.rounding());
            return new BelowReference(id, item.basis, deviation, comparison.belowReasons(deviation));
        }
        return new Consistent(id, item.basis, comparison.consistentReasons);
    }
}
