package io.github.vncustoms.core.org;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.text.VietnameseText;
import java.util.Objects;

/** Field checks shared by the records of this package. */
final class Texts {
    private Texts() {}

    /** Returns the value stripped and in NFC (STA-04), or throws if it is blank. */
    static String require(String value, String field, String owner) {
        Objects.requireNonNull(value, field);
        String stripped = VietnameseText.normalize(value.strip());
        if (stripped.isEmpty()) {
            throw new ValidationException(field, "The " + field + " of " + owner + " is blank: expected text");
        }
        return stripped;
    }

    /** Returns the value stripped and in NFC, or the empty string for null. */
    static String optional(String value) {
        return value == null ? "" : VietnameseText.normalize(value.strip());
    }
}
