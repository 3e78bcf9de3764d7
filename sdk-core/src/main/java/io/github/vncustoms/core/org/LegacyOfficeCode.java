package io.github.vncustoms.core.org;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.vncustoms.core.error.ValidationException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A legacy four-character customs office code (mã hải quan), e.g. {@code 01B1}, as written in
 * declarations before the 2025 reorganisation.
 *
 * <p>The form is a two-character department prefix (two digits such as {@code 01} for Hà Nội, or a
 * letter and a digit such as {@code A1}), a letter, and a letter or digit. Whether a well-formed
 * code was ever issued is a separate question: see {@link LegacyOfficeCatalog}. Immutable and
 * thread-safe.
 *
 * @param value the code, upper case
 */
public record LegacyOfficeCode(String value) {
    private static final Pattern FORM = Pattern.compile("(?:[0-9]{2}|[A-Z][0-9])[A-Z][A-Z0-9]");

    /**
     * Validates the code.
     *
     * @throws ValidationException if the code is not of the legacy form
     */
    public LegacyOfficeCode {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new ValidationException("officeCode", "Customs office code '" + value
                    + "' is malformed: expected 4 characters, a department prefix (2 digits or a letter and a digit),"
                    + " a letter, then a letter or digit, e.g. 01B1");
        }
    }

    /**
     * Parses a code, ignoring case and surrounding space.
     *
     * @param text the text, e.g. {@code " 01b1 "}
     * @return the code
     * @throws ValidationException if the text is not a legacy office code
     */
    @JsonCreator
    public static LegacyOfficeCode parse(String text) {
        Objects.requireNonNull(text, "text");
        return new LegacyOfficeCode(text.strip().toUpperCase(Locale.ROOT));
    }

    /**
     * Tells whether text is a well-formed legacy office code.
     *
     * @param text the text, may be {@code null}
     * @return {@code true} if {@link #parse(String)} would accept it
     */
    public static boolean isValid(String text) {
        return text != null && FORM.matcher(text.strip().toUpperCase(Locale.ROOT)).matches();
    }

    /**
     * Returns the department prefix, e.g. {@code 01} for the Hà Nội customs department.
     *
     * @return the first two characters
     */
    public String departmentPrefix() {
        return value.substring(0, 2);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
