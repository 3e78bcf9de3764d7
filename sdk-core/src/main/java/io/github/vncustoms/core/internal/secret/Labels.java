package io.github.vncustoms.core.internal.secret;

import io.github.vncustoms.core.error.ValidationException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * Checks and normalises the non-secret labels of the secret area: secret identifiers, holder names
 * and vault entry names. Labels are NFC-normalised, stripped, and their inner whitespace collapsed,
 * so that the same Vietnamese name typed with different input methods is the same label.
 * Stateless and thread-safe.
 */
public final class Labels {
    private Labels() {}

    /**
     * Checks and normalises a label.
     *
     * @param field the field name for the exception, e.g. {@code "holder"}
     * @param what what the label is, for people, e.g. {@code "Holder"}
     * @param example an example of a good label
     * @param value the label
     * @param maxLength the longest label allowed, in characters
     * @return the normalised label
     * @throws ValidationException if the label is blank, too long or holds a control character
     */
    public static String require(String field, String what, String example, String value, int maxLength) {
        Objects.requireNonNull(value, field);
        String normalised = Normalizer.normalize(value, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        if (normalised.isEmpty()) {
            throw new ValidationException(field, what + " is blank: expected text such as '" + example + "'");
        }
        for (int i = 0; i < normalised.length(); i++) {
            if (Character.isISOControl(normalised.charAt(i))) {
                throw new ValidationException(field, what + " holds a control character at position " + (i + 1)
                        + ": expected printable text such as '" + example + "'");
            }
        }
        if (normalised.length() > maxLength) {
            throw new ValidationException(field, what + " '" + normalised.substring(0, 20) + "…' has "
                    + normalised.length() + " characters: expected at most " + maxLength);
        }
        return normalised;
    }

    /**
     * Returns the key under which two labels count as the same person or name: case-insensitive.
     *
     * @param label a normalised label
     * @return the comparison key
     */
    public static String identity(String label) {
        return label.toLowerCase(Locale.ROOT);
    }
}
