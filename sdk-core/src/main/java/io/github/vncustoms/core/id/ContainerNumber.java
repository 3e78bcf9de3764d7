package io.github.vncustoms.core.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.vncustoms.core.error.ValidationException;
import java.util.Objects;

/**
 * An ISO 6346 container number (số container), e.g. {@code CSQU3054383}: a three-letter owner
 * code, an equipment category identifier ({@code U} freight container, {@code J} detachable
 * freight-container-related equipment, {@code Z} trailer or chassis), a six-digit serial number
 * and a check digit.
 *
 * <p>The check digit: each of the first ten characters gets a value (digits their own value;
 * letters {@code A}=10, {@code B}=12, {@code C}=13 ... {@code Z}=38, counting up from 10 and
 * skipping the multiples of 11), multiplied by {@code 2^position} (position 0–9); the sum modulo
 * 11 is the check digit, a remainder of 10 giving 0. ISO 6346 advises owners not to issue serials
 * whose remainder is 10, but such numbers exist, so they are accepted with check digit 0.
 *
 * <p>The scheme has two blind spots, inherent in ISO 6346 and not in this class: an owner-code
 * letter swapped for one whose value differs by a multiple of 11 (say {@code C}=13 and
 * {@code M}=24) leaves the check digit unchanged, and so does a change that moves a remainder of
 * 10 to 0 or back. Every other single-character change is detected.
 *
 * <p>Parsing ignores case, whitespace and hyphens, so {@code "msku 123456-5"} reads as
 * {@code MSKU1234565}. The canonical form, returned by {@link #value()} and {@link #toString()}
 * and written to JSON, is the eleven characters upper-case without separators:
 *
 * <pre>{@code
 * ContainerNumber c = ContainerNumber.parse("csqu 305438-3");   // CSQU3054383
 * c.owner();           // "CSQ"
 * ContainerNumber.checkDigit("CSQU305438");                    // 3
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the canonical form; the constructor also accepts every form {@link #parse(String)}
 *     accepts and stores the canonical one
 */
public record ContainerNumber(String value) {
    private static final String FIELD = "containerNumber";
    private static final String EXPECTED = "expected 3 owner-code letters, an equipment category U, J or Z, "
            + "6 serial digits and a check digit, as in CSQU3054383";
    private static final int LENGTH = 11;
    private static final String CATEGORIES = "UJZ";

    /**
     * Validates and normalises the value.
     *
     * @param value the text, in any form {@link #parse(String)} accepts
     * @throws NullPointerException if {@code value} is {@code null}
     * @throws ValidationException if it is not a valid container number
     */
    public ContainerNumber {
        Objects.requireNonNull(value, "value");
        String normalised = normalise(value);
        String problem = problem(normalised);
        if (problem != null) {
            throw new ValidationException(FIELD, problem);
        }
        value = normalised;
    }

    /**
     * Parses a container number, ignoring case, whitespace and hyphens.
     *
     * @param text the text, e.g. {@code "CSQU3054383"} or {@code "csqu 305438-3"}
     * @return the container number
     * @throws NullPointerException if {@code text} is {@code null}
     * @throws ValidationException if the text is not a container number with a correct check
     *     digit; the message says what was wrong and what was expected
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ContainerNumber parse(String text) {
        return new ContainerNumber(text);
    }

    /**
     * Tells whether a text is a container number that {@link #parse(String)} accepts.
     *
     * @param text the text, may be {@code null}
     * @return {@code true} if it parses; {@code false} for {@code null} or anything else
     */
    public static boolean isValid(String text) {
        return text != null && problem(normalise(text)) == null;
    }

    /**
     * Builds a container number from its parts, computing the check digit.
     *
     * @param owner the three-letter owner code, e.g. {@code "CSQ"}
     * @param category the equipment category identifier, {@code U}, {@code J} or {@code Z}
     * @param serial the six-digit serial number, e.g. {@code "305438"}
     * @return the container number
     * @throws NullPointerException if {@code owner} or {@code serial} is {@code null}
     * @throws ValidationException if a part is malformed
     */
    public static ContainerNumber of(String owner, char category, String serial) {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(serial, "serial");
        String firstTen = owner + category + serial;
        return new ContainerNumber(firstTen + checkDigit(firstTen));
    }

