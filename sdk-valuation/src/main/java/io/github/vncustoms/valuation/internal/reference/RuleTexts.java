package io.github.vncustoms.valuation.internal.reference;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.money.Money;
import io.github.vncustoms.core.text.VietnameseText;
import io.github.vncustoms.valuation.goods.UnitOfMeasure;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/** Wording and small checks the rules share, so their trails read alike. Not API. Stateless; thread-safe. */
public final class RuleTexts {
    /** One hundred, to turn a percentage into a fraction. */
    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RuleTexts() {
    }

    /**
     * Formats a percentage.
     *
     * @param percent e.g. {@code 15.50}
     * @return e.g. {@code "15.5%"}
     */
    public static String percent(BigDecimal percent) {
        return plain(percent) + "%";
    }

    /**
     * Formats a number without exponent or trailing zeros.
     *
     * @param number the number
     * @return e.g. {@code "1.4826"}
     */
    public static String plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped).toPlainString();
    }

    /**
     * Formats a price per unit.
     *
     * @param price the price
     * @param unit the unit
     * @return e.g. {@code "900.00 USD per PCE"}
     */
    public static String perUnit(Money price, UnitOfMeasure unit) {
        return price + " per " + unit;
    }

    /**
     * Formats an exact amount in a currency, with at least the currency's minor digits.
     *
     * @param amount the amount in currency units
     * @param currency the currency
     * @return e.g. {@code "25.00 USD"}, {@code "12.345 USD"}, {@code "11.5 VND"}
     */
    public static String amount(BigDecimal amount, Currency currency) {
        BigDecimal stripped = amount.stripTrailingZeros();
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        BigDecimal shown = stripped.scale() < digits ? stripped.setScale(digits, RoundingMode.UNNECESSARY) : stripped;
        return shown.toPlainString() + " " + currency.getCurrencyCode();
    }

    /**
     * Describes how a currency's amounts are rounded.
     *
     * @param currency the currency
     * @param rounding the rounding
     * @return e.g. {@code "rounded HALF_UP to 2 decimal places (USD)"}
     */
    public static String rounding(Currency currency, RoundingMode rounding) {
        int digits = currency.getDefaultFractionDigits();
        return "rounded " + rounding + " to " + (digits == 0 ? "whole " + currency.getCurrencyCode() + " (no minor unit)"
                : digits + " decimal place" + (digits == 1 ? "" : "s") + " (" + currency.getCurrencyCode() + ")");
    }

    /**
     * Checks a percentage given to a rule: not null, at least zero and below 100.
     *
     * @param field the parameter's name
     * @param percent the percentage
     * @param what what the percentage is, for the message
     * @return the percentage
     * @throws ValidationException if it is negative or 100 or more
     */
    public static BigDecimal requirePercent(String field, BigDecimal percent, String what) {
        Objects.requireNonNull(percent, field);
        if (percent.signum() < 0 || percent.compareTo(HUNDRED) >= 0) {
            throw new ValidationException(field, "The " + what + " of " + percent(percent)
                    + " is not a percentage a price can bear: expected at least 0% and below 100%");
        }
        return percent;
    }

    /**
     * Checks a required text and normalises it to NFC.
     *
     * @param field the field's name
     * @param value the text
     * @param expected what was expected, for the message
     * @return the stripped NFC text
     * @throws ValidationException if it is blank
     */
    public static String requireText(String field, String value, String expected) {
        String cleaned = VietnameseText.normalize(Objects.requireNonNull(value, field).strip());
        if (cleaned.isEmpty()) {
            throw new ValidationException(field, "The " + field + " is blank: expected " + expected);
        }
        return cleaned;
    }

    /**
     * Lists items for a message, at most {@code max} of them, then how many more.
     *
     * @param items the items
     * @param max how many to name
     * @return e.g. {@code "A, B, C and 7 more"}
     */
    public static String some(List<String> items, int max) {
        if (items.size() <= max) {
            return String.join(", ", items);
        }
        return String.join(", ", items.subList(0, max)) + " and " + (items.size() - max) + " more";
    }
}
