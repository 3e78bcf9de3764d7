package io.github.vncustoms.core.internal.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The collation key of a text in Vietnamese dictionary order: per word, a primary key of letters
 * (case and tone ignored) and a secondary key of tones; and over the whole text a tertiary key of
 * case. Immutable.
 *
 * <p>Primary weights, low to high: punctuation and symbols (by code point), digits, letters. The
 * letters follow the Vietnamese alphabet {@code a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư
 * v x y}, with {@code f j w z} at their Latin places; a Latin letter with a non-Vietnamese
 * diacritic ({@code ç ñ ü}) counts as its base letter; other letters follow by code point.
 */
public final class SortKey {
    /** The Vietnamese alphabet with the four foreign Latin letters at their Latin places. */
    private static final String ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz";
    private static final long OTHER = 1L << 32;
    private static final long DIGIT = 2L << 32;
    private static final long LETTER = 3L << 32;

    private final List<long[]> primaries;
    private final List<int[]> tones;
    private final int[] cases;

    private SortKey(List<long[]> primaries, List<int[]> tones, int[] cases) {
        this.primaries = primaries;
        this.tones = tones;
        this.cases = cases;
    }

    /**
     * Builds the key of a text; the text is normalised to NFC first.
     *
     * @param text the text
     * @return its key
     */
    public static SortKey of(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        List<long[]> primaries = new ArrayList<>();
        List<int[]> tones = new ArrayList<>();
        int[] cases = new int[nfc.length()];
        int caseCount = 0;
        for (String word : nfc.split("[\\s\\p{Z}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            int[] cps = word.codePoints().toArray();
            long[] primary = new long[cps.length];
            int[] tone = new int[cps.length];
            for (int k = 0; k < cps.length; k++) {
                primary[k] = primaryWeight(cps[k]);
                tone[k] = cps[k] <= 0xFFFF ? VietnameseLetters.tone((char) cps[k]).ordinal() : 0;
                cases[caseCount++] = Character.isUpperCase(cps[k]) ? 1 : 0;
            }
            primaries.add(primary);
            tones.add(tone);
        }
        return new SortKey(List.copyOf(primaries), List.copyOf(tones), Arrays.copyOf(cases, caseCount));
    }

    private static long primaryWeight(int cp) {
        if (Character.isLetter(cp)) {
            int rank = -1;
            if (cp <= 0xFFFF) {
                rank = ALPHABET.indexOf(Character.toLowerCase(VietnameseLetters.base((char) cp)));
            }
            if (rank < 0) {
                String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
                rank = ALPHABET.indexOf(decomposed.toLowerCase(Locale.ROOT).charAt(0));
            }
            return LETTER | (rank >= 0 ? rank : ALPHABET.length() + (long) Character.toLowerCase(cp));
        }
        if (Character.isDigit(cp)) {
            return DIGIT | cp;
        }
        return OTHER | cp;
    }

    /**
     * Compares letters and tones, word by word: a word's letters, then its tones, then the next
     * word; a text that runs out of words first sorts first.
     *
     * @param other the other key
     * @return negative, zero or positive
     */
    public int compareLettersAndTones(SortKey other) {
        int words = Math.min(primaries.size(), other.primaries.size());
        for (int w = 0; w < words; w++) {
            int c = Arrays.compare(primaries.get(w), other.primaries.get(w));
            if (c != 0) {
                return c;
            }
            c = Arrays.compare(tones.get(w), other.tones.get(w));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(primaries.size(), other.primaries.size());
    }

    /**
     * Compares case, character by character over the whole text: lower case first.
     *
     * @param other the other key
     * @return negative, zero or positive
     */
    public int compareCase(SortKey other) {
        return Arrays.compare(cases, other.cases);
    }
}
