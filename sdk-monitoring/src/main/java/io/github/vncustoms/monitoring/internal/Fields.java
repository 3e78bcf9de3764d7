package io.github.vncustoms.monitoring.internal;

import io.github.vncustoms.core.error.ValidationException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

/** Field checks shared by the monitoring records. Not API. */
public final class Fields {
    private static final Pattern CHECKSUM = Pattern.compile("[A-Za-z0-9:+/=_-]{1,256}");
    private static final int MAX_NAME = 255;
    private static final int MAX_TEXT = 2000;

    private Fields() {
    }

    // Every event goes through these checks (4,000,000 a day), so they are loops rather than
    // regular expressions and streams, which allocate on each call.

    /** [A-Z0-9] then [A-Z0-9] or one of {@code others}, {@code min} to {@code max} characters. */
    private static boolean code(String v, int min, int max, String others) {
        if (v.length() < min || v.length() > max) {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || i > 0 && others.indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasControl(String v) {
        for (int i = 0; i < v.length(); i++) {
            if (Character.isISOControl(v.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Normalises a unit code (strip, upper case) and checks its form.
     *
     * @param value the code
     * @param field the field name for the error
     * @return the normalised code
     */
    public static String unit(String value, String field) {
        String v = require(value, field).toUpperCase(Locale.ROOT);
        if (!code(v, 2, 16, "._-")) {
            throw new ValidationException(field, "Unit code '" + value + "' in " + field
                    + " is malformed: expected 2 to 16 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        return v;
    }

    /**
     * Normalises a business system code (strip, upper case) and checks its form.
     *
     * @param value the code
     * @return the normalised code
     */
    public static String system(String value) {
        String v = require(value, "system").toUpperCase(Locale.ROOT);
        if (!code(v, 1, 32, "/_-")) {
            throw new ValidationException("system", "Business system code '" + value
                    + "' is malformed: expected 1 to 32 letters, digits, '/', '_' or '-', such as SLXNK or QLRR");
        }
        return v;
    }

    /**
     * Checks an identifier such as a run id: not blank, at most 100 characters, no control characters.
     *
     * @param value the value
     * @param field the field name
     * @return the stripped value
     */
    public static String id(String value, String field) {
        String v = require(value, field);
        if (v.length() > 100 || hasControl(v)) {
            throw new ValidationException(field, field + " '" + v + "' is not a usable identifier: expected at most 100 characters and no control characters");
        }
        return v;
    }

    /**
     * Checks a file name: not blank, at most 255 characters, no control characters; NFC-normalised.
     *
     * @param value the file name
     * @param field the field name
     * @return the stripped, NFC-normalised name
     */
    public static String fileName(String value, String field) {
        String v = Normalizer.normalize(require(value, field), Normalizer.Form.NFC);
        if (v.length() > MAX_NAME || hasControl(v)) {
            throw new ValidationException(field, "File name '" + v + "' is not usable: expected 1 to " + MAX_NAME
                    + " characters and no control characters");
        }
        return v;
    }

    /**
     * Checks an optional checksum; {@code null} or blank means unknown and becomes {@code ""}.
     *
     * @param value the checksum
     * @param field the field name
     * @return the stripped checksum, or {@code ""}
     */
    public static String checksum(String value, String field) {
        if (value == null || value.isBlank()) {
            return "";
        }
        String v = value.strip();
        if (!CHECKSUM.matcher(v).matches()) {
            throw new ValidationException(field, "Checksum '" + v + "' is malformed: expected hex or base64 digits, optionally"
                    + " prefixed by the algorithm (e.g. sha256:9f86d0...), at most 256 characters");
        }
        return v;
    }

    /**
     * Checks optional free text; {@code null} becomes {@code ""}; NFC-normalised.
     *
     * @param value the text
     * @param field the field name
     * @return the stripped text or {@code ""}
     */
    public static String text(String value, String field) {
        if (value == null) {
            return "";
        }
        String v = Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
        if (v.length() > MAX_TEXT) {
            throw new ValidationException(field, field + " is " + v.length() + " characters long: expected at most " + MAX_TEXT);
        }
        return v;
    }

    /**
     * Checks a size in bytes.
     *
     * @param size the size
     * @param field the field name
     * @return the size
     */
    public static long size(long size, String field) {
        if (size < 0) {
            throw new ValidationException(field, field + " is " + size + " bytes: expected 0 or more");
        }
        return size;
    }

    /**
     * Checks a count.
     *
     * @param count the count
     * @param field the field name
     * @return the count
     */
    public static int count(int count, String field) {
        if (count < 0) {
            throw new ValidationException(field, field + " is " + count + ": expected 0 or more");
        }
        return count;
    }

    /**
     * Checks that an instant is present.
     *
     * @param at the instant
     * @param field the field name
     * @return the instant
     */
    public static Instant instant(Instant at, String field) {
        if (at == null) {
            throw new ValidationException(field, field + " is missing: expected an instant");
        }
        return at;
    }

    /**
     * Checks that an interval's end is not before its start.
     *
     * @param start the start
     * @param end the end
     * @param what what the interval is, for the message
     */
    public static void interval(Instant start, Instant end, String what) {
        instant(start, what + " start");
        instant(end, what + " end");
        if (end.isBefore(start)) {
            throw new ValidationException(what, what + " ends at " + end + " before it starts at " + start
                    + ": expected the end at or after the start");
        }
    }

    /**
     * Checks that a value is present.
     *
     * @param value the value
     * @param field the field name
     * @param expected what was expected, for the message
     * @param <T> the type
     * @return the value
     */
    public static <T> T present(T value, String field, String expected) {
        if (value == null) {
            throw new ValidationException(field, field + " is missing: expected " + expected);
        }
        return value;
    }

    /**
     * Checks that a string is present and not blank.
     *
     * @param value the value
     * @param field the field name
     * @return the stripped value
     */
    public static String require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, field + " is missing: expected a value");
        }
        return value.strip();
    }
}
