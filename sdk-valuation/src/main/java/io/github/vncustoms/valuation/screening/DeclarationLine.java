package io.github.vncustoms.valuation.screening;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.id.DeclarationNumber;
import io.github.vncustoms.core.money.Money;
import io.github.vncustoms.valuation.goods.GoodsDescriptor;
import io.github.vncustoms.valuation.goods.UnitOfMeasure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One line (dòng hàng) of an import or export declaration as the declarant declared it: the goods,
 * their declared unit value, quantity and unit, and the day of the declaration. This is the input to
 * {@link Screener#screen}; it is the only type of this package that carries an amount of money, and
 * that amount is the declarant's own value, never one customs would substitute for it (VAL-12).
 *
 * <pre>{@code
 * DeclarationLine line = new DeclarationLine("103456789010", 1, phone, Money.of("182.50", "USD"),
 *         new BigDecimal("200"), UnitOfMeasure.PIECE, LocalDate.of(2026, 3, 2));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param declarationNumber the VNACCS declaration number, twelve digits, or empty when the line is
 *     screened before the declaration is registered
 * @param lineNumber the line's number on the declaration, from 1
 * @param goods the goods as declared
 * @param declaredUnitValue the declared value per one {@code unit}, positive, in the invoice currency
 * @param quantity the quantity declared, in {@code unit}; positive
 * @param unit the unit the value and quantity are per
 * @param declarationDay the day of the declaration (Asia/Ho_Chi_Minh), on which the reference price
 *     and the exchange rate are looked up
 */
public record DeclarationLine(String declarationNumber, int lineNumber, GoodsDescriptor goods,
        Money declaredUnitValue, BigDecimal quantity, UnitOfMeasure unit, LocalDate declarationDay) {
    /**
     * Validates the line and puts a non-empty declaration number in its canonical form.
     *
     * @throws NullPointerException if any argument is {@code null}
     * @throws ValidationException if the declaration number is neither empty nor twelve digits, the
     *     line number is below 1, or the unit value or quantity is not positive
     */
    public DeclarationLine {
        Objects.requireNonNull(declarationNumber, "declarationNumber");
        Objects.requireNonNull(goods, "goods");
        Objects.requireNonNull(declaredUnitValue, "declaredUnitValue");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(declarationDay, "declarationDay");
        declarationNumber = LineIdentity.canonicalNumber(declarationNumber);
        LineIdentity.requireLineNumber(lineNumber, declarationNumber);
        if (declaredUnitValue.amount().signum() <= 0) {
            throw new ValidationException("declaredUnitValue", "Line " + lineNumber + " declares a unit value of "
                    + declaredUnitValue + ": expected a positive value per " + unit);
        }
        if (quantity.signum() <= 0) {
            throw new ValidationException("quantity", "Line " + lineNumber + " declares a quantity of "
                    + quantity.toPlainString() + " " + unit + ": expected a positive quantity");
        }
    }

    /**
     * Returns what identifies the line in screening outcomes, without its value.
     *
     * @return the declaration number, line number, goods and day
     */
    public LineIdentity identity() {
        return new LineIdentity(declarationNumber, lineNumber, goods, declarationDay);
    }

    /**
     * Tells whether the line carries a registered declaration number.
     *
     * @return {@code false} for a line screened before registration
     */
    public boolean registered() {
        return !declarationNumber.isEmpty();
    }

    /**
     * Returns the declaration number as a typed identifier.
     *
     * @return the number
     * @throws ValidationException if the line has no declaration number
     */
    public DeclarationNumber parsedDeclarationNumber() {
        if (declarationNumber.isEmpty()) {
            throw new ValidationException("declarationNumber", "Line " + lineNumber
                    + " has no declaration number: expected a registered declaration");
        }
        return DeclarationNumber.parse(declarationNumber);
    }
}
