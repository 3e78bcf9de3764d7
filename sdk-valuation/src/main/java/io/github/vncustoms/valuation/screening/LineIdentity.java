package io.github.vncustoms.valuation.screening;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.id.DeclarationNumber;
import io.github.vncustoms.valuation.goods.GoodsDescriptor;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Which declaration line a screening outcome is about: the declaration number, the line number, the
 * goods and the declaration day. It deliberately leaves out the declared value, so that an outcome
 * holds no amount of money at all (VAL-12).
 *
 * <p>Immutable and thread-safe.
 *
 * @param declarationNumber the VNACCS declaration number, twelve digits, or empty
 * @param lineNumber the line's number on the declaration, from 1
 * @param goods the goods as declared
 * @param declarationDay the day of the declaration
 */
public record LineIdentity(String declarationNumber, int lineNumber, GoodsDescriptor goods, LocalDate declarationDay) {
    /**
     * Validates the identity and puts a non-empty declaration number in its canonical form.
     *
     * @throws NullPointerException if any argument is {@code null}
     * @throws ValidationException if the declaration number is neither empty nor twelve digits, or the
     *     line number is below 1
     */
    public LineIdentity {
        Objects.requireNonNull(declarationNumber, "declarationNumber");
        Objects.requireNonNull(goods, "goods");
        Objects.requireNonNull(declarationDay, "declarationDay");
        declarationNumber = canonicalNumber(declarationNumber);
        requireLineNumber(lineNumber, declarationNumber);
    }

    /**
     * Describes the line for people.
     *
     * @return e.g. {@code "line 3 of declaration 103456789010"}, or {@code "line 3"} without a number
     */
    public String describe() {
        return declarationNumber.isEmpty() ? "line " + lineNumber : "line " + lineNumber + " of declaration " + declarationNumber;
    }

    static String canonicalNumber(String number) {
        if (number.isEmpty()) {
            return number;
        }
        if (number.length() == 12 && allDigits(number)) {
            return number;
        }
        String stripped = number.strip();
        return stripped.isEmpty() ? stripped : DeclarationNumber.parse(stripped).value();
    }

    static void requireLineNumber(int lineNumber, String declarationNumber) {
        if (lineNumber < 1) {
            throw new ValidationException("lineNumber", "Line number " + lineNumber
                    + (declarationNumber.isEmpty() ? "" : " of declaration " + declarationNumber)
                    + " is out of range: expected a line number from 1");
        }
    }

    private static boolean allDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
