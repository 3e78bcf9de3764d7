package io.github.vncustoms.core.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.vncustoms.core.error.ValidationException;
import java.util.Objects;

/**
 * A VNACCS customs declaration number (số tờ khai hải quan), e.g. {@code 103456789012}: twelve
 * digits, the first eleven issued by VNACCS when the declaration is registered and the twelfth the
 * number of times the declaration has been amended (số lần khai bổ sung), 0–9.
 *
 * <p>Only the form is checked: the number has no check digit, and the eleven-digit base follows no
 * published rule that an offline check could apply. Whitespace anywhere is ignored. The canonical
 * form, returned by {@link #value()} and {@link #toString()} and written to JSON, is the twelve
 * digits:
 *
 * <pre>{@code
 * DeclarationNumber original = DeclarationNumber.parse("103456789010");
 * original.amendmentCount();                 // 0
 * DeclarationNumber amended = original.withAmendment(1);   // 103456789011
 * amended.baseNumber().equals(original.baseNumber());     // true
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the canonical form; the constructor also accepts every form {@link #parse(String)}
 *     accepts and stores the canonical one
 */
public record DeclarationNumber(String value) {
    private static final String FIELD = "declarationNumber";
    private static final int LENGTH = 12;
    private static final int BASE_LENGTH = 11;
    private static final int MAX_AMENDMENTS = 9;

    /**
     * Validates and normalises the value.
     *
     * @param value the text, in any form {@link #parse(String)} accepts
     * @throws NullPointerException if {@code value} is {@code null}
     * @throws ValidationException if it is not a declaration number
     */
    public DeclarationNumber {
        Objects.requireNonNull(value, "value");
        String normalised = Inputs.strip(value, "", false);
        String problem = problem(normalised);
        if (problem != null) {
            throw new ValidationException(FIELD, problem);
        }
        value = normalised;
    }

    /**
     * Parses a declaration number, ignoring whitespace.
     *
     * @param text the text, e.g. {@code "103456789012"}
     * @return the declaration number
     * @throws NullPointerException if {@code text} is {@code null}
     * @throws ValidationException if the text is not twelve digits; the message says what was wrong
     *     and what was expected
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static DeclarationNumber parse(String text) {
        return new DeclarationNumber(text);
    }

    /**
     * Tells whether a text is a declaration number that {@link #parse(String)} accepts.
     *
     * @param text the text, may be {@code null}
     * @return {@code true} if it parses; {@code false} for {@code null} or anything else
     */
    public static boolean isValid(String text) {
        return text != null && problem(Inputs.strip(text, "", false)) == null;
    }

    /**
     * Builds a declaration number from its base and amendment count.
     *
     * @param baseNumber the eleven digits VNACCS issued
     * @param amendmentCount the number of amendments, 0–9
     * @return the declaration number
     * @throws NullPointerException if {@code baseNumber} is {@code null}
     * @throws ValidationException if the base is not eleven digits or the count is outside 0–9
     */
    public static DeclarationNumber of(String baseNumber, int amendmentCount) {
        Objects.requireNonNull(baseNumber, "baseNumber");
        if (baseNumber.length() != BASE_LENGTH || Inputs.firstNonDigit(baseNumber) >= 0) {
            throw new ValidationException("baseNumber", "Declaration base number " + Inputs.show(baseNumber)
                    + " is not 11 digits; expected the 11 digits VNACCS issued");
        }
        return new DeclarationNumber(baseNumber + requireAmendmentCount(amendmentCount));
    }

    /**
     * Returns the number VNACCS issued, the same for the declaration and all its amendments.
     *
     * @return the first eleven digits
     */
    public String baseNumber() {
        return value.substring(0, BASE_LENGTH);
    }

    /**
     * Returns how many times the declaration has been amended.
     *
     * @return the twelfth digit, 0–9
     */
    public int amendmentCount() {
        return value.charAt(BASE_LENGTH) - '0';
    }

    /**
     * Returns the number of the same declaration after a given number of amendments.
     *
     * @param amendmentCount the number of amendments, 0–9
     * @return the number with the same base and the given twelfth digit
     * @throws ValidationException if the count is outside 0–9
     */
    public DeclarationNumber withAmendment(int amendmentCount) {
        return new DeclarationNumber(baseNumber() + requireAmendmentCount(amendmentCount));
    }

    /**
     * Returns the canonical form, the same as {@link #toString()}.
     *
     * @return the twelve digits
     */
    @JsonValue
    @Override
    public String value() {
        return value;
    }

    /**
     * Returns the canonical form.
     *
     * @return the twelve digits
     */
    @Override
    public String toString() {
        return value;
    }

    private static int requireAmendmentCount(int amendmentCount) {
        if (amendmentCount < 0 || amendmentCount > MAX_AMENDMENTS) {
            throw new ValidationException("amendmentCount", "Amendment count " + amendmentCount
                    + " is out of range; expected 0-9, the twelfth digit of the declaration number");
        }
        return amendmentCount;
    }

    /** Returns what is wrong with a whitespace-free text, or {@code null} if it is a declaration number. */
    private static String problem(String digits) {
        int bad = Inputs.firstNonDigit(digits);
        if (bad >= 0) {
            return "Declaration number " + Inputs.show(digits) + " has " + Inputs.showChar(digits.charAt(bad))
                    + " at position " + (bad + 1) + "; expected 12 digits: the 11-digit number VNACCS issued "
                    + "and the amendment count";
        }
        if (digits.length() != LENGTH) {
            return "Declaration number " + Inputs.show(digits) + " has " + digits.length()
                    + " digits; expected 12: the 11-digit number VNACCS issued and the amendment count";
        }
        return null;
    }
}
