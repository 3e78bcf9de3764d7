package io.github.vncustoms.core.internal.text;

import io.github.vncustoms.core.error.ValidationException;
import java.nio.charset.Charset;

/**
 * One byte to one character and back, as a Windows application shows legacy bytes: the
 * windows-1252 reading, with the five bytes windows-1252 leaves undefined (0x81, 0x8D, 0x8F,
 * 0x90, 0x9D) read as the Latin-1 control characters U+0081 etc.
 *
 * <p>Text set in a TCVN3 (.Vn) or VNI font is stored as such characters: each stands for one
 * byte of the legacy encoding. Reading back accepts both the windows-1252 and the Latin-1
 * reading, so C1 controls and windows-1252 punctuation alike map to their byte. Immutable and
 * thread-safe.
 */
public final class Windows1252 {
    private static final char[] BYTE_TO_CHAR = new char[256];

    static {
        Charset cp1252 = Charset.forName("windows-1252");
        for (int b = 0; b < 256; b++) {
            String s = new String(new byte[] {(byte) b}, cp1252);
            char c = s.charAt(0);
            BYTE_TO_CHAR[b] = c == '\uFFFD' ? (char) b : c;
        }
    }

    private Windows1252() {}

    /**
     * Returns the character a byte shows as.
     *
     * @param b a byte value, 0..255
     * @return its windows-1252 character, or the Latin-1 one where windows-1252 has none
     */
    public static char toChar(int b) {
        return BYTE_TO_CHAR[b & 0xFF];
    }

    /**
     * Tells whether windows-1252 assigns a character to a byte.
     *
     * @param b a byte value, 0..255
     * @return false only for 0x81, 0x8D, 0x8F, 0x90 and 0x9D
     */
    public static boolean isDefined(int b) {
        int v = b & 0xFF;
        return v < 0x80 || v > 0x9F || BYTE_TO_CHAR[v] != (char) v;
    }

    /**
     * Returns the byte a character stands for.
     *
     * @param c a character
     * @return the byte value 0..255, or -1 when neither windows-1252 nor Latin-1 has the character
     */
    public static int toByte(int c) {
        if (c < 0x80 || (c >= 0xA0 && c <= 0xFF)) {
            return c;
        }
        for (int b = 0x80; b <= 0x9F; b++) {
            if (BYTE_TO_CHAR[b] == c) {
                return b;
            }
        }
        if (c >= 0x80 && c <= 0x9F) {
            return c;
        }
        return -1;
    }

    /**
     * Turns font text back into the bytes it stands for.
     *
     * @param fontText text whose every character stands for one byte
     * @return the bytes
     * @throws ValidationException naming the first character that no byte shows as
     */
    public static byte[] toBytes(String fontText) {
        byte[] out = new byte[fontText.length()];
        for (int i = 0; i < fontText.length(); i++) {
            int b = toByte(fontText.charAt(i));
            if (b < 0) {
                throw new ValidationException("fontText", "character " + Characters.describe(fontText.codePointAt(i))
                        + " at index " + i + " is neither a windows-1252 nor a Latin-1 character, so it stands for"
                        + " no legacy byte; expected the text exactly as a legacy-font document holds it, one"
                        + " character per byte");
            }
            out[i] = (byte) b;
        }
        return out;
    }

    /**
     * Shows bytes as font text.
     *
     * @param bytes the bytes
     * @return one character per byte, as {@link #toChar(int)} gives it
     */
    public static String toText(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length);
        for (byte b : bytes) {
            out.append(toChar(b));
        }
        return out.toString();
    }
}
