package io.github.vncustoms.valuation.internal.screening;

import io.github.vncustoms.core.money.spi.ExchangeRateProvider;
import java.time.LocalDate;
import java.util.Currency;

/**
 * Remembers, for one batch of declaration lines, the rate resolved for each pair of currencies and
 * day, so that a batch asks the provider once per pair and day instead of once per line. Keys are
 * packed into a {@code long} (the epoch day and the two three-letter codes) and kept in an
 * open-addressing table, so a hit allocates nothing.
 *
 * <p>Not thread-safe: one memo per batch and thread.
 */
public final class RateMemo {
    private final ExchangeRateProvider provider;
    private long[] keys = new long[16];
    private RateUse[] values = new RateUse[16];
    private int size;

    /**
     * Creates an empty memo.
     *
     * @param provider the provider asked on a miss, or {@code null} for none
     */
    public RateMemo(ExchangeRateProvider provider) {
        this.provider = provider;
    }

    /**
     * Returns the rate for a pair and day, asking the provider the first time.
     *
     * @param from the declared currency
     * @param to the reference's currency
     * @param day the declaration day
     * @return the rate to use, or {@link RateUse#MISSING}
     */
    public RateUse resolve(Currency from, Currency to, LocalDate day) {
        int a = pack(from.getCurrencyCode());
        int b = pack(to.getCurrencyCode());
        if (a < 0 || b < 0) {
            return RateUse.resolve(provider, from, to, day);
        }
        long key = (day.toEpochDay() << 30) | ((long) a << 15) | b;
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (values[i] != null) {
            if (keys[i] == key) {
                return values[i];
            }
            i = (i + 1) & mask;
        }
        RateUse use = RateUse.resolve(provider, from, to, day);
        keys[i] = key;
        values[i] = use;
        if (++size * 2 > keys.length) {
            grow();
        }
        return use;
    }

    private void grow() {
        long[] oldKeys = keys;
        RateUse[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new RateUse[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldValues[j] != null) {
                int i = mix(oldKeys[j]) & mask;
                while (values[i] != null) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
    }

    /** Packs a three-letter code into 15 bits, or returns -1 if it is not three letters A–Z. */
    private static int pack(String code) {
        if (code.length() != 3) {
            return -1;
        }
        int packed = 0;
        for (int k = 0; k < 3; k++) {
            int c = code.charAt(k) - 'A';
            if (c < 0 || c > 25) {
                return -1;
            }
            packed = packed << 5 | c;
        }
        return packed;
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
