package io.github.vncustoms.core.text;

import java.util.Objects;

/**
 * One problem {@link VietnameseText#check(String)} found, with where it is. Immutable.
 *
 * @param kind the rule broken
 * @param index the UTF-16 index in the checked text where the problem starts
 * @param length how many UTF-16 units it spans, at least 1
 * @param found the offending characters, {@code text.substring(index, index + length)}
 * @param explanation what is wrong and what was expected, in English
 */
public record TextProblem(TextProblemKind kind, int index, int length, String found, String explanation) {
    /**
     * Validates the parts.
     *
     * @param kind the rule broken
     * @param index the UTF-16 index in the checked text where the problem starts
     * @param length how many UTF-16 units it spans, at least 1
     * @param found the offending characters, {@code text.substring(index, index + length)}
     * @param explanation what is wrong and what was expected, in English
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if {@code index} is negative or {@code length} below 1
     */
    public TextProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(found, "found");
        Objects.requireNonNull(explanation, "explanation");
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0: " + index);
        }
        if (length < 1) {
            throw new IllegalArgumentException("length must be >= 1: " + length);
        }
    }
}
