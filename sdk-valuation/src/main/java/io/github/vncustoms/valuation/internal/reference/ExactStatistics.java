package io.github.vncustoms.valuation.internal.reference;

import java.math.BigInteger;

/**
 * Order statistics of prices held as exact {@code long} counts of a currency's minor unit, sorted
 * ascending. Every result that could fall between two minor units is returned multiplied by 2 or 4,
 * so nothing is rounded here: the caller decides how to round and says so in the trail. Sorting a
 * {@code long[]} compares primitives in place, where sorting {@code BigDecimal}s compares objects
 * through references; that is what keeps a reference price from 100,000 observations fast.
 *
 * <p>Values must lie in {@code [1, 2^60]} so that doubled and quadrupled figures fit in a {@code long}.
 * Stateless; thread-safe.
 */
public final class ExactStatistics {
    /** The largest price, in minor units, the statistics accept. */
    public static final long MAX_MINOR_UNITS = 1L << 60;

    private ExactStatistics() {
    }

    /**
     * Returns twice the median of a sorted slice: {@code 2·x[mid]} for an odd count, {@code x[a] + x[b]} for an even one.
     *
     * @param sorted the values, ascending
     * @param from the first index, inclusive
     * @param to the last index, exclusive; {@code to > from}
     * @return twice the median
     */
    public static long twiceMedian(long[] sorted, int from, int to) {
        int n = to - from;
        return sorted[from + (n - 1) / 2] + sorted[from + n / 2];
    }

    /**
     * Returns twice the median of {@code D_i = |2·x_i − m2|} over the whole sorted array, where
     * {@code m2} is twice the median: so the result is four times the median absolute deviation.
     * Runs in linear time without allocating: left of the median the deviations grow towards the
     * start, right of it towards the end, and the two runs are merged up to the middle.
     *
     * @param sorted the values, ascending
     * @param m2 twice their median
     * @return {@code 4·MAD}
     */
    public static long fourTimesMad(long[] sorted, long m2) {
        int n = sorted.length;
        int right = firstAtLeast(sorted, m2);
        int i = right - 1;
        int j = right;
        int lowRank = (n - 1) / 2;
        int highRank = n / 2;
        long low = 0;
        long high = 0;
        for (int c = 0; c <= highRank; c++) {
            long dl = i >= 0 ? m2 - 2 * sorted[i] : Long.MAX_VALUE;
            long dr = j < n ? 2 * sorted[j] - m2 : Long.MAX_VALUE;
            long d;
            if (dl <= dr) {
                d = dl;
                i--;
            } else {
                d = dr;
                j++;
            }
            if (c == lowRank) {
                low = d;
            }
            if (c == highRank) {
                high = d;
            }
        }
        return low + high;
    }

    /**
     * Returns the sum of {@code D_i = |2·x_i − m2|}, that is twice the sum of absolute deviations from the median.
     *
     * @param sorted the values, ascending
     * @param m2 twice their median
     * @return the exact sum
     */
    public static BigInteger sumOfDeviations(long[] sorted, long m2) {
        BigInteger total = BigInteger.ZERO;
        long partial = 0;
        for (long x : sorted) {
            long d = Math.abs(2 * x - m2);
            if (partial > Long.MAX_VALUE - d) {
                total = total.add(BigInteger.valueOf(partial));
                partial = 0;
            }
            partial += d;
        }
        return total.add(BigInteger.valueOf(partial));
    }

    /**
     * Returns four times a quartile of a sorted slice, interpolated linearly between order statistics
     * (Hyndman and Fan's type 7, the default of R and spreadsheets): exact, since the fraction is a
     * multiple of one quarter.
     *
     * @param sorted the values, ascending
     * @param from the first index, inclusive
     * @param to the last index, exclusive; {@code to > from}
     * @param quarter 1 for the lower quartile, 2 for the median, 3 for the upper quartile
     * @return four times the quartile
     */
    public static long fourTimesQuartile(long[] sorted, int from, int to, int quarter) {
        long position4 = (long) (to - from - 1) * quarter;
        int low = (int) (position4 / 4);
        long fraction4 = position4 % 4;
        long x = sorted[from + low];
        if (fraction4 == 0) {
            return 4 * x;
        }
        long next = sorted[from + low + 1];
        return 4 * x + fraction4 * (next - x);
    }

    /**
     * Returns the index of the first value whose double is at least {@code m2}.
     *
     * @param sorted the values, ascending
     * @param m2 a doubled value
     * @return the index, {@code sorted.length} if none
     */
    public static int firstAtLeast(long[] sorted, long m2) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (2 * sorted[mid] < m2) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Returns the index of the first value at least {@code v}.
     *
     * @param sorted the values, ascending
     * @param v a value
     * @return the index, {@code sorted.length} if none
     */
    public static int lowerBound(long[] sorted, long v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
