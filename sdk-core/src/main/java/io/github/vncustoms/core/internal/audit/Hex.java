package io.github.vncustoms.core.internal.audit;

/**
 * Lower-case hexadecimal text for hashes, keys and signatures.
 *
 * <p>Stateless and thread-safe.
 */
public final class Hex {
    private static final char[] DIGITS = "0123456789abcdef".toCharArray();
    /** The value of each lower-case hex digit by character, -1 for any other character below 128. */
    private static final byte[] LOWER = new byte[128];

    static {
        java.util.Arrays.fill(LOWER, (byte) -1);
        for (int i = 0; i < 16; i++) {
            LOWER[DIGITS[i]] = (byte) i;
        }
    }

    private Hex() {}

    /**
     * Encodes bytes as lower-case hex.
     *
     * @param bytes the bytes
     * @return the text, two characters a byte
     */
    public static String encode(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = DIGITS[(bytes[i] >> 4) & 0xF];
            out[2 * i + 1] = DIGITS[bytes[i] & 0xF];
        }
        return new String(out);
    }

    /**
     * Tells whether text is exactly {@code length} lower-case hex digits.
     *
     * @param text the text, may be {@code null}
     * @param length the number of digits expected
     * @return {@code true} if it is
     */
    public static boolean isLowerHex(String text, int length) {
        if (text == null || text.length() != length) {
            return false;
        }
        int bad = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            bad |= c < 128 ? LOWER[c] : -1;
        }
        return bad >= 0;
    }

    /**
     * Decodes lower- or upper-case hex.
     *
     * @param text the text, an even number of hex digits
     * @return the bytes
     * @throws IllegalArgumentException if the text is not hex
     */
    public static byte[] decode(String text) {
        if (text.length() % 2 != 0) {
            throw new IllegalArgumentException("odd number of hex digits");
        }
        byte[] out = new byte[text.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) ((digit(text.charAt(2 * i)) << 4) | digit(text.charAt(2 * i + 1)));
        }
        return out;
    }

    /**
     * Tells whether 32 digest bytes equal a 64-digit lower-case hex text, without allocating.
     *
     * @param digest the bytes
     * @param hex the text
     * @return {@code true} if they denote the same value
     */
    public static boolean matches(byte[] digest, String hex) {
        if (hex.length() != digest.length * 2) {
            return false;
        }
        for (int i = 0; i < digest.length; i++) {
            if (hex.charAt(2 * i) != DIGITS[(digest[i] >> 4) & 0xF] || hex.charAt(2 * i + 1) != DIGITS[digest[i] & 0xF]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Decodes 64 lower-case hex digits into 32 bytes.
     *
     * @param hex the digits, already checked with {@link #isLowerHex(String, int)}
     * @param out where to put the bytes
     */
    public static void decode32(String hex, byte[] out) {
        for (int i = 0; i < 32; i++) {
            out[i] = (byte) ((LOWER[hex.charAt(2 * i)] << 4) | LOWER[hex.charAt(2 * i + 1)]);
        }
    }

    private static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        throw new IllegalArgumentException("'" + c + "' is not a hex digit");
    }
}
