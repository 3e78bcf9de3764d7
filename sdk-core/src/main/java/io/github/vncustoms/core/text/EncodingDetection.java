package io.github.vncustoms.core.text;

import java.util.List;
import java.util.Objects;

/**
 * The encoding {@link VietnameseEncodingDetector} found, how sure it is, and why. Immutable.
 *
 * @param encoding the encoding that best explains the bytes
 * @param confidence in [0, 1]: the lead of the best candidate's score over the runner-up's,
 *     scaled by the amount of evidence ({@code n / (n + 1)} for {@code n} judged words); 0 when
 *     nothing could be judged, 1 for pure ASCII (every encoding reads it alike)
 * @param text the bytes decoded with {@code encoding}, NFC; bytes without meaning there are
 *     U+FFFD (see the candidate's {@code undecodable})
 * @param explanation one or two sentences a person can check
 * @param candidates every encoding tried, best first
 */
public record EncodingDetection(VietnameseEncoding encoding, double confidence, String text, String explanation,
        List<EncodingCandidate> candidates) {
    /**
     * Validates and copies.
     *
     * @param encoding the encoding that best explains the bytes
     * @param confidence in [0, 1]: the lead of the best candidate's score over the runner-up's, scaled
     *     by the amount of evidence ({@code n / (n + 1)} for {@code n} judged words); 0 when
     *     nothing could be judged, 1 for pure ASCII (every encoding reads it alike)
     * @param text the bytes decoded with {@code encoding}, NFC; bytes without meaning there are U+FFFD
     *     (see the candidate's {@code undecodable})
     * @param explanation one or two sentences a person can check
     * @param candidates every encoding tried, best first
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if the confidence is outside [0, 1] or there are no candidates
     */
    public EncodingDetection {
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(explanation, "explanation");
        candidates = List.copyOf(candidates);
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
        }
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("candidates must not be empty");
        }
    }

    /**
     * Returns the candidate for the chosen encoding.
     *
     * @return the first candidate
     */
    public EncodingCandidate best() {
        return candidates.get(0);
    }
}