    /**
     * Computes the ISO 6346 check digit of the first ten characters of a container number.
     *
     * @param firstTen owner code, category and serial, e.g. {@code "CSQU305438"}; case, whitespace
     *     and hyphens are ignored
     * @return the check digit, 0–9 (a remainder of 10 gives 0)
     * @throws NullPointerException if {@code firstTen} is {@code null}
     * @throws ValidationException if the text is not three letters, {@code U}/{@code J}/{@code Z}
     *     and six digits
     */
    public static int checkDigit(String firstTen) {
        Objects.requireNonNull(firstTen, "firstTen");
        String normalised = normalise(firstTen);
        String problem = normalised.length() == LENGTH - 1
                ? formatProblem("Container number prefix " + Inputs.show(normalised), normalised)
                : "Container number prefix " + Inputs.show(firstTen) + " has " + normalised.length()
                        + " characters; expected 10: 3 owner-code letters, U, J or Z, and 6 serial digits";
        if (problem != null) {
            throw new ValidationException(FIELD, problem);
        }
        return remainder(normalised) % 10;
    }

    /**
     * Returns the owner code.
     *
     * @return three upper-case letters, e.g. {@code "CSQ"}
     */
    public String owner() {
        return value.substring(0, 3);
    }

    /**
     * Returns the equipment category identifier.
     *
     * @return {@code 'U'}, {@code 'J'} or {@code 'Z'}
     */
    public char category() {
        return value.charAt(3);
    }

    /**
     * Returns the serial number.
     *
     * @return six digits, leading zeros kept, e.g. {@code "305438"}
     */
    public String serial() {
        return value.substring(4, 10);
    }

    /**
     * Returns the check digit.
     *
     * @return 0–9
     */
    public int checkDigit() {
        return value.charAt(10) - '0';
    }

    /**
     * Returns the canonical form, the same as {@link #toString()}.
     *
     * @return eleven upper-case characters, e.g. {@code CSQU3054383}
     */
    @JsonValue
    @Override
    public String value() {
        return value;
    }

    /**
     * Returns the canonical form.
     *
     * @return eleven upper-case characters, e.g. {@code CSQU3054383}
     */
    @Override
    public String toString() {
        return value;
    }

    private static String normalise(String text) {
        return Inputs.strip(text, "-", true);
    }

    /** Returns what is wrong with a normalised text, or {@code null} if it is a container number. */
    private static String problem(String text) {
        if (text.length() != LENGTH) {
            return "Container number " + Inputs.show(text) + " has " + text.length() + " characters; " + EXPECTED;
        }
        String formatProblem = formatProblem("Container number " + Inputs.show(text), text);
        if (formatProblem != null) {
            return formatProblem;
        }
        char check = text.charAt(LENGTH - 1);
        if (!Inputs.isDigit(check)) {
            return "Container number " + text + " has check digit " + Inputs.showChar(check) + "; " + EXPECTED;
        }
        int required = remainder(text) % 10;
        if (check - '0' != required) {
            return "Container number " + text + " has check digit " + check + " but ISO 6346 requires "
                    + required + " for " + text.substring(0, LENGTH - 1);
        }
        return null;
    }

    /** Checks the first ten characters of a normalised number; {@code subject} names it in messages. */
    private static String formatProblem(String subject, String firstTen) {
        for (int i = 0; i < 3; i++) {
            if (!Inputs.isLetter(firstTen.charAt(i))) {
                return subject + " has " + Inputs.showChar(firstTen.charAt(i))
                        + " at position " + (i + 1) + " of the owner code; expected letters A-Z";
            }
        }
        if (CATEGORIES.indexOf(firstTen.charAt(3)) < 0) {
            return subject + " has equipment category "
                    + Inputs.showChar(firstTen.charAt(3)) + "; expected U (freight container), "
                    + "J (detachable freight-container-related equipment) or Z (trailer or chassis)";
        }
        for (int i = 4; i < LENGTH - 1; i++) {
            if (!Inputs.isDigit(firstTen.charAt(i))) {
                return subject + " has " + Inputs.showChar(firstTen.charAt(i))
                        + " at position " + (i + 1) + "; expected a serial number of 6 digits at positions 5-10";
            }
        }
        return null;
    }

    /** The weighted sum of the first ten characters modulo 11: 0–10. */
    private static int remainder(String text) {
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum += characterValue(text.charAt(i)) << i;
        }
        return sum % 11;
    }

    /** Digits count as themselves; letters count up from A=10, skipping 11, 22 and 33. */
    private static int characterValue(char c) {
        if (Inputs.isDigit(c)) {
            return c - '0';
        }
        int value = 10 + (c - 'A');
        for (int multiple = 11; multiple <= value; multiple += 11) {
            value++;
        }
        return value;
    }
}
