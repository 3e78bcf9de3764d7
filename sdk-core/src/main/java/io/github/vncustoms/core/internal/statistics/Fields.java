package io.github.vncustoms.core.internal.statistics;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.text.TextProblem;
import io.github.vncustoms.core.text.TextReport;
import io.github.vncustoms.core.text.VietnameseText;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Field checks shared by the records of the statistics area. Stateless, thread-safe.
 */
public final class Fields {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9._-]{0,31}");

    private Fields() {}

    /**
     * Returns text stripped and in NFC, refusing blank or ill-formed Vietnamese Unicode (STA-04).
     * Stripping removes white space, no-break spaces and invisible format characters at both ends.
     *
     * @param value the text
     * @param field the field name for the message
     * @param owner what the field belongs to, for the message
     * @return the normalised text
     * @throws NullPointerException if {@code value} is null
     * @throws ValidationException if the text is blank or not well-formed
     */
    public static String requireText(String value, String field, String owner) {
        Objects.requireNonNull(value, field);
        String text = strip(VietnameseText.normalize(value));
        if (text.isEmpty()) {
            throw new ValidationException(field, "The " + field + " of " + owner + " is blank: expected text");
        }
        return wellFormed(text, field, owner);
    }

    /**
     * Returns text stripped and in NFC, or the empty string for {@code null} or blank text,
     * refusing ill-formed Vietnamese Unicode (STA-04).
     *
     * @param value the text, may be null
     * @param field the field name for the message
     * @param owner what the field belongs to, for the message
     * @return the normalised text, possibly empty
     * @throws ValidationException if the text is not well-formed
     */
    public static String optionalText(String value, String field, String owner) {
        if (value == null) {
            return "";
        }
        String text = strip(VietnameseText.normalize(value));
        return text.isEmpty() ? text : wellFormed(text, field, owner);
    }

    /**
     * Strips white space, no-break spaces and invisible format characters (zero-width space,
     * byte-order mark) from both ends, so that text made only of them counts as blank.
     */
    private static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && invisible(text.charAt(start))) {
            start++;
        }
        while (end > start && invisible(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean invisible(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT;
    }

    private static String wellFormed(String text, String field, String owner) {
        TextReport report = VietnameseText.check(text);
        if (report.isWellFormed()) {
            return text;
        }
        List<String> problems = report.problems().stream().map(TextProblem::explanation).toList();
        throw new ValidationException(field, "The " + field + " of " + owner + " is not well-formed Vietnamese"
                + " Unicode: " + String.join("; ", problems) + ". Expected Vietnamese with diacritics in Unicode"
                + " per TCVN 6909:2001 (QĐ 1991/QĐ-TCHQ Art. 7.3, STA-04)", problems, null);
    }

    /**
     * Checks an identifier: 1–64 characters of A–Z, a–z, 0–9, {@code .}, {@code -}, {@code _},
     * starting with a letter or digit. Kept as given (after stripping), so ids are case-sensitive.
     *
     * @param value the identifier
     * @param field the field name for the message
     * @param owner what the field belongs to, for the message
     * @return the stripped identifier
     * @throws NullPointerException if {@code value} is null
     * @throws ValidationException if the identifier is malformed
     */
    public static String requireId(String value, String field, String owner) {
        Objects.requireNonNull(value, field);
        String id = value.strip();
        if (!ID.matcher(id).matches()) {
            throw new ValidationException(field, "The " + field + " '" + value + "' of " + owner + " is malformed:"
                    + " expected 1–64 characters of A–Z, a–z, 0–9, '.', '-' or '_', starting with a letter or digit");
        }
        return id;
    }

    /**
     * Checks a code (indicator, organisation): 1–32 characters of A–Z, 0–9, {@code .}, {@code -},
     * {@code _}; upper-cased.
     *
     * @param value the code
     * @param field the field name for the message
     * @param owner what the field belongs to, for the message
     * @return the upper-cased code
     * @throws NullPointerException if {@code value} is null
     * @throws ValidationException if the code is malformed
     */
    public static String requireCode(String value, String field, String owner) {
        Objects.requireNonNull(value, field);
        String code = value.strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw new ValidationException(field, "The " + field + " '" + value + "' of " + owner + " is malformed:"
                    + " expected 1–32 characters of A–Z, 0–9, '.', '-' or '_', starting with a letter or digit");
        }
        return code;
    }
}
