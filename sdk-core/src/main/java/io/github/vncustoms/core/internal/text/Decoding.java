package io.github.vncustoms.core.internal.text;

import java.util.Objects;

/**
 * What a lenient decode produced: the NFC text, with U+FFFD where a byte (or byte sequence) had
 * no meaning, how many such places there were, and a sentence about the first one. Immutable.
 *
 * @param text the decoded text, NFC
 * @param undecodable how many places were replaced by U+FFFD
 * @param firstProblem what was wrong at the first such place, empty when none
 */
public record Decoding(String text, int undecodable, String firstProblem) {
    /**
     * Validates the parts.
     *
     * @param text the decoded text, NFC
     * @param undecodable how many places were replaced by U+FFFD
     * @param firstProblem what was wrong at the first such place, empty when none
     * @throws IllegalArgumentException if {@code undecodable} is negative
     */
    public Decoding {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(firstProblem, "firstProblem");
        if (undecodable < 0) {
            throw new IllegalArgumentException("undecodable must be >= 0: " + undecodable);
        }
    }
}
