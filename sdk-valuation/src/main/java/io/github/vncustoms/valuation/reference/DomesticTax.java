package io.github.vncustoms.valuation.reference;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.money.Money;
import io.github.vncustoms.valuation.internal.reference.RuleTexts;
import java.util.Objects;

/**
 * A tax paid in Vietnam on one unit of goods after import (các khoản thuế phải nộp trong nước; QĐ
 * 2344 Art. 5.1.b.2.7; VAL-09), which the {@link DomesticMarketRule} deducts from the domestic
 * wholesale price: import duty, special consumption tax, value-added tax, environmental protection tax.
 *
 * <pre>{@code
 * DomesticTax vat = DomesticTax.of("thuế GTGT", Money.vnd(90_000));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the tax's name, e.g. {@code "thuế nhập khẩu"}; NFC, not blank
 * @param perUnit the amount per unit of the price it is deducted from; zero or more
 */
public record DomesticTax(String name, Money perUnit) {
    /**
     * Validates the tax.
     *
     * @throws ValidationException if the name is blank or the amount negative
     */
    public DomesticTax {
        name = RuleTexts.requireText("name", name, "the tax's name, e.g. thuế nhập khẩu");
        Objects.requireNonNull(perUnit, "perUnit");
        if (perUnit.isNegative()) {
            throw new ValidationException("perUnit", "The domestic tax " + name + " of " + perUnit
                    + " per unit is negative: expected zero or more");
        }
    }

    /**
     * Creates a tax.
     *
     * @param name the tax's name
     * @param perUnit the amount per unit
     * @return the tax
     * @throws ValidationException as the constructor does
     */
    public static DomesticTax of(String name, Money perUnit) {
        return new DomesticTax(name, perUnit);
    }
}
