package io.github.vncustoms.valuation.screening;

import io.github.vncustoms.core.money.Money;
import io.github.vncustoms.valuation.goods.GoodsDescriptor;
import io.github.vncustoms.valuation.internal.screening.RateMemo;
import io.github.vncustoms.valuation.internal.screening.RateUse;
import io.github.vncustoms.valuation.risklist.RiskListItem;
import io.github.vncustoms.valuation.risklist.RiskListVersion;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One risk-list version prepared for screening with one {@link Screener}'s settings.
 *
 * <p>Items are found as {@link RiskListVersion#find} finds them (identical goods, that is equal
 * identity keys, and the item in force on the day), through an open-addressing table of the goods'
 * hashes and the first item for each goods: a lookup reads the hash array, then one item, then
 * compares two keys, with no map node, no boxed date and no {@code Optional} in between.
 *
 * <p>Thread-safe: the table is built in the constructor and only read afterwards.
 */
final class CompiledVersion {
    private static final int CHUNK = 32;
    final RiskListVersion version;
    private final Screener settings;
    private final int[] hashes;
    private final CompiledItem[] heads;
    private final int mask;
    private final int shift;
    private final List<String> notListed;

    CompiledVersion(RiskListVersion version, Screener settings) {
        this.version = version;
        this.settings = settings;
        Map<GoodsDescriptor, List<CompiledItem>> byGoods = new LinkedHashMap<>(version.size() * 2);
        for (RiskListItem item : version.items()) {
            byGoods.computeIfAbsent(item.goods(), g -> new ArrayList<>(1)).add(new CompiledItem(item, version, settings));
        }
        int capacity = Integer.highestOneBit(Math.max(4, byGoods.size() * 2 - 1)) << 1;
        this.hashes = new int[capacity];
        this.heads = new CompiledItem[capacity];
        this.mask = capacity - 1;
        this.shift = 32 - Integer.numberOfTrailingZeros(capacity);
        for (List<CompiledItem> same : byGoods.values()) {
            for (int k = 1; k < same.size(); k++) {
                same.get(k - 1).next = same.get(k);
            }
            CompiledItem head = same.get(0);
            int i = slotOf(head.hash);
            while (heads[i] != null) {
                i = (i + 1) & mask;
            }
            hashes[i] = head.hash;
            heads[i] = head;
        }
        this.notListed = List.of("No item of valuation-risk list version " + version.number()
                + " is in force for identical goods on the declaration day, so the declared value is not screened"
                + " against a reference price (QĐ 2344 Art. 5.3).");
    }

    /** Returns the item in force for the goods on the day, or {@code null}; as {@link RiskListVersion#find}. */
    CompiledItem find(GoodsDescriptor goods, long epochDay) {
        int h = goods.hashCode();
        for (int i = slotOf(h); heads[i] != null; i = (i + 1) & mask) {
            if (hashes[i] == h && heads[i].key.equals(goods.key())) {
                return inForce(heads[i], epochDay);
            }
        }
        return null;
    }

    private static CompiledItem inForce(CompiledItem head, long epochDay) {
        for (CompiledItem item = head; item != null; item = item.next) {
            if (item.appliesOn(epochDay)) {
                return item;
            }
        }
        return null;
    }

    /**
     * Screens lines in order, appending an outcome per line.
     *
     * <p>The lines go in chunks, and each chunk in stages: first every line's goods and hash, then
     * every line's slot in the table, then every candidate item and both keys' lengths, then the key
     * comparisons, then the outcomes. Each stage's memory reads for one line do not depend on
     * another line's, so the processor overlaps their cache misses instead of waiting for each in
     * turn; looking lines up one at a time spends most of its time waiting for memory.
     */
    void screenAll(List<DeclarationLine> lines, RateMemo memo, List<ScreeningOutcome> out) {
        DeclarationLine[] chunk = new DeclarationLine[CHUNK];
        Stages stages = new Stages();
        int n = 0;
        for (DeclarationLine line : lines) {
            chunk[n++] = Objects.requireNonNull(line, "line");
            if (n == CHUNK) {
                screenChunk(chunk, n, stages, memo, out);
                n = 0;
            }
        }
        screenChunk(chunk, n, stages, memo, out);
    }

    /** The per-line scratch arrays of one batch's stages. */
    private static final class Stages {
        final GoodsDescriptor[] goods = new GoodsDescriptor[CHUNK];
        final int[] hash = new int[CHUNK];
        final int[] slot = new int[CHUNK];
        final boolean[] sameLength = new boolean[CHUNK];
    }

    private void screenChunk(DeclarationLine[] line, int n, Stages st, RateMemo memo, List<ScreeningOutcome> out) {
        for (int j = 0; j < n; j++) {
            st.goods[j] = line[j].goods();
            st.hash[j] = st.goods[j].hashCode();
        }
        for (int j = 0; j < n; j++) {
            int i = slotOf(st.hash[j]);
            while (heads[i] != null && hashes[i] != st.hash[j]) {
                i = (i + 1) & mask;
            }
            st.slot[j] = i;
        }
        for (int j = 0; j < n; j++) {
            CompiledItem head = heads[st.slot[j]];
            st.sameLength[j] = head != null && head.key.length() == st.goods[j].key().length();
        }
        for (int j = 0; j < n; j++) {
            CompiledItem head = heads[st.slot[j]];
            long day = line[j].declarationDay().toEpochDay();
            CompiledItem found;
            if (st.sameLength[j] && head.key.equals(st.goods[j].key())) {
                found = inForce(head, day);
            } else {
                // A hash shared by other goods, or an empty slot: the plain lookup settles it.
                found = head == null ? null : find(st.goods[j], day);
            }
            out.add(screen(line[j], found, memo));
        }
    }

    /** Screens one line; {@code memo} is the batch's rate memo, or {@code null} to ask the provider. */
    ScreeningOutcome screen(DeclarationLine line, RateMemo memo) {
        return screen(line, find(line.goods(), line.declarationDay().toEpochDay()), memo);
    }

    /** Screens one line against the item found for it, or {@code null} if none is in force. */
    ScreeningOutcome screen(DeclarationLine line, CompiledItem item, RateMemo memo) {
        LineIdentity id = line.identity();
        if (item == null) {
            return new NoMatch(id, NoMatchReason.GOODS_NOT_LISTED, null, notListed);
        }
        if (!item.priced()) {
            return new NoMatch(id, NoMatchReason.NO_REFERENCE_PRICE, item.basis, item.noPriceReasons);
        }
        Money declared = line.declaredUnitValue();
        Currency currency = declared.currency();
        RateUse rate;
        if (currency == item.currency) {
            rate = RateUse.SAME_CURRENCY;
        } else if (memo != null) {
            rate = memo.resolve(currency, item.currency, line.declarationDay());
        } else {
            rate = RateUse.resolve(settings.exchangeRates(), currency, item.currency, line.declarationDay());
        }
        Comparison comparison = item.comparison(currency, line.unit(), rate);
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
        return new Consistent(id, item.basis, comparison.consistentReasons());
    }

    private int slotOf(int h) {
        return (h * 0x9E3779B9) >>> shift;
    }
}
