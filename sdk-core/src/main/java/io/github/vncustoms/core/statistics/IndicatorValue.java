package io.github.vncustoms.core.statistics;

import io.github.vncustoms.core.error.ValidationException;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A published value of an indicator, e.g. export turnover of 35 200 000 000 USD.
 *
 * <pre>{@code
 * IndicatorValue v = IndicatorValue.of("XK_TRI_GIA", "Trị giá xuất khẩu", "35200000000", "USD");
 * }</pre>
 *
 * <p>The value is kept exactly as given, scale included. Immutable and thread-safe.
 *
 * @param indicator what is measured
 * @param value the value, in the indicator's unit
 */
public record IndicatorValue(Indicator indicator, BigDecimal value) {
    /**
     * Validates the value.
     *
     * @throws NullPointerException if a part is null
     */
    public IndicatorValue {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(value, "value");
    }

    /**
     * Creates a value.
     *
     * @param indicator what is measured
     * @param value the value
     * @return the indicator value
     */
    public static IndicatorValue of(Indicator indicator, BigDecimal value) {
        return new IndicatorValue(indicator, value);
    }

    /**
     * Creates a value from its parts.
     *
     * @param code the indicator's code
     * @param name the indicator's Vietnamese name
     * @param value the value as text, e.g. {@code "35200000000"} or {@code "-2.5"}
     * @param unit the unit
     * @return the indicator value
     * @throws ValidationException if the value is not a number, or a part of the indicator is malformed
     */
    public static IndicatorValue of(String code, String name, String value, String unit) {
        return new IndicatorValue(Indicator.of(code, name, unit), number(value, "value"));
    }

    /**
     * Returns the indicator's code.
     *
     * @return the code
     */
    public String code() {
        return indicator.code();
    }

    static BigDecimal number(String text, String field) {
        Objects.requireNonNull(text, field);
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException(field, "The " + field + " '" + text + "' is not a number: expected digits"
                    + " with an optional sign and decimal point, e.g. 35200000000 or -2.5");
        }
    }
}
