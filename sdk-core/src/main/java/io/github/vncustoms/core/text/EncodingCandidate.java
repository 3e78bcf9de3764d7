package io.github.vncustoms.core.text;

import java.util.Objects;

/**
 * How well one encoding explains a byte string, as judged by {@link VietnameseEncodingDetector}.
 * Immutable.
 *
 * @param encoding the encoding tried
 * @param score the share, in [0, 1], of judged words that decoded to well-formed Vietnamese
 *     syllables, undecodable bytes counting as failed words
 * @param judgedWords words of the decoded text that contain a non-ASCII character
 * @param vietnameseWords those of them that are well-formed Vietnamese syllables
 * @param commonWords those of them that are also among the bundled common syllables, which
 *     breaks ties between equally well-formed readings
 * @param undecodable bytes (or sequences) without meaning in this encoding
 * @param explanation one sentence saying the above in words
 */
public record EncodingCandidate(VietnameseEncoding encoding, double score, int judgedWords, int vietnameseWords,
        int commonWords, int undecodable, String explanation) {
    /**
     * Validates the parts.
     *
     * @param encoding the encoding tried
     * @param score the share, in [0, 1], of judged words that decoded to well-formed Vietnamese
     *     syllables, undecodable bytes counting as failed words
     * @param judgedWords words of the decoded text that contain a non-ASCII character
     * @param vietnameseWords those of them that are well-formed Vietnamese syllables
     * @param commonWords those of them that are also among the bundled common syllables, which breaks
     *     ties between equally well-formed readings
     * @param undecodable bytes (or sequences) without meaning in this encoding
     * @param explanation one sentence saying the above in words
     * @throws NullPointerException if {@code encoding} or {@code explanation} is null
     * @throws IllegalArgumentException if the score is outside [0, 1] or a count is inconsistent
     */
    public EncodingCandidate {
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(explanation, "explanation");
        if (!(score >= 0.0 && score <= 1.0)) {
            throw new IllegalArgumentException("score must be in [0, 1]: " + score);
        }
        if (judgedWords < 0 || vietnameseWords < 0 || vietnameseWords > judgedWords || commonWords < 0
                || commonWords > vietnameseWords || undecodable < 0) {
            throw new IllegalArgumentException("inconsistent counts: judged " + judgedWords + ", Vietnamese "
                    + vietnameseWords + ", common " + commonWords + ", undecodable " + undecodable);
        }
    }
}
