package io.github.vncustoms.core.internal.http;

import io.github.vncustoms.core.error.ValidationException;
import java.util.Locale;
import java.util.Set;

/**
 * Checks request header names and values before they reach the wire. Stateless.
 */
public final class HeaderRules {
    /** Headers the client writes itself from the request and its body; a caller's value would conflict. */
    private static final Set<String> MANAGED = Set.of("host", "content-length", "transfer-encoding", "connection",
            "upgrade", "te", "keep-alive", "trailer");
    private static final String TOKEN_SYMBOLS = "!#$%&'*+-.^_`|~";

    private HeaderRules() {}

    /**
     * Checks a header name: an RFC 9110 token that the client does not manage itself.
     *
     * @param name the name
     * @return the name, unchanged
     * @throws ValidationException if the name is empty, not a token, or managed by the client
     */
    public static String requireName(String name) {
        if (name.isEmpty()) {
            throw new ValidationException("headers", "Header name is empty: expected a token such as Accept");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || TOKEN_SYMBOLS.indexOf(c) >= 0;
            if (!ok) {
                throw new ValidationException("headers", "Header name '" + printable(name) + "' has the character"
                        + " at index " + i + " that is not allowed: expected letters, digits and " + TOKEN_SYMBOLS);
            }
        }
        if (MANAGED.contains(name.toLowerCase(Locale.ROOT))) {
            throw new ValidationException("headers", "Header " + name + " is set by the client itself from the"
                    + " request: leave it out");
        }
        return name;
    }

    /**
     * Checks a header value: no line breaks or other control characters (they would let a value
     * inject further headers), and only ISO-8859-1 characters.
     *
     * @param name the header's name, for the message (the value itself is never repeated: it may be a secret)
     * @param value the value
     * @return the value, unchanged
     * @throws ValidationException if the value holds a control character or a character beyond ISO-8859-1
     */
    public static String requireValue(String name, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7f || c > 0xff) {
                throw new ValidationException("headers", "Value of header " + name + " has a control or non-Latin-1"
                        + " character at index " + i + ": expected printable text on one line");
            }
        }
        return value;
    }

    private static String printable(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (cp < 0x20 || cp == 0x7f) {
                out.append(String.format(Locale.ROOT, "\\u%04x", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
