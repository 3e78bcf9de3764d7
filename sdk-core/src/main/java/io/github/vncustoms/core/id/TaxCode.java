package io.github.vncustoms.core.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.vncustoms.core.error.ValidationException;
import java.util.Objects;
import java.util.Optional;

/**
 * A Vietnamese tax code (mã số thuế) in one of the three forms of {@link TaxCodeKind}.
 *
 * <ul>
 *   <li><b>Enterprise</b>: ten digits; the tenth is a check digit over the first nine, weighted
 *       31, 29, 23, 19, 17, 13, 7, 5, 3. With {@code s} the weighted sum, the check digit is
 *       {@code 10 - (s mod 11)}. When {@code s} is a multiple of 11 that gives 10, which is no
 *       digit: such a nine-digit prefix has no valid check digit and is never issued, so every
 *       ten-digit code built on it is rejected. Because every weight is non-zero modulo 11, any
 *       single wrong digit is detected. The first two digits (the issuing province range) are not
 *       checked against a list.
 *   <li><b>Branch</b>: a valid enterprise code, a hyphen and a branch number {@code 001}–{@code 999}
 *       ({@code 000} is never issued). The thirteen digits without the hyphen, as VNACCS
 *       declaration fields carry them, are accepted too; the canonical form keeps the hyphen.
 *       The branch number has no check digit.
 *   <li><b>Personal ID</b>: twelve digits, the personal identification number that replaces an
 *       individual's tax code from 1 July 2025. Only the form is checked: twelve digits whose first
 *       three, the province of registration, lie in {@code 001}–{@code 096}. The number has no check
 *       digit, and the gaps in the province list are not checked, since that list changed with the
 *       2025 merger of provinces.
 * </ul>
 *
 * <p>Whitespace anywhere is ignored. The canonical form, returned by {@link #value()} and
 * {@link #toString()} and written to JSON, is the digits with the hyphen for a branch:
 *
 * <pre>{@code
 * TaxCode viettel = TaxCode.parse("0100109106");
 * TaxCode branch = TaxCode.parse("0100109106001");      // 0100109106-001
 * branch.kind();                                       // BRANCH
 * branch.parent();                                     // Optional[0100109106]
 * TaxCode.parse("0100109107");   // ValidationException: ... has check digit 7 but its first nine digits require 6
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the canonical form; the constructor also accepts every form {@link #parse(String)}
 *     accepts and stores the canonical one
 */
