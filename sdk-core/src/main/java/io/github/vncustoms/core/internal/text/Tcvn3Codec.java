package io.github.vncustoms.core.internal.text;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * TCVN3: the VN3 repertoire of TCVN 5712:1993 (the ".Vn"/ABC fonts), one byte per letter.
 *
 * <p>Code table, our own transcription of the standard's VN3 chart. Each row holds a letter and
 * its bytes for the tones none, grave (huyền), hook (hỏi), tilde (ngã), acute (sắc) and dot
 * (nặng). VN3 has 67 lower-case letters, 7 capitals without tone (Ă Â Ê Ô Ơ Ư Đ, 0xA1..0xA7) and
 * the no-break space 0xA0; ASCII is unchanged.
 *
 * <p>Toned capitals have no code of their own: ABC documents type the lower-case code and set
 * the run in the capital font variant (.VnTimeH), which draws it as a capital. So decoding gives
 * the lower-case letter, and encoding a toned capital writes the lower-case code. Bytes
 * 0x80..0x9F, which VN3 leaves free, are read as the windows-1252 punctuation Windows word
 * processors put there (curly quotes, dashes); the remaining free bytes (0xAF, 0xB0..0xB4, 0xBA,
 * 0xBF..0xC5, 0xCD, 0xD9..0xDB, 0xE0, 0xF0, 0xFF, which VN1/VN2 use for capitals and combining
 * marks) and the five bytes windows-1252 leaves undefined have no meaning. Immutable and
 * thread-safe.
 */
public final class Tcvn3Codec implements ByteCodec {
    /** Letter, then its bytes for tones none, grave, hook, tilde, acute, dot (hexadecimal). */
    private static final String TABLE = """
            a  61 B5 B6 B7 B8 B9
            ă  A8 BB BC BD BE C6
            â  A9 C7 C8 C9 CA CB
            e  65 CC CE CF D0 D1
            ê  AA D2 D3 D4 D5 D6
            i  69 D7 D8 DC DD DE
            o  6F DF E1 E2 E3 E4
            ô  AB E5 E6 E7 E8 E9
            ơ  AC EA EB EC ED EE
            u  75 EF F1 F2 F3 F4
            ư  AD F5 F6 F7 F8 F9
            y  79 FA FB FC FD FE
            đ  AE
            Ă  A1
            Â  A2
            Ê  A3
            Ô  A4
            Ơ  A5
            Ư  A6
            Đ  A7
            """;

    /** The one instance. */
    public static final Tcvn3Codec INSTANCE = new Tcvn3Codec();

    private final int[] byteToChar = new int[256];
    private final Map<Character, Integer> charToByte;

    private Tcvn3Codec() {
        Arrays.fill(byteToChar, -1);
        Map<Character, Integer> encode = new HashMap<>();
        for (int b = 0; b < 0x80; b++) {
            byteToChar[b] = b;
            encode.put((char) b, b);
        }
        for (int b = 0x80; b <= 0x9F; b++) {
            if (Windows1252.isDefined(b)) {
                byteToChar[b] = Windows1252.toChar(b);
                encode.put(Windows1252.toChar(b), b);
            }
        }
        byteToChar[0xA0] = 0xA0;
        encode.put('\u00A0', 0xA0);
        for (String row : TABLE.strip().split("\n")) {
            String[] cells = row.strip().split("\\s+");
            char letter = cells[0].charAt(0);
            for (int tone = 0; tone < cells.length - 1; tone++) {
                char c = VietnameseLetters.withTone(letter, Tone.values()[tone]);
                int b = Integer.parseInt(cells[tone + 1], 16);
                if (byteToChar[b] != -1 && byteToChar[b] != c) {
                    throw new IllegalStateException("TCVN3 table assigns " + Characters.hex(b) + " twice");
                }
                byteToChar[b] = c;
                encode.put(c, b);
            }
        }
        charToByte = Map.copyOf(encode);
    }

    @Override
    public Decoding decode(byte[] bytes) {
        return Characters.decodeSingleByte(bytes, byteToChar, "is not assigned in TCVN3");
    }

    @Override
    public byte[] encode(String nfcText) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(nfcText.length());
        for (int i = 0; i < nfcText.length(); i++) {
            char c = nfcText.charAt(i);
            Integer b = charToByte.get(c);
            if (b == null && VietnameseLetters.tone(c) != Tone.NONE) {
                b = charToByte.get(Character.toLowerCase(c));
            }
            if (b == null) {
                throw Characters.unencodable("TCVN3", nfcText.codePointAt(i), i,
                        "Vietnamese letters (toned capitals are written with the lower-case code), ASCII,"
                                + " no-break space or windows-1252 punctuation");
            }
            out.write(b);
        }
        return out.toByteArray();
    }
}
