package io.github.vncustoms.monitoring.internal.reconcile;

/**
 * The order of {@link io.github.vncustoms.monitoring.transfer.FileApplied#VERSION_ORDER} without
 * regular expressions or allocation, for the reconciler's hot path: runs of ASCII digits compare as
 * numbers, any other run of characters as text, a number sorts before text, and a version that runs
 * out of parts first sorts first. Stateless.
 */
public final class Versions {
    private Versions() {
    }

    /**
     * Compares two versions.
     *
     * @param a one version
     * @param b the other
     * @return negative, zero or positive as {@code a} is older than, equal to or newer than {@code b}
     */
    public static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        int la = a.length();
        int lb = b.length();
        while (true) {
            boolean ha = i < la;
            boolean hb = j < lb;
            if (!ha || !hb) {
                return Boolean.compare(ha, hb);
            }
            boolean da = digit(a.charAt(i));
            boolean db = digit(b.charAt(j));
            if (da != db) {
                return da ? -1 : 1;
            }
            int ea = end(a, i, da);
            int eb = end(b, j, db);
            int c = da ? compareNumbers(a, i, ea, b, j, eb) : compareText(a, i, ea, b, j, eb);
            if (c != 0) {
                return c;
            }
            i = ea;
            j = eb;
        }
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int end(String s, int from, boolean digits) {
        int k = from;
        while (k < s.length() && digit(s.charAt(k)) == digits) {
            k++;
        }
        return k;
    }

    private static int compareNumbers(String a, int i, int ea, String b, int j, int eb) {
        while (i < ea - 1 && a.charAt(i) == '0') {
            i++;
        }
        while (j < eb - 1 && b.charAt(j) == '0') {
            j++;
        }
        int c = Integer.compare(ea - i, eb - j);
        for (; c == 0 && i < ea; i++, j++) {
            c = Character.compare(a.charAt(i), b.charAt(j));
        }
        return c;
    }

    private static int compareText(String a, int i, int ea, String b, int j, int eb) {
        int n = Math.min(ea - i, eb - j);
        for (int k = 0; k < n; k++) {
            char ca = a.charAt(i + k);
            char cb = b.charAt(j + k);
            if (ca != cb) {
                return ca - cb;
            }
        }
        return (ea - i) - (eb - j);
    }
}
