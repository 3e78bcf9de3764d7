package io.github.vncustoms.core.access;

import io.github.vncustoms.core.error.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a new password must satisfy. Checking never puts the password in a message.
 *
 * <p>Immutable and thread-safe.
 *
 * @param minLength the least number of characters, 8 to 128
 * @param requireUpperCase whether an upper-case letter is required
 * @param requireLowerCase whether a lower-case letter is required
 * @param requireDigit whether a digit is required
 * @param requireSymbol whether a character that is neither letter nor digit is required
 */
public record PasswordPolicy(int minLength, boolean requireUpperCase, boolean requireLowerCase, boolean requireDigit,
        boolean requireSymbol) {
    /**
     * Validates the policy.
     *
     * @throws ValidationException if the minimum length is outside 8–128
     */
    public PasswordPolicy {
        if (minLength < 8 || minLength > 128) {
            throw new ValidationException("minLength", "Password minimum length " + minLength
                    + " is out of range: expected 8 to 128");
        }
    }

    /**
     * Returns the default policy: at least 12 characters with upper case, lower case, a digit and a symbol.
     *
     * @return the policy
     */
    public static PasswordPolicy defaultPolicy() {
        return new PasswordPolicy(12, true, true, true, true);
    }

    /**
     * Lists what a password lacks.
     *
     * @param password the password; not kept
     * @return one sentence per unmet rule; empty when it satisfies the policy
     */
    public List<String> problems(char[] password) {
        Objects.requireNonNull(password, "password");
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean symbol = false;
        int length = 0;
        for (int i = 0; i < password.length; i++) {
            char c = password[i];
            if (Character.isHighSurrogate(c) && i + 1 < password.length) {
                i++;
                symbol = true;
            } else if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                symbol = true;
            }
            length++;
        }
        List<String> problems = new ArrayList<>();
        if (length < minLength) {
            problems.add("the password has " + length + " characters; expected at least " + minLength);
        }
        if (requireUpperCase && !upper) {
            problems.add("the password has no upper-case letter; expected at least one");
        }
        if (requireLowerCase && !lower) {
            problems.add("the password has no lower-case letter; expected at least one");
        }
        if (requireDigit && !digit) {
            problems.add("the password has no digit; expected at least one");
        }
        if (requireSymbol && !symbol) {
            problems.add("the password has no symbol; expected at least one character that is neither letter nor digit");
        }
        return List.copyOf(problems);
    }

    /**
     * Throws unless a password satisfies the policy.
     *
     * @param password the password; not kept
     * @throws ValidationException listing every unmet rule, never the password
     */
    public void check(char[] password) {
        List<String> problems = problems(password);
        if (!problems.isEmpty()) {
            throw new ValidationException("password", "The new password does not meet the password policy: "
                    + String.join("; ", problems), problems, null);
        }
    }
}
