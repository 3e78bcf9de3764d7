package io.github.vncustoms.monitoring.internal.report;

/** HTML text escaping. Not API. */
public final class Html {
    private static final String REPLACEMENT = "\uFFFD";

    private Html() {
    }

    /**
     * Escapes text for an HTML element's content or a quoted attribute value: {@code & < > " '}
     * become character references; control characters other than tab, line feed and carriage
     * return, non-characters U+FFFE/U+FFFF and unpaired surrogates (none of which HTML allows)
     * become U+FFFD. The result is also well-formed XML text.
     *
     * @param text the text
     * @return the escaped text
     */
    public static String escape(CharSequence text) {
        int length = text.length();
        StringBuilder out = new StringBuilder(length + 16);
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (Character.isSurrogate(c) || forbidden(c)) {
                        out.append(REPLACEMENT);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean forbidden(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)
                || c == '\uFFFE' || c == '\uFFFF';
    }
}
