package io.github.vncustoms.core.internal.text;

import io.github.vncustoms.core.error.ValidationException;
import java.text.Normalizer;
import java.util.Locale;

/** Message helpers shared by the codecs and the checker. Immutable and thread-safe. */
public final class Characters {
    private Characters() {}

    /**
     * Describes a code point for a message, e.g. {@code 'ç' (U+00E7)}.
     *
     * @param codePoint the code point
     * @return a short description that is readable even for invisible characters
     */
    public static String describe(int codePoint) {
        String hex = String.format(Locale.ROOT, "U+%04X", codePoint);
        int type = Character.getType(codePoint);
        boolean invisible = Character.isISOControl(codePoint) || Character.isWhitespace(codePoint)
                || type == Character.FORMAT || type == Character.NON_SPACING_MARK
                || type == Character.SURROGATE || type == Character.PRIVATE_USE
                || type == Character.UNASSIGNED || codePoint == 0xA0;
        return invisible ? hex : "'" + new String(Character.toChars(codePoint)) + "' (" + hex + ")";
    }

    /**
     * Describes a byte for a message, e.g. {@code 0x8D}.
     *
     * @param b the byte
     * @return the byte in hexadecimal
     */
    public static String hex(int b) {
        return String.format(Locale.ROOT, "0x%02X", b & 0xFF);
    }

    /**
     * Builds the exception for a character an encoding cannot represent.
     *
     * @param encoding the encoding's name
     * @param codePoint the character
     * @param index its UTF-16 index in the NFC text
     * @param expected what the encoding can represent
     * @return the exception to throw
     */
    public static ValidationException unencodable(String encoding, int codePoint, int index, String expected) {
        return new ValidationException("text", "character " + describe(codePoint) + " at index " + index
                + " has no " + encoding + " representation; expected " + expected);
    }
    /**
     * Decodes bytes through a single-byte table, leniently: a byte the table leaves undefined
     * ({@code -1}) becomes U+FFFD and is counted.
     *
     * @param bytes the bytes
     * @param byteToChar the character of each byte value, or -1 where undefined
     * @param undefinedIn how the first problem names the encoding, e.g. {@code "is not assigned in TCVN3"}
     * @return the NFC text with its problems
     */
    public static Decoding decodeSingleByte(byte[] bytes, int[] byteToChar, String undefinedIn) {
        StringBuilder out = new StringBuilder(bytes.length);
        int undecodable = 0;
        String first = "";
        for (int i = 0; i < bytes.length; i++) {
            int c = byteToChar[bytes[i] & 0xFF];
            if (c < 0) {
                if (undecodable++ == 0) {
                    first = "byte " + hex(bytes[i]) + " at offset " + i + " " + undefinedIn;
                }
                out.append('\uFFFD');
            } else {
                out.append((char) c);
            }
        }
        return new Decoding(Normalizer.normalize(out, Normalizer.Form.NFC), undecodable, first);
    }
}
