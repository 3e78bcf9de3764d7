package io.github.vncustoms.core.id;

/**
 * Normalisation and message helpers shared by the identifier parsers. Stateless.
 */
final class Inputs {
    /** Inputs longer than this are cut short in messages so that a pasted document cannot flood a log. */
    private static final int MAX_SHOWN = 40;

    private Inputs() {}

    /**
     * Removes whitespace (including no-break spaces) and every character in {@code removable}, and
     * upper-cases ASCII letters when asked. Only ASCII is upper-cased: {@code String.toUpperCase}
     * would turn a Turkish dotless i into a valid-looking {@code I}.
     */
    static String strip(String text, String removable, boolean upperCase) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || removable.indexOf(c) >= 0) {
                continue;
            }
            out.append(upperCase && c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c);
        }
        return out.toString();
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /** Index of the first character that is not an ASCII digit, or -1. */
    static int firstNonDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isDigit(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The input as it should appear in a message: quoted, control characters masked, long input cut. */
    static String show(String text) {
        String cut = text.length() > MAX_SHOWN ? text.substring(0, MAX_SHOWN) + "..." : text;
        StringBuilder out = new StringBuilder(cut.length() + 2).append('\'');
        for (int i = 0; i < cut.length(); i++) {
            char c = cut.charAt(i);
            out.append(Character.isISOControl(c) ? '?' : c);
        }
        return out.append('\'').toString();
    }

    /** A character as it should appear in a message, e.g. {@code 'x'} or {@code U+00A0}. */
    static String showChar(char c) {
        return c > ' ' && c < 0x7f ? "'" + c + "'" : String.format("U+%04X", (int) c);
    }
}
