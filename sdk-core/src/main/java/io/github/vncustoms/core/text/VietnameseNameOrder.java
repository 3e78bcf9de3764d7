package io.github.vncustoms.core.text;

import io.github.vncustoms.core.internal.text.SortKey;
import java.util.Comparator;
import java.util.Objects;

/**
 * Orders Vietnamese personal names by given name first, the way lists of officers and staff are
 * sorted (STA-04).
 *
 * <p>A Vietnamese name is written family name, middle name(s), given name: {@code Nguyễn Văn An}.
 * This order compares the given name (the last word) first, then the rest of the name as written
 * (family name, then middle names), each by the letters and tones of
 * {@link VietnameseCollator}; then case over the whole name, then UTF-16 order, so the order is
 * total and consistent with {@link String#equals(Object)}.
 *
 * <pre>{@code
 * List<String> staff = new ArrayList<>(List.of("Trần Thị Bình", "Nguyễn Văn An", "Lê An"));
 * staff.sort(VietnameseNameOrder.givenNameFirst());
 * // [Lê An, Nguyễn Văn An, Trần Thị Bình]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class VietnameseNameOrder implements Comparator<String> {
    private static final VietnameseNameOrder GIVEN_NAME_FIRST = new VietnameseNameOrder();

    private VietnameseNameOrder() {}

    /**
     * Returns the order by given name, then family and middle names.
     *
     * @return the comparator (one shared instance; it holds no state)
     */
    public static VietnameseNameOrder givenNameFirst() {
        return GIVEN_NAME_FIRST;
    }

    /**
     * Compares two full names by given name first.
     *
     * @param a one name
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
        String[] pa = split(a);
        String[] pb = split(b);
        int c = SortKey.of(pa[1]).compareLettersAndTones(SortKey.of(pb[1]));
        if (c == 0) {
            c = SortKey.of(pa[0]).compareLettersAndTones(SortKey.of(pb[0]));
        }
        if (c == 0) {
            c = SortKey.of(a).compareCase(SortKey.of(b));
        }
        return c != 0 ? c : a.compareTo(b);
    }

    /** Splits a name into {rest, given name}; the given name is the last word. */
    private static String[] split(String name) {
        String trimmed = name.strip();
        int space = trimmed.length() - 1;
        while (space >= 0 && !Character.isWhitespace(trimmed.charAt(space)) && !Character.isSpaceChar(trimmed.charAt(space))) {
            space--;
        }
        return new String[] {space < 0 ? "" : trimmed.substring(0, space), trimmed.substring(space + 1)};
    }
}
