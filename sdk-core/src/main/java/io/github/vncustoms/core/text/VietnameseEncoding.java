package io.github.vncustoms.core.text;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.internal.text.ByteCodec;
import io.github.vncustoms.core.internal.text.Cp1258Codec;
import io.github.vncustoms.core.internal.text.Decoding;
import io.github.vncustoms.core.internal.text.Tcvn3Codec;
import io.github.vncustoms.core.internal.text.Utf8Codec;
import io.github.vncustoms.core.internal.text.VniCodec;
import io.github.vncustoms.core.internal.text.Windows1252;
import java.text.Normalizer;
import java.util.Objects;

/**
 * The encodings Vietnamese text is found in: Unicode (UTF-8) as TCVN 6909:2001 asks (STA-04),
 * and the three legacy ones still met in old documents and systems.
 *
 * <p>Every decode returns Unicode NFC. Each legacy encoding can be read from bytes or from
 * <em>font text</em>: the characters a document set in a legacy font holds when opened without
 * that font, i.e. the legacy bytes read as windows-1252 (or Latin-1). That is what is copied out
 * of old Word and Excel files: {@code "Haûi Quan"} in a VNI font, {@code "H¶i Quan"} in a .Vn
 * (TCVN3) font, both meaning {@code "Hải Quan"}.
 *
 * <pre>{@code
 * String name = VietnameseEncoding.VNI.decodeFontText("Haûi Quan");   // "Hải Quan"
 * byte[] legacy = VietnameseEncoding.TCVN3.encode("Hải Quan");        // 48 B6 69 20 51 75 61 6E
 * }</pre>
 *
 * <p>When the encoding is unknown, use {@link VietnameseEncodingDetector}. Immutable and
 * thread-safe.
 */
public enum VietnameseEncoding {
    /** Unicode in UTF-8; a leading byte-order mark is dropped when decoding. */
    UTF_8("UTF-8", "well-formed UTF-8"),
    /**
     * TCVN3 (ABC, the .Vn fonts): the VN3 set of TCVN 5712:1993, one byte per letter.
     *
     * <p>VN3 has no codes for toned capitals: ABC documents type the lower-case code in a capital
     * font (.VnTimeH). So decoding yields lower case for them, and encoding a toned capital
     * ({@code Ấ}) writes the lower-case code ({@code ấ}, 0xCA): a round trip keeps every letter
     * and tone but lowers toned capitals. Untoned capitals, {@code Ă Â Ê Ô Ơ Ư Đ} included, keep
     * their case. Bytes 0x80..0x9F are read as windows-1252 punctuation (curly quotes, dashes).
     */
    TCVN3("TCVN3", "ASCII or a byte of the TCVN3 (VN3) table: 0x80..0x9F punctuation other than 0x81,"
            + " 0x8D, 0x8F, 0x90, 0x9D, and 0xA0..0xFE except 0xAF..0xB4, 0xBA, 0xBF..0xC5, 0xCD,"
            + " 0xD9..0xDB, 0xE0, 0xF0"),
    /**
     * VNI Windows (the VNI fonts): a toned vowel is its base letter followed by a mark byte
     * ({@code á} = {@code aù}); {@code ơ ư đ}, the toned {@code i} and {@code ỵ} are one byte.
     * Capitals round-trip exactly. Bytes 0x80..0xBF are read as windows-1252 shows them.
     */
    VNI("VNI", "ASCII, a VNI letter byte, or a mark byte right after a letter it can mark"),
    /**
     * windows-1258 (Microsoft's Vietnamese code page), which writes tones as combining marks;
     * decoding composes them (NFC). Encoding uses one byte where the code page has the letter and
     * the toneless letter plus a combining tone otherwise.
     */
    CP1258("windows-1258", "a byte defined in windows-1258 (all but 0x81, 0x8A, 0x8D..0x90, 0x9A, 0x9D, 0x9E)");

    private final String displayName;
    private final String expectedBytes;

    VietnameseEncoding(String displayName, String expectedBytes) {
        this.displayName = displayName;
        this.expectedBytes = expectedBytes;
    }

    /**
     * Returns the usual name of the encoding, e.g. {@code "TCVN3"} or {@code "windows-1258"}.
     *
     * @return the name
     */
    public String displayName() {
        return displayName;
    }

    /**
     * Decodes bytes to Unicode NFC.
     *
     * @param bytes the encoded bytes
     * @return the text, NFC
     * @throws NullPointerException if {@code bytes} is null
     * @throws ValidationException at the first byte (or sequence) that has no meaning in this
     *     encoding, naming it and its offset
     * @throws io.github.vncustoms.core.error.ConfigurationException for {@link #CP1258} on a Java
     *     runtime without the windows-1258 charset
     */
    public String decode(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        Decoding decoding = decodeLeniently(bytes);
        if (decoding.undecodable() > 0) {
            throw new ValidationException("bytes", decoding.firstProblem() + " (" + decoding.undecodable()
                    + " such place(s) in all); expected " + expectedBytes);
        }
        return decoding.text();
    }

    /**
     * Decodes font text: legacy bytes that were read as windows-1252 or Latin-1.
     *
     * @param fontText the text as the legacy-font document holds it, one character per byte
     * @return the text, NFC
     * @throws NullPointerException if {@code fontText} is null
     * @throws ValidationException if a character stands for no byte (it is outside windows-1252
     *     and Latin-1), or a byte has no meaning in this encoding
     */
    public String decodeFontText(String fontText) {
        Objects.requireNonNull(fontText, "fontText");
        return decode(Windows1252.toBytes(fontText));
    }

    /**
     * Encodes text. The text is normalised to NFC first; indices in messages refer to that form.
     *
     * @param text Unicode text
     * @return the bytes
     * @throws NullPointerException if {@code text} is null
     * @throws ValidationException naming the first character (and its index) this encoding cannot
     *     represent
     */
    public byte[] encode(String text) {
        Objects.requireNonNull(text, "text");
        return codec().encode(Normalizer.normalize(text, Normalizer.Form.NFC));
    }

    /**
     * Encodes text and shows the bytes as font text, as a legacy-font document would hold it.
     *
     * @param text Unicode text
     * @return one character per byte, the windows-1252 reading (Latin-1 controls for the five
     *     bytes windows-1252 leaves undefined)
     * @throws NullPointerException if {@code text} is null
     * @throws ValidationException as {@link #encode(String)}
     */
    public String encodeFontText(String text) {
        return Windows1252.toText(encode(text));
    }

    /** Decodes without failing: each byte without meaning becomes U+FFFD and is counted. */
    Decoding decodeLeniently(byte[] bytes) {
        return codec().decode(bytes);
    }

    private ByteCodec codec() {
        return switch (this) {
            case UTF_8 -> Utf8Codec.INSTANCE;
            case TCVN3 -> Tcvn3Codec.INSTANCE;
            case VNI -> VniCodec.INSTANCE;
            case CP1258 -> Cp1258Codec.instance();
        };
    }
}
