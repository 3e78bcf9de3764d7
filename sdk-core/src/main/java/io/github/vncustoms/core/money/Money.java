package io.github.vncustoms.core.money;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.github.vncustoms.core.error.ValidationException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * An amount of money in one ISO 4217 currency, held exactly as a {@link BigDecimal}.
 *
 * <p>The amount always has exactly the currency's number of minor digits: VND has none, so
 * {@code Money.of("1500000", "VND")} is exact and {@code Money.of("1.5", "VND")} is refused. Nothing
 * rounds silently: every operation whose result may need more digits ({@link #times}, {@link
 * #dividedBy}, {@link #convert}) takes a {@link RoundingMode}, and {@link #rounded} rounds on request.
 *
 * <pre>{@code
 * Money retail = Money.vnd(1_100_000);
 * Money wholesale = retail.dividedBy(new BigDecimal("1.1"), RoundingMode.HALF_UP);   // 1 000 000 VND
 * }</pre>
 *
 * <p>Immutable and thread-safe; equal amounts in the same currency are {@code equals}.
 *
 * @param amount the amount, scaled to the currency's minor digits
 * @param currency the currency
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {
    /** The Vietnamese đồng, which has no minor unit. */
    public static final Currency VND = Currency.getInstance("VND");

    /**
     * Validates the amount against the currency's minor unit and scales it exactly.
     *
     * @throws ValidationException if the amount has more decimals than the currency allows
     */
    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        int digits = currency.getDefaultFractionDigits();
        BigDecimal stripped = amount.stripTrailingZeros();
        if (digits >= 0 && stripped.scale() > digits) {
            throw new ValidationException("amount", "Amount " + amount.toPlainString() + " " + currency.getCurrencyCode()
                    + " has " + stripped.scale() + " decimal place(s) but " + currency.getCurrencyCode() + " has "
                    + (digits == 0 ? "no minor unit" : digits + " minor digit(s)")
                    + ": expected an exact amount, or round it explicitly with Money.rounded(...)");
        }
        amount = digits >= 0 ? amount.setScale(digits, RoundingMode.UNNECESSARY) : stripped;
    }

    /**
     * Creates an exact amount.
     *
     * @param amount the amount
     * @param currency the currency
     * @return the money
     * @throws ValidationException if the amount has more decimals than the currency allows
     */
    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    /**
     * Creates an exact amount from text.
     *
     * @param amount the amount, e.g. {@code "1250.50"}
     * @param currencyCode an ISO 4217 code, e.g. {@code "USD"}
     * @return the money
     * @throws ValidationException if the amount is not a number, the currency unknown, or the amount
     *     has more decimals than the currency allows
     */
    public static Money of(String amount, String currencyCode) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currencyCode, "currencyCode");
        BigDecimal value;
        try {
            value = new BigDecimal(amount.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException("amount", "Amount '" + amount + "' is not a number: expected digits with an"
                    + " optional sign and decimal point, e.g. 1250.50");
        }
        return new Money(value, currency(currencyCode));
    }

    /**
     * Creates an amount in đồng.
     *
     * @param dong the whole number of đồng
     * @return the money
     */
    public static Money vnd(long dong) {
        return new Money(BigDecimal.valueOf(dong), VND);
    }

    /**
     * Returns zero in a currency.
     *
     * @param currency the currency
     * @return zero
     */
    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /**
     * Rounds an amount to the currency's minor unit with the rounding the caller chose.
     *
     * @param amount any amount
     * @param currency the currency
     * @param rounding how to round
     * @return the rounded money
     */
    public static Money rounded(BigDecimal amount, Currency currency, RoundingMode rounding) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(rounding, "rounding");
        int digits = Objects.requireNonNull(currency, "currency").getDefaultFractionDigits();
        return new Money(digits >= 0 ? amount.setScale(digits, rounding) : amount, currency);
    }

    /**
     * Looks up a currency by its ISO 4217 code.
     *
     * @param code the code, e.g. {@code "VND"}
     * @return the currency
     * @throws ValidationException if the code is not an ISO 4217 currency
     */
    public static Currency currency(String code) {
        Objects.requireNonNull(code, "code");
        try {
            return Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("currency", "Currency '" + code + "' is unknown: expected an ISO 4217 code such"
                    + " as VND or USD");
        }
    }

    /**
     * Adds an amount in the same currency.
     *
     * @param other the amount to add
     * @return the sum
     * @throws ValidationException if the currencies differ
     */
    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    /**
     * Subtracts an amount in the same currency.
     *
     * @param other the amount to subtract
     * @return the difference
     * @throws ValidationException if the currencies differ
     */
    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    /**
     * Multiplies by a factor, rounding the result to the minor unit.
     *
     * @param factor e.g. {@code 0.85} to deduct 15 %
     * @param rounding how to round
     * @return the product
     */
    public Money times(BigDecimal factor, RoundingMode rounding) {
        return rounded(amount.multiply(Objects.requireNonNull(factor, "factor")), currency, rounding);
    }

    /**
     * Divides by a divisor, rounding the result to the minor unit.
     *
     * @param divisor e.g. {@code 1.1} to turn a retail price into a wholesale one (VAL-10)
     * @param rounding how to round
     * @return the quotient
     * @throws ValidationException if the divisor is zero
     */
    public Money dividedBy(BigDecimal divisor, RoundingMode rounding) {
        Objects.requireNonNull(divisor, "divisor");
        if (divisor.signum() == 0) {
            throw new ValidationException("divisor", "Cannot divide " + this + " by zero: expected a non-zero divisor");
        }
        int digits = currency.getDefaultFractionDigits();
        BigDecimal quotient = digits >= 0
                ? amount.divide(divisor, digits, Objects.requireNonNull(rounding, "rounding"))
                : amount.divide(divisor, MathContext.DECIMAL64);
        return new Money(quotient, currency);
    }

    /**
     * Returns the ratio of this amount to another in the same currency, to 16 significant digits:
     * e.g. a ratio of 1.12 means this amount is 12 % higher (VAL-13's "more than 10 %").
     *
     * @param base the amount compared against
     * @return {@code this / base}
     * @throws ValidationException if the currencies differ or the base is zero
     */
    public BigDecimal ratioTo(Money base) {
        requireSameCurrency(base);
        if (base.amount.signum() == 0) {
            throw new ValidationException("base", "Cannot compare " + this + " with a zero amount: expected a non-zero base");
        }
        return amount.divide(base.amount, MathContext.DECIMAL64);
    }

    /**
     * Returns the amount with the opposite sign.
     *
     * @return the negated money
     */
    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    /**
     * Converts to another currency at a rate, rounding to the target's minor unit.
     *
     * @param rate a rate from this currency
     * @param rounding how to round
     * @return the converted money
     * @throws ValidationException if the rate is not from this money's currency
     */
    public Money convert(ExchangeRate rate, RoundingMode rounding) {
        Objects.requireNonNull(rate, "rate");
        if (!rate.from().equals(currency)) {
            throw new ValidationException("rate", "Rate " + rate.from() + "→" + rate.to() + " cannot convert " + this
                    + ": expected a rate from " + currency.getCurrencyCode());
        }
        return rounded(amount.multiply(rate.rate()), rate.to(), rounding);
    }

    /**
     * Tells whether the amount is zero.
     *
     * @return {@code true} for zero
     */
    @JsonIgnore
    public boolean isZero() {
        return amount.signum() == 0;
    }

    /**
     * Tells whether the amount is below zero.
     *
     * @return {@code true} for a negative amount
     */
    @JsonIgnore
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /**
     * Compares amounts in the same currency.
     *
     * @throws ValidationException if the currencies differ
     */
    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    private void requireSameCurrency(Money other) {
        Objects.requireNonNull(other, "other");
        if (!currency.equals(other.currency)) {
            throw new ValidationException("currency", "Cannot combine " + this + " with " + other
                    + ": expected both in " + currency.getCurrencyCode() + "; convert with an ExchangeRate first");
        }
    }

    /** Returns e.g. {@code 1500000 VND} or {@code 12.50 USD}. */
    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