public record TaxCode(String value) {
    private static final String FIELD = "taxCode";
    private static final String EXPECTED =
            "expected 10 digits (enterprise), 10 digits, a hyphen and 3 digits (branch, as in 0100109106-001) "
                    + "or 12 digits (personal ID number)";
    private static final int[] WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};
    private static final int ENTERPRISE_LENGTH = 10;
    private static final int BRANCH_LENGTH = 13;
    private static final int PERSONAL_ID_LENGTH = 12;
    private static final int HIGHEST_PROVINCE = 96;

    /**
     * Validates and normalises the value.
     *
     * @param value the text, in any form {@link #parse(String)} accepts
     * @throws NullPointerException if {@code value} is {@code null}
     * @throws ValidationException if it is not a tax code
     */
    public TaxCode {
        Objects.requireNonNull(value, "value");
        value = canonical(value);
    }

    /**
     * Parses a tax code in any accepted form.
     *
     * @param text the text, e.g. {@code "0100109106"}, {@code "0100109106-001"},
     *     {@code "0100109106001"} or {@code "001085012345"}
     * @return the tax code
     * @throws NullPointerException if {@code text} is {@code null}
     * @throws ValidationException if the text is not a tax code; the message says what was wrong
     *     and what was expected
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static TaxCode parse(String text) {
        return new TaxCode(text);
    }

    /**
     * Tells whether a text is a tax code that {@link #parse(String)} accepts.
     *
     * @param text the text, may be {@code null}
     * @return {@code true} if it parses; {@code false} for {@code null} or anything else
     */
    public static boolean isValid(String text) {
        return text != null && problem(Inputs.strip(text, "", false)) == null;
    }

    /**
     * Tells whether a nine-digit enterprise prefix has a check digit, that is whether its weighted
     * sum is not a multiple of 11.
     *
     * @param firstNineDigits nine ASCII digits
     * @return {@code true} if some ten-digit code starts with these digits
     * @throws NullPointerException if the argument is {@code null}
     * @throws ValidationException if the argument is not nine digits
     */
    public static boolean hasCheckDigit(String firstNineDigits) {
        return rawCheckDigit(requireNineDigits(firstNineDigits)) < 10;
    }

    /**
     * Computes the check digit of a nine-digit enterprise prefix.
     *
     * @param firstNineDigits nine ASCII digits
     * @return the check digit, 0–9
     * @throws NullPointerException if the argument is {@code null}
     * @throws ValidationException if the argument is not nine digits, or if its weighted sum is a
     *     multiple of 11 so that no check digit exists (see {@link #hasCheckDigit(String)})
     */
    public static int checkDigit(String firstNineDigits) {
        int check = rawCheckDigit(requireNineDigits(firstNineDigits));
        if (check == 10) {
            throw new ValidationException(FIELD, "Tax code prefix " + firstNineDigits
                    + " has a weighted sum divisible by 11, so no check digit exists and it is never issued; "
                    + "expected a prefix whose check digit 10 - (sum mod 11) is 0-9");
        }
        return check;
    }

    /**
     * Returns the form of this tax code.
     *
     * @return the kind, never {@code null}
     */
    public TaxCodeKind kind() {
        return switch (value.length()) {
            case ENTERPRISE_LENGTH -> TaxCodeKind.ENTERPRISE;
            case PERSONAL_ID_LENGTH -> TaxCodeKind.PERSONAL_ID;
            default -> TaxCodeKind.BRANCH;
        };
    }

    /**
     * Returns the enterprise a branch belongs to.
     *
     * @return the ten-digit parent code for a {@link TaxCodeKind#BRANCH}; empty for the other kinds
     */
    public Optional<TaxCode> parent() {
        return kind() == TaxCodeKind.BRANCH
                ? Optional.of(new TaxCode(value.substring(0, ENTERPRISE_LENGTH)))
                : Optional.empty();
    }

    /**
     * Returns the tax code of one of this enterprise's branches.
     *
     * @param branchNumber the branch number, 1–999
     * @return the branch code, e.g. {@code 0100109106-001}
     * @throws ValidationException if this is not an {@link TaxCodeKind#ENTERPRISE} code or the
     *     number is outside 1–999
     */
    public TaxCode branch(int branchNumber) {
        if (kind() != TaxCodeKind.ENTERPRISE) {
            throw new ValidationException(FIELD, "Tax code " + value + " is a " + kind()
                    + " code; expected an ENTERPRISE code to derive a branch code from");
        }
        if (branchNumber < 1 || branchNumber > 999) {
            throw new ValidationException("branchNumber", "Branch number " + branchNumber
                    + " is out of range; expected 1-999");
        }
        return new TaxCode(value + "-" + String.format("%03d", branchNumber));
    }

    /**
     * Returns the digits alone: the canonical form without a branch code's hyphen, as VNACCS
     * declaration fields carry it.
     *
     * @return 10, 12 or 13 digits
     */
    public String digits() {
        return value.replace("-", "");
    }

    /**
     * Returns the canonical form, the same as {@link #toString()}.
     *
     * @return the canonical form, e.g. {@code 0100109106-001}
     */
    @JsonValue
    @Override
    public String value() {
        return value;
    }

    /**
     * Returns the canonical form.
     *
     * @return the canonical form, e.g. {@code 0100109106-001}
     */
    @Override
    public String toString() {
        return value;
    }

    private static String canonical(String text) {
        String stripped = Inputs.strip(text, "", false);
        String problem = problem(stripped);
        if (problem != null) {
            throw new ValidationException(FIELD, problem);
        }
        String digits = stripped.replace("-", "");
        return digits.length() == BRANCH_LENGTH
                ? digits.substring(0, ENTERPRISE_LENGTH) + "-" + digits.substring(ENTERPRISE_LENGTH)
                : digits;
    }

    /** Returns what is wrong with a whitespace-free text, or {@code null} if it is a tax code. */
    private static String problem(String text) {
        if (text.isEmpty()) {
            return "Tax code is empty; " + EXPECTED;
        }
        int hyphen = text.indexOf('-');
        if (hyphen >= 0 && (hyphen != ENTERPRISE_LENGTH || text.length() != BRANCH_LENGTH + 1)) {
            return "Tax code " + Inputs.show(text) + " has a hyphen at position " + (hyphen + 1)
                    + "; expected one only between the 10-digit enterprise code and the 3-digit branch number, "
                    + "as in 0100109106-001";
        }
        String digits = hyphen >= 0 ? text.substring(0, hyphen) + text.substring(hyphen + 1) : text;
        int bad = Inputs.firstNonDigit(digits);
        if (bad >= 0) {
            int position = hyphen >= 0 && bad >= hyphen ? bad + 2 : bad + 1;
            return "Tax code " + Inputs.show(text) + " has " + Inputs.showChar(digits.charAt(bad))
                    + " at position " + position + "; expected only digits, and a hyphen only before a branch number";
        }
        return switch (digits.length()) {
            case ENTERPRISE_LENGTH -> checkDigitProblem("Tax code", digits);
            case BRANCH_LENGTH -> branchProblem(digits);
            case PERSONAL_ID_LENGTH -> personalIdProblem(digits);
            default -> "Tax code " + Inputs.show(text) + " has " + digits.length() + " digits; " + EXPECTED;
        };
    }

    private static String branchProblem(String digits) {
        String shown = digits.substring(0, ENTERPRISE_LENGTH) + "-" + digits.substring(ENTERPRISE_LENGTH);
        String parentProblem = checkDigitProblem("Branch tax code " + shown + ": its enterprise part",
                digits.substring(0, ENTERPRISE_LENGTH));
        if (parentProblem != null) {
            return parentProblem;
        }
        if (digits.endsWith("000")) {
            return "Branch tax code " + shown + " has branch number 000, which is never issued; "
                    + "expected a branch number 001-999";
        }
        return null;
    }

    private static String personalIdProblem(String digits) {
        int province = Integer.parseInt(digits.substring(0, 3));
        if (province < 1 || province > HIGHEST_PROVINCE) {
            return "Personal ID number " + digits + " starts with province code " + digits.substring(0, 3)
                    + "; expected a personal ID number starting with a province code 001-096";
        }
        return null;
    }

    private static String checkDigitProblem(String subject, String tenDigits) {
        int required = rawCheckDigit(tenDigits.substring(0, 9));
        int actual = tenDigits.charAt(9) - '0';
        if (required == 10) {
            return subject + " " + tenDigits + " cannot be valid: the weighted sum of its first nine digits is "
                    + "divisible by 11, so they have no check digit and are never issued; "
                    + "expected a code whose first nine digits have a check digit 0-9";
        }
        if (required != actual) {
            return subject + " " + tenDigits + " has check digit " + actual
                    + " but its first nine digits require " + required;
        }
        return null;
    }

    /** {@code 10 - (s mod 11)} for the weighted sum {@code s}: 0–9, or 10 when no check digit exists. */
    private static int rawCheckDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += WEIGHTS[i] * (nineDigits.charAt(i) - '0');
        }
        return 10 - sum % 11;
    }

    private static String requireNineDigits(String text) {
        Objects.requireNonNull(text, "firstNineDigits");
        if (text.length() != 9 || Inputs.firstNonDigit(text) >= 0) {
            throw new ValidationException("firstNineDigits", "Tax code prefix " + Inputs.show(text)
                    + " is not nine digits; expected exactly nine ASCII digits");
        }
        return text;
    }
}
