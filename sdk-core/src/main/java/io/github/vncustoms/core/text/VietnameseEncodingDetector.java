package io.github.vncustoms.core.text;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.internal.text.Decoding;
import io.github.vncustoms.core.internal.text.Plausibility;
import io.github.vncustoms.core.internal.text.Windows1252;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Finds which {@link VietnameseEncoding} a byte string (or font text) is in, for when the caller
 * does not know (STA-04).
 *
 * <p>Each encoding decodes the bytes; the decoded words that hold a non-ASCII character are then
 * checked against the rules of Vietnamese spelling (one initial, a known vowel group, a known
 * final, one tone mark on the right vowel). Legacy bytes read in the wrong encoding produce
 * symbols, impossible vowel groups or stacked tones, so the right encoding is the one whose words
 * are nearly all well-formed syllables. Undecodable bytes count as failed words. Ties go to the
 * reading with more words among about nine hundred bundled common syllables (short words can be
 * well-formed in two encodings: {@code công} in windows-1258 is {@code cụng} in TCVN3), then to
 * fewer undecodable bytes, then in the order UTF-8, TCVN3, VNI, windows-1258.
 *
 * <pre>{@code
 * EncodingDetection found = VietnameseEncodingDetector.detectFontText("Ngöôøi khai haûi quan");
 * found.encoding();     // VNI
 * found.text();         // "Người khai hải quan"
 * found.explanation();  // "VNI fits best: 2 of 2 words with non-ASCII characters ..."
 * }</pre>
 *
 * <p>A few words are enough for a clear answer; a single word may be ambiguous, which the
 * confidence shows. Stateless, thread-safe.
 */
public final class VietnameseEncodingDetector {
    private VietnameseEncodingDetector() {}

    /**
     * Detects the encoding of bytes.
     *
     * @param bytes the encoded text
     * @return the best encoding, its decoded text, confidence, explanation and all candidates
     * @throws NullPointerException if {@code bytes} is null
     */
    public static EncodingDetection detect(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        List<EncodingCandidate> candidates = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        boolean ascii = true;
        for (byte b : bytes) {
            ascii &= b >= 0;
        }
        for (VietnameseEncoding encoding : VietnameseEncoding.values()) {
            Decoding decoding = encoding.decodeLeniently(bytes);
            Plausibility p = Plausibility.of(decoding.text(), decoding.undecodable());
            candidates.add(new EncodingCandidate(encoding, p.score(), p.judgedWords(), p.vietnameseWords(),
                    p.commonWords(), p.undecodable(), describe(p, decoding)));
            texts.add(decoding.text());
        }
        if (ascii) {
            return new EncodingDetection(VietnameseEncoding.UTF_8, 1.0, texts.get(0),
                    "every byte is ASCII, which all four encodings read alike; reported as UTF-8", candidates);
        }
        List<EncodingCandidate> ranked = new ArrayList<>(candidates);
        ranked.sort(Comparator.comparingDouble(EncodingCandidate::score).reversed()
                .thenComparing(Comparator.comparingInt(EncodingCandidate::commonWords).reversed())
                .thenComparingInt(EncodingCandidate::undecodable)
                .thenComparing(EncodingCandidate::encoding));
        EncodingCandidate best = ranked.get(0);
        EncodingCandidate second = ranked.get(1);
        int evidence = best.judgedWords() + best.undecodable();
        double confidence = Math.max(0.0, best.score() - second.score()) * evidence / (evidence + 1.0);
        String explanation = evidence == 0
                ? "no decoding yields a word with non-ASCII characters to judge; " + best.encoding().displayName()
                        + " chosen by default order"
                : best.encoding().displayName() + " fits best: " + best.explanation() + "; runner-up "
                        + second.encoding().displayName() + " scores " + format(second.score());
        return new EncodingDetection(best.encoding(), confidence, texts.get(best.encoding().ordinal()), explanation,
                ranked);
    }

    /**
     * Detects the encoding behind font text: legacy bytes that were read as windows-1252 or
     * Latin-1, as copied out of a document set in a legacy Vietnamese font.
     *
     * @param fontText the text as the document holds it, one character per byte
     * @return as {@link #detect(byte[])}
     * @throws NullPointerException if {@code fontText} is null
     * @throws ValidationException if a character is outside windows-1252 and Latin-1, so it
     *     cannot stand for a byte (the text is then not font text; it may already be Unicode)
     */
    public static EncodingDetection detectFontText(String fontText) {
        Objects.requireNonNull(fontText, "fontText");
        return detect(Windows1252.toBytes(fontText));
    }

    private static String describe(Plausibility p, Decoding decoding) {
        String words = p.vietnameseWords() + " of " + p.judgedWords()
                + " words with non-ASCII characters are well-formed Vietnamese syllables, " + p.commonWords()
                + " of them common";
        String bytes = decoding.undecodable() == 0 ? ""
                : ", " + decoding.undecodable() + " undecodable (first: " + decoding.firstProblem() + ")";
        return words + bytes + " (score " + format(p.score()) + ")";
    }

    private static String format(double score) {
        return String.format(Locale.ROOT, "%.2f", score);
    }
}
