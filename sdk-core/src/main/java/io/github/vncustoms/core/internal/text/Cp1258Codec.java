package io.github.vncustoms.core.internal.text;

import io.github.vncustoms.core.error.ConfigurationException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * windows-1258, Microsoft's Vietnamese code page: Latin-1 letters, the letters with vowel marks
 * ({@code Ă Đ Ơ Ư}) and the five tone marks as combining characters.
 *
 * <p>The byte table comes from the JDK's own {@code windows-1258} charset. Decoding gives NFC,
 * so a base letter followed by a combining tone becomes one precomposed letter. Encoding writes a
 * letter as one byte where the code page has it ({@code á} = 0xE1) and otherwise as its toneless
 * letter followed by the combining tone ({@code ấ} = {@code â} 0xE2 + acute 0xEC), the shortest
 * form. Immutable and thread-safe.
 */
public final class Cp1258Codec implements ByteCodec {
    /** Created on first use, so a runtime without the charset fails only when it is needed. */
    private static final class Holder {
        private static final Cp1258Codec INSTANCE = new Cp1258Codec();
    }

    private final int[] byteToChar = new int[256];
    private final Map<Character, Integer> charToByte = new HashMap<>();

    private Cp1258Codec() {
        if (!Charset.isSupported("windows-1258")) {
            throw new ConfigurationException("this Java runtime has no windows-1258 charset (module"
                    + " jdk.charsets); expected a full Java 17 runtime to read or write CP1258 text");
        }
        Charset charset = Charset.forName("windows-1258");
        Arrays.fill(byteToChar, -1);
        for (int b = 0; b < 256; b++) {
            char c = new String(new byte[] {(byte) b}, charset).charAt(0);
            if (c != '\uFFFD') {
                byteToChar[b] = c;
                charToByte.put(c, b);
            }
        }
    }

    /**
     * Returns the one instance.
     *
     * @return the codec
     * @throws ConfigurationException if the Java runtime lacks the windows-1258 charset
     */
    public static Cp1258Codec instance() {
        return Holder.INSTANCE;
    }

    @Override
    public Decoding decode(byte[] bytes) {
        return Characters.decodeSingleByte(bytes, byteToChar, "is not defined in windows-1258");
    }

    @Override
    public byte[] encode(String nfcText) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(nfcText.length() + 8);
        for (int i = 0; i < nfcText.length(); i++) {
            char c = nfcText.charAt(i);
            Integer direct = charToByte.get(c);
            if (direct != null) {
                out.write(direct);
                continue;
            }
            Tone tone = VietnameseLetters.tone(c);
            Integer base = tone == Tone.NONE ? null : charToByte.get(VietnameseLetters.base(c));
            if (base == null) {
                throw Characters.unencodable("windows-1258", nfcText.codePointAt(i), i,
                        "Vietnamese letters, Latin-1 letters and symbols, or windows-1258 punctuation");
            }
            out.write(base);
            out.write(charToByte.get(tone.mark()));
        }
        return out.toByteArray();
    }
}
