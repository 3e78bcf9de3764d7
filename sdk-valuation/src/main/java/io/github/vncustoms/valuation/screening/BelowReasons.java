package io.github.vncustoms.valuation.screening;

import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The reasons of a {@link BelowReference}: the sentence that states the deviation, written when first
 * read, then the shared sentences of its comparison. Screening a million lines flags hundreds of
 * thousands, most of whose reasons nobody reads; writing each sentence only on demand keeps
 * screening from building them all. Holds text and the deviation percentage, nothing else.
 *
 * <p>Immutable and thread-safe: the sentence, once written, is cached in a plain field; two threads
 * may both write it, and each sees a complete, equal string.
 */
final class BelowReasons extends AbstractList<String> implements RandomAccess {
    private final String prefix;
    private final BigDecimal deviationPercent;
    private final String suffix;
    private final String conversion;
    private final String nextStep;
    private String first;

    BelowReasons(String prefix, BigDecimal deviationPercent, String suffix, String conversion, String nextStep) {
        this.prefix = prefix;
        this.deviationPercent = deviationPercent;
        this.suffix = suffix;
        this.conversion = conversion;
        this.nextStep = nextStep;
    }

    @Override
    public String get(int index) {
        Objects.checkIndex(index, size());
        if (index == 0) {
            String s = first;
            if (s == null) {
                s = prefix + deviationPercent.toPlainString() + suffix;
                first = s;
            }
            return s;
        }
        return index == 1 && conversion != null ? conversion : nextStep;
    }

    @Override
    public int size() {
        return conversion == null ? 2 : 3;
    }
}
