package io.github.vncustoms.core.internal.audit;

import io.github.vncustoms.core.error.ValidationException;
import java.util.Locale;
import java.util.Objects;

/**
 * Checks the text fields of audit records: present, not too long, and well-formed UTF-16, so that
 * the UTF-8 they are hashed and stored in reads back to the same text.
 *
 * <p>Stateless and thread-safe.
 */
public final class Fields {
    private Fields() {}

    /**
     * Checks a text field.
     *
     * @param field the field's name, for the message
     * @param value the value
     * @param maxLength the longest allowed, in UTF-16 units
     * @param allowEmpty whether an empty (or blank) value is allowed
     * @return the value, unchanged
     * @throws ValidationException if it is blank when it may not be, too long, or has an unpaired surrogate
     */
    public static String text(String field, String value, int maxLength, boolean allowEmpty) {
        Objects.requireNonNull(value, field);
        if (!allowEmpty && value.isBlank()) {
            throw new ValidationException(field, "Audit field " + field + " is blank: expected non-blank text");
        }
        if (value.length() > maxLength) {
            throw new ValidationException(field, "Audit field " + field + " has " + value.length()
                    + " characters: expected at most " + maxLength);
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                } else {
                    throw new ValidationException(field, "Audit field " + field + " has an unpaired surrogate at index " + i
                            + ": expected well-formed Unicode text");
                }
            }
        }
        return value;
    }

    /**
     * Checks and normalises a unit code: stripped, upper case, 1–32 characters.
     *
     * @param field the field's name
     * @param value the code
     * @return the normalised code
     * @throws ValidationException if it is blank or too long
     */
    public static String unit(String field, String value) {
        String code = text(field, Objects.requireNonNull(value, field), 32, false).strip().toUpperCase(Locale.ROOT);
        return code;
    }

    /**
     * Checks a 64-digit lower-case hex SHA-256 value.
     *
     * @param field the field's name
     * @param value the value
     * @return the value
     * @throws ValidationException if it is not 64 lower-case hex digits
     */
    public static String sha256Hex(String field, String value) {
        Objects.requireNonNull(value, field);
        if (!Hex.isLowerHex(value, 64)) {
            throw new ValidationException(field, "Audit " + field + " '" + value
                    + "' is malformed: expected 64 lower-case hex digits of a SHA-256 value");
        }
        return value;
    }
}
