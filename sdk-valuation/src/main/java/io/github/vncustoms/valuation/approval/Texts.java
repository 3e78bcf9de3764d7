package io.github.vncustoms.valuation.approval;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.text.VietnameseText;

/** Text checks shared by the approval records. */
final class Texts {
    private Texts() {
    }

    static String require(String field, String value, String expected) {
        if (value == null) {
            throw new NullPointerException(field);
        }
        String cleaned = VietnameseText.normalize(value.strip());
        if (cleaned.isEmpty()) {
            throw new ValidationException(field, "The " + field + " is blank: expected " + expected);
        }
        return cleaned;
    }

    static String optional(String value) {
        return value == null ? "" : VietnameseText.normalize(value.strip());
    }
}
