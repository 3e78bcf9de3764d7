package io.github.vncustoms.core.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * Vietnamese text in Unicode per TCVN 6909:2001 (STA-04): normalise, check, and fold for search.
 *
 * <pre>{@code
 * String name = VietnameseText.normalize(input);                 // NFC, precomposed letters
 * TextReport report = VietnameseText.check(name);                // problems with positions
 * VietnameseText.foldLowerCase("Đường Hải Quan");                // "duong hai quan"
 * VietnameseText.matchesIgnoringDiacritics("Hải Quan", "hai  quan");   // true
 * }</pre>
 *
 * <p>Stateless, thread-safe.
 */
public final class VietnameseText {
    private VietnameseText() {}

    /**
     * Normalises text to Unicode NFC, the precomposed form TCVN 6909:2001 uses: {@code a} +
     * U+0301 becomes {@code á}. Nothing else changes; normalising twice gives the same text.
     *
     * @param text any text
     * @return the NFC form
     * @throws NullPointerException if {@code text} is null
     */
    public static String normalize(String text) {
        Objects.requireNonNull(text, "text");
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * Tells whether text is already in NFC.
     *
     * @param text any text
     * @return whether {@link #normalize(String)} would leave it unchanged
     * @throws NullPointerException if {@code text} is null
     */
    public static boolean isNormalized(String text) {
        Objects.requireNonNull(text, "text");
        return Normalizer.isNormalized(text, Normalizer.Form.NFC);
    }

    /**
     * Checks whether text is well-formed Vietnamese Unicode and says what is not, with positions.
     * The rules are those of {@link TextProblemKind}: NFC, combining marks, control and
     * replacement characters, surrogates, private use, legacy-encoding mojibake, tone-mark
     * placement (old and new styles both accepted) and stacked tones.
     *
     * @param text any text
     * @return the report; {@link TextReport#isWellFormed()} when nothing was found
     * @throws NullPointerException if {@code text} is null
     */
    public static TextReport check(String text) {
        Objects.requireNonNull(text, "text");
        return TextChecker.check(text);
    }

    /**
     * Removes every diacritic for search: tones and vowel marks go ({@code ấ → a},
     * {@code ư → u}), {@code đ → d} and {@code Đ → D} (and {@code Ð}, U+00D0, often typed for
     * {@code Đ}, to {@code D}). Case is kept. Vietnamese text becomes ASCII; other combining marks
     * are removed too. Folding twice gives the same text.
     *
     * @param text any text
     * @return the folded text, NFC
     * @throws NullPointerException if {@code text} is null
     */
    public static String fold(String text) {
        Objects.requireNonNull(text, "text");
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(cp -> {
            if (Character.getType(cp) == Character.NON_SPACING_MARK) {
                return;
            }
            switch (cp) {
                case 'đ' -> out.append('d');
                case 'Đ', 'Ð' -> out.append('D');
                default -> out.appendCodePoint(cp);
            }
        });
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /**
     * Folds diacritics and lowers case: {@code "Đường Hải Quan"} gives {@code "duong hai quan"}.
     *
     * @param text any text
     * @return the folded, lower-case text
     * @throws NullPointerException if {@code text} is null
     */
    public static String foldLowerCase(String text) {
        return fold(text).toLowerCase(Locale.ROOT);
    }

    /**
     * Returns the key to index and search names by: diacritics folded, lower case, runs of white
     * space made one space, ends trimmed.
     *
     * @param text any text
     * @return the search key
     * @throws NullPointerException if {@code text} is null
     */
    public static String searchKey(String text) {
        return foldLowerCase(text).replaceAll("[\\s\\u00A0]+", " ").strip();
    }

    /**
     * Tells whether two texts are the same once diacritics, case and spacing are ignored, so
     * {@code "Hải Quan"} matches {@code "hai quan"}.
     *
     * @param a one text
     * @param b the other
     * @return whether their {@link #searchKey(String) search keys} are equal
     * @throws NullPointerException if either is null
     */
    public static boolean matchesIgnoringDiacritics(String a, String b) {
        return searchKey(a).equals(searchKey(b));
    }
}
