package io.github.vncustoms.core.internal.text;

import java.io.ByteArrayOutputStream;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * VNI Windows: the encoding of the VNI fonts (VNI-Times and kin), where most toned vowels are a
 * base letter followed by a mark byte.
 *
 * <p>Code table, our own transcription. Each row holds a letter and its bytes, shown as the
 * windows-1252 characters a non-VNI font would display, for the tones none, grave (huyền), hook
 * (hỏi), tilde (ngã), acute (sắc) and dot (nặng). Capitals are the same with both bytes in upper
 * case ({@code Á} = {@code AÙ}, {@code Ư} = {@code Ö}). A few letters are one byte: {@code ơ ư đ}
 * and the toned {@code i}, and {@code ỵ}.
 *
 * <p>Decoding also accepts what VNI fonts display the same way although keyboard drivers do not
 * type it: a mark byte in the other case than its base ({@code Aù}), the plain tone marks after
 * {@code i}, and the dot mark after {@code y}. The case of the base letter decides the case of
 * the result. A mark byte that follows no letter it can mark has no meaning. Bytes 0x80..0xBF,
 * which VNI leaves free, are read as windows-1252 shows them (punctuation and symbols); free
 * bytes 0xC7, 0xD0, 0xD7, 0xDD..0xDF, 0xE7, 0xF0, 0xF7, 0xFD..0xFF and the five bytes
 * windows-1252 leaves undefined have no meaning. Immutable and thread-safe.
 */
public final class VniCodec implements ByteCodec {
    /** Letter, then its VNI bytes for tones none, grave, hook, tilde, acute, dot. */
    private static final String TABLE = """
            a  a  aø aû aõ aù aï
            ă  aê aè aú aü aé aë
            â  aâ aà aå aã aá aä
            e  e  eø eû eõ eù eï
            ê  eâ eà eå eã eá eä
            i  i  ì  æ  ó  í  ò
            o  o  oø oû oõ où oï
            ô  oâ oà oå oã oá oä
            ơ  ô  ôø ôû ôõ ôù ôï
            u  u  uø uû uõ uù uï
            ư  ö  öø öû öõ öù öï
            y  y  yø yû yõ yù î
            đ  ñ
            """;
    /** The plain tone mark bytes, for tones grave, hook, tilde, acute, dot. */
    private static final String TONE_MARKS = "øûõùï";

    /** The one instance. */
    public static final VniCodec INSTANCE = new VniCodec();

    private final int[] single = new int[256];
    private final Map<Integer, Character> pairs = new HashMap<>();
    private final Map<Character, String> encodeMap = new HashMap<>();

    private VniCodec() {
        Arrays.fill(single, -1);
        for (int b = 0; b < 0x80; b++) {
            single[b] = b;
        }
        for (int b = 0x80; b <= 0xBF; b++) {
            if (Windows1252.isDefined(b)) {
                single[b] = Windows1252.toChar(b);
            }
        }
        for (int b = 0; b <= 0xBF; b++) {
            if (single[b] >= 0) {
                encodeMap.put((char) single[b], String.valueOf((char) b));
            }
        }
        for (String row : TABLE.strip().split("\n")) {
            String[] cells = row.strip().split("\\s+");
            char letter = cells[0].charAt(0);
            for (int tone = 0; tone < cells.length - 1; tone++) {
                char lower = VietnameseLetters.withTone(letter, Tone.values()[tone]);
                define(lower, cells[tone + 1]);
                define(Character.toUpperCase(lower), cells[tone + 1].toUpperCase(Locale.ROOT));
            }
        }
        acceptVariants();
    }

    private void define(char letter, String sequence) {
        encodeMap.put(letter, sequence);
        if (sequence.length() == 1) {
            single[sequence.charAt(0)] = letter;
        } else {
            pairs.put(key(sequence.charAt(0), sequence.charAt(1)), letter);
        }
    }

    /** Adds the lenient readings: mark in the other case, tones typed after i, dot after y. */
    private void acceptVariants() {
        Map<Integer, Character> variants = new HashMap<>();
        pairs.forEach((key, letter) -> {
            char base = (char) (key >> 8);
            char mark = (char) (key & 0xFF);
            char otherCase = Character.isUpperCase(mark) ? Character.toLowerCase(mark) : Character.toUpperCase(mark);
            variants.put(key(base, otherCase), letter);
        });
        Tone[] tones = {Tone.GRAVE, Tone.HOOK, Tone.TILDE, Tone.ACUTE, Tone.DOT};
        for (int t = 0; t < tones.length; t++) {
            char mark = TONE_MARKS.charAt(t);
            for (char base : new char[] {'i', 'I'}) {
                char letter = VietnameseLetters.withTone(base, tones[t]);
                variants.put(key(base, mark), letter);
                variants.put(key(base, Character.toUpperCase(mark)), letter);
            }
        }
        variants.put(key('y', 'ï'), 'ỵ');
        variants.put(key('y', 'Ï'), 'ỵ');
        variants.put(key('Y', 'ï'), 'Ỵ');
        variants.put(key('Y', 'Ï'), 'Ỵ');
        variants.forEach(pairs::putIfAbsent);
    }

    private static int key(char first, char second) {
        return (first << 8) | second;
    }

    @Override
    public Decoding decode(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length);
        int undecodable = 0;
        String first = "";
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            if (i + 1 < bytes.length) {
                Character pair = pairs.get(key((char) b, (char) (bytes[i + 1] & 0xFF)));
                if (pair != null) {
                    out.append(pair.charValue());
                    i += 2;
                    continue;
                }
            }
            if (single[b] >= 0) {
                out.append((char) single[b]);
            } else {
                if (undecodable++ == 0) {
                    first = "byte " + Characters.hex(b) + " ('" + Windows1252.toChar(b) + "') at offset " + i
                            + " is not a VNI letter and follows no letter it can mark";
                }
                out.append('\uFFFD');
            }
            i++;
        }
        return new Decoding(Normalizer.normalize(out, Normalizer.Form.NFC), undecodable, first);
    }

    @Override
    public byte[] encode(String nfcText) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(nfcText.length() * 2);
        for (int i = 0; i < nfcText.length(); i++) {
            String sequence = encodeMap.get(nfcText.charAt(i));
            if (sequence == null) {
                throw Characters.unencodable("VNI", nfcText.codePointAt(i), i,
                        "Vietnamese letters, ASCII, or windows-1252 punctuation and symbols (0x80..0xBF)");
            }
            for (int k = 0; k < sequence.length(); k++) {
                out.write(sequence.charAt(k));
            }
        }
        return out.toByteArray();
    }
}
