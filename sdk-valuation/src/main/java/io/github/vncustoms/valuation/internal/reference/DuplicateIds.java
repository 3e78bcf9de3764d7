package io.github.vncustoms.valuation.internal.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Finds ids given more than once among many, with an open-addressing table of indexes instead of a
 * {@code HashSet}: one {@code long[]} instead of a node per id, which keeps the aggregation of 100,000
 * observations light on the garbage collector. Not API. Stateless; thread-safe.
 */
public final class DuplicateIds {
    private DuplicateIds() {
    }

    /**
     * Returns the ids that occur more than once, each once, in the order their repetition is met.
     *
     * @param n how many ids
     * @param id the id at an index
     * @return the repeated ids; empty if all differ
     */
    public static List<String> repeated(int n, IntFunction<String> id) {
        int capacity = Integer.highestOneBit(Math.max(4, n) * 2 - 1) << 1;
        int mask = capacity - 1;
        int shift = Integer.numberOfLeadingZeros(mask);
        // each slot holds the id's hash code (high half) and its index + 1 (low half), so that most
        // probes are decided without reading another observation
        long[] slots = new long[capacity];
        List<String> repeated = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String key = id.apply(i);
            int h = key.hashCode();
            // Fibonacci hashing: ids such as TK-1, TK-2, ... have nearby hash codes, which linear probing would cluster
            int slot = (h * 0x9E3779B9) >>> shift;
            while (true) {
                long held = slots[slot];
                if (held == 0) {
                    slots[slot] = ((long) h << 32) | (i + 1L);
                    break;
                }
                if ((int) (held >>> 32) == h && id.apply((int) held - 1).equals(key)) {
                    if (!repeated.contains(key)) {
                        repeated.add(key);
                    }
                    break;
                }
                slot = (slot + 1) & mask;
            }
        }
        return repeated;
    }
}
