package io.github.vncustoms.core.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.vncustoms.core.error.ValidationException;
import java.util.Objects;
import java.util.Optional;

/**
 * A goods code (mã số hàng hóa, HS code) of the Vietnamese export-import nomenclature, which
 * extends the Harmonized System through the ASEAN Harmonised Tariff Nomenclature (AHTN): a
 * four-digit heading, a six-digit subheading or an eight-digit national line (see
 * {@link HsCodeLevel}).
 *
 * <p>What is checked, beyond the digit count:
 *
 * <ul>
 *   <li>the chapter (first two digits) is 01–97. Chapter 77 is rejected too: the Harmonized System
 *       reserves it for future use and it holds no goods. Chapter 98 of Vietnam's preferential
 *       tariff schedule lists special rates for goods that also have a code in chapters 01–97;
 *       it is not part of the nomenclature and is rejected, like 00 and 99;
 *   <li>the heading number within the chapter (digits 3–4) is not 00, since headings are
 *       numbered from 01.
 * </ul>
 *
 * <p>Whether a code actually appears in the current nomenclature is not checked: that needs the
 * published list, which changes with each HS edition.
 *
 * <p>Parsing ignores whitespace and dots, so {@code "8471.30.20"}, {@code "8471.30"} and
 * {@code "8471 30 20"} are read. The canonical form, returned by {@link #value()} and
 * {@link #toString()} and written to JSON, is the digits alone; {@link #formatted()} gives the
 * dotted form people read:
 *
 * <pre>{@code
 * HsCode laptop = HsCode.parse("8471.30.20");         // 84713020, NATIONAL_LINE
 * laptop.heading();                                  // 8471
 * laptop.isWithin(HsCode.parse("8471"));             // true
 * laptop.formatted();                                // "8471.30.20"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the canonical form; the constructor also accepts every form {@link #parse(String)}
 *     accepts and stores the canonical one
 */
public record HsCode(String value) {
    private static final String FIELD = "hsCode";
    private static final String EXPECTED = "expected 4 digits (heading), 6 (subheading) or 8 (national line), "
            + "as in 8471, 8471.30 or 8471.30.20";
    private static final int LAST_CHAPTER = 97;
    private static final int RESERVED_CHAPTER = 77;

    /**
     * Validates and normalises the value.
     *
     * @param value the text, in any form {@link #parse(String)} accepts
     * @throws NullPointerException if {@code value} is {@code null}
     * @throws ValidationException if it is not an HS code
     */
    public HsCode {
        Objects.requireNonNull(value, "value");
        String normalised = normalise(value);
        String problem = problem(normalised);
        if (problem != null) {
            throw new ValidationException(FIELD, problem);
        }
        value = normalised;
    }

    /**
     * Parses an HS code, ignoring whitespace and dots.
     *
     * @param text the text, e.g. {@code "8471.30.20"}, {@code "847130"} or {@code "8471"}
     * @return the HS code
     * @throws NullPointerException if {@code text} is {@code null}
     * @throws ValidationException if the text is not an HS code; the message says what was wrong
     *     and what was expected
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static HsCode parse(String text) {
        return new HsCode(text);
    }

    /**
     * Tells whether a text is an HS code that {@link #parse(String)} accepts.
     *
     * @param text the text, may be {@code null}
     * @return {@code true} if it parses; {@code false} for {@code null} or anything else
     */
    public static boolean isValid(String text) {
        return text != null && problem(normalise(text)) == null;
    }

    /**
     * Returns how far down the nomenclature this code goes.
     *
     * @return the level, from the number of digits
     */
    public HsCodeLevel level() {
        return switch (value.length()) {
            case 4 -> HsCodeLevel.HEADING;
            case 6 -> HsCodeLevel.SUBHEADING;
            default -> HsCodeLevel.NATIONAL_LINE;
        };
    }

    /**
     * Returns the chapter.
     *
     * @return 1–97, never 77
     */
    public int chapter() {
        return Integer.parseInt(value.substring(0, 2));
    }

    /**
     * Returns the heading this code belongs to.
     *
     * @return the four-digit heading; this code itself if it is a heading
     */
    public HsCode heading() {
        return truncate(HsCodeLevel.HEADING);
    }

    /**
     * Returns the subheading this code belongs to.
     *
     * @return the six-digit subheading, this code itself if it is one; empty for a heading, which
     *     has no single subheading
     */
    public Optional<HsCode> subheading() {
        return level() == HsCodeLevel.HEADING ? Optional.empty() : Optional.of(truncate(HsCodeLevel.SUBHEADING));
    }

    /**
     * Tells whether this code lies within another, that is whether the other is this code or one
     * of its ancestors: {@code 84713020} is within {@code 847130}, {@code 8471} and itself.
     *
     * @param other the possibly wider code
     * @return {@code true} if this code's digits start with the other's
     * @throws NullPointerException if {@code other} is {@code null}
     */
    public boolean isWithin(HsCode other) {
        Objects.requireNonNull(other, "other");
        return value.startsWith(other.value);
    }

    /**
     * Returns the dotted form people read and write.
     *
     * @return e.g. {@code "8471"}, {@code "8471.30"} or {@code "8471.30.20"}
     */
    public String formatted() {
        return switch (level()) {
            case HEADING -> value;
            case SUBHEADING -> value.substring(0, 4) + "." + value.substring(4);
            case NATIONAL_LINE -> value.substring(0, 4) + "." + value.substring(4, 6) + "." + value.substring(6);
        };
    }

    /**
     * Returns the canonical form, the same as {@link #toString()}.
     *
     * @return the digits, e.g. {@code 84713020}
     */
    @JsonValue
    @Override
    public String value() {
        return value;
    }

    /**
     * Returns the canonical form.
     *
     * @return the digits, e.g. {@code 84713020}
     */
    @Override
    public String toString() {
        return value;
    }

    private HsCode truncate(HsCodeLevel level) {
        return value.length() == level.digits() ? this : new HsCode(value.substring(0, level.digits()));
    }

    private static String normalise(String text) {
        return Inputs.strip(text, ".", false);
    }

    /** Returns what is wrong with a normalised text, or {@code null} if it is an HS code. */
    private static String problem(String digits) {
        int bad = Inputs.firstNonDigit(digits);
        if (bad >= 0) {
            return "HS code " + Inputs.show(digits) + " has " + Inputs.showChar(digits.charAt(bad))
                    + " at position " + (bad + 1) + " (dots and spaces ignored); expected digits only";
        }
        int length = digits.length();
        if (length != 4 && length != 6 && length != 8) {
            return "HS code " + Inputs.show(digits) + " has " + length + " digits; " + EXPECTED;
        }
        int chapter = Integer.parseInt(digits.substring(0, 2));
        if (chapter == RESERVED_CHAPTER) {
            return "HS code " + digits + " is in chapter 77, which the Harmonized System reserves and leaves "
                    + "empty; expected a chapter 01-97 other than 77";
        }
        if (chapter < 1 || chapter > LAST_CHAPTER) {
            return "HS code " + digits + " is in chapter " + digits.substring(0, 2)
                    + "; expected a chapter 01-97 (other than 77)";
        }
        if (digits.startsWith("00", 2)) {
            return "HS code " + digits + " has heading number 00 in chapter " + digits.substring(0, 2)
                    + "; expected a heading number 01-99, as in " + digits.substring(0, 2) + "01";
        }
        return null;
    }
}
