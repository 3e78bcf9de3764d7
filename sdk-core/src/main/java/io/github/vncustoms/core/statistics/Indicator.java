package io.github.vncustoms.core.statistics;

import io.github.vncustoms.core.internal.statistics.Fields;

/**
 * A statistical indicator (chỉ tiêu thống kê): what is measured and in which unit, e.g. export
 * turnover in USD or rice exports in tonnes.
 *
 * <pre>{@code
 * Indicator exports = Indicator.of("XK_TRI_GIA", "Trị giá xuất khẩu", "USD");
 * }</pre>
 *
 * <p>Immutable and thread-safe. The name and unit are stripped and normalised to NFC (STA-04).
 *
 * @param code the indicator's code, unique within a release or forecast round: 1–32 characters of
 *     A–Z, 0–9, {@code .}, {@code -} or {@code _}; upper-cased
 * @param name the name, in Vietnamese
 * @param unit the unit of measure, e.g. {@code USD}, {@code triệu USD}, {@code tấn}, {@code %}
 */
public record Indicator(String code, String name, String unit) {
    /**
     * Validates and normalises the indicator.
     *
     * @throws io.github.vncustoms.core.error.ValidationException if the code is malformed, or the name
     *     or unit blank or not well-formed Vietnamese Unicode
     */
    public Indicator {
        code = Fields.requireCode(code, "code", "an indicator");
        name = Fields.requireText(name, "name", "indicator " + code);
        unit = Fields.requireText(unit, "unit", "indicator " + code);
    }

    /**
     * Creates an indicator.
     *
     * @param code the code
     * @param name the Vietnamese name
     * @param unit the unit
     * @return the indicator
     * @throws io.github.vncustoms.core.error.ValidationException if a part is malformed or blank
     */
    public static Indicator of(String code, String name, String unit) {
        return new Indicator(code, name, unit);
    }
}
