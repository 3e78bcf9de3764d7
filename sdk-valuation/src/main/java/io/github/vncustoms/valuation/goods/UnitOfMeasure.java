package io.github.vncustoms.valuation.goods;

import io.github.vncustoms.core.error.ValidationException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A unit of measure, by its UN/ECE Recommendation 20 code as declarations carry it ({@code KGM},
 * {@code TNE}, {@code PCE}, {@code SET}, {@code LTR}, {@code MTR}, {@code MTK}, ...). Prices per
 * different units are never compared without an explicit conversion.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the code, two or three upper-case letters or digits
 */
public record UnitOfMeasure(String code) {
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{2,3}");

    /** Kilogram. */
    public static final UnitOfMeasure KILOGRAM = new UnitOfMeasure("KGM");
    /** Tonne. */
    public static final UnitOfMeasure TONNE = new UnitOfMeasure("TNE");
    /** Piece. */
    public static final UnitOfMeasure PIECE = new UnitOfMeasure("PCE");
    /** Set. */
    public static final UnitOfMeasure SET = new UnitOfMeasure("SET");
    /** Litre. */
    public static final UnitOfMeasure LITRE = new UnitOfMeasure("LTR");
    /** Metre. */
    public static final UnitOfMeasure METRE = new UnitOfMeasure("MTR");
    /** Square metre. */
    public static final UnitOfMeasure SQUARE_METRE = new UnitOfMeasure("MTK");
    /** Unit (a vehicle, a machine). */
    public static final UnitOfMeasure UNIT = new UnitOfMeasure("C62");

    /**
     * Validates and upper-cases the code.
     *
     * @throws ValidationException if it is not two or three letters or digits
     */
    public UnitOfMeasure {
        Objects.requireNonNull(code, "code");
        code = code.strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw new ValidationException("unit", "Unit of measure '" + code
                    + "' is malformed: expected a UN/ECE Rec. 20 code of 2–3 letters or digits, e.g. KGM, PCE, SET");
        }
    }

    /**
     * Parses a unit code.
     *
     * @param code e.g. {@code "kgm"}
     * @return the unit
     * @throws ValidationException if malformed
     */
    public static UnitOfMeasure of(String code) {
        return new UnitOfMeasure(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
