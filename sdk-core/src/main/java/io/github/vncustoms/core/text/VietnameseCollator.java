package io.github.vncustoms.core.text;

import io.github.vncustoms.core.internal.text.SortKey;
import java.util.Comparator;
import java.util.Objects;

/**
 * Vietnamese alphabetical order, as in dictionaries and lists of names (STA-04).
 *
 * <p>The order, level by level:
 * <ol>
 *   <li><b>Letters</b>, case ignored, in the Vietnamese alphabet {@code a ă â b c d đ e ê g h i k
 *       l m n o ô ơ p q r s t u ư v x y} ({@code f j w z} at their Latin places). So
 *       {@code An < Ăn < Ân < Bình < Dũng < Đào}: {@code d} comes before {@code đ}. Digraphs
 *       ({@code ch gi kh ng ngh nh ph qu th tr}) are <em>not</em> single letters: words are compared
 *       letter by letter ({@code cha < co}), as most modern dictionaries, Unicode's CLDR and
 *       spreadsheet sorting do; the older convention that files {@code ch} after all of {@code c}
 *       is not followed. Spaces sort before letters, so {@code An Bình < Anh}.</li>
 *   <li><b>Tones</b>, in dictionary order: none (ngang), grave (huyền), hook (hỏi), tilde (ngã),
 *       acute (sắc), dot (nặng); {@code ma < mà < mả < mã < má < mạ}. Words are compared one at a
 *       time, letters then tones, before the next word, as a dictionary orders syllables:
 *       {@code ba lô < bà con}.</li>
 *   <li><b>Case</b>, lower case first, over the whole text.</li>
 *   <li>Finally the texts' UTF-16 order, so that only equal strings compare as 0: the order is
 *       total and consistent with {@link String#equals(Object)}.</li>
 * </ol>
 * Texts are normalised to NFC before comparing, so decomposed input sorts with its precomposed
 * twin (just before or after it, by the last level). Punctuation and symbols sort before digits,
 * digits before letters.
 *
 * <pre>{@code
 * names.sort(VietnameseCollator.create());
 * }</pre>
 *
 * <p>Immutable and thread-safe. For lists of people sorted by given name, see
 * {@link VietnameseNameOrder}.
 */
public final class VietnameseCollator implements Comparator<String> {
    private static final VietnameseCollator INSTANCE = new VietnameseCollator();

    private VietnameseCollator() {}

    /**
     * Returns the collator. It holds no state, so one shared instance is returned.
     *
     * @return the collator
     */
    public static VietnameseCollator create() {
        return INSTANCE;
    }

    /**
     * Compares two texts in Vietnamese alphabetical order.
     *
     * @param a one text
     * @param b the other
     * @return negative if {@code a} sorts first, positive if {@code b} does, 0 only if they are equal
     * @throws NullPointerException if either is null
     */
    @Override
    public int compare(String a, String b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (a.equals(b)) {
            return 0;
        }
        SortKey ka = SortKey.of(a);
        SortKey kb = SortKey.of(b);
        int c = ka.compareLettersAndTones(kb);
        if (c == 0) {
            c = ka.compareCase(kb);
        }
        return c != 0 ? c : a.compareTo(b);
    }
}
