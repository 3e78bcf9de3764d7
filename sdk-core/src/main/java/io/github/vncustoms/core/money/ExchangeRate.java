package io.github.vncustoms.core.money;

import io.github.vncustoms.core.error.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

/**
 * An exchange rate in force from a day: one unit of {@code from} is worth {@code rate} units of
 * {@code to}. For customs, the rate is the one used to compute duties (tỷ giá tính thuế), which the
 * {@link io.github.vncustoms.core.money.spi.ExchangeRateProvider} of a deployment publishes.
 *
 * <p>Immutable and thread-safe.
 *
 * @param from the currency converted from
 * @param to the currency converted to
 * @param rate how many units of {@code to} one unit of {@code from} is worth; positive
 * @param effectiveFrom the first day the rate applies (Asia/Ho_Chi_Minh)
 * @param source who published it, e.g. {@code "State Bank of Viet Nam"}; may be empty
 */
public record ExchangeRate(Currency from, Currency to, BigDecimal rate, LocalDate effectiveFrom, String source) {
    /**
     * Validates the rate.
     *
     * @throws ValidationException if the rate is not positive or the currencies are the same
     */
    public ExchangeRate {
        from = Objects.requireNonNull(from, "from");
        to = Objects.requireNonNull(to, "to");
        rate = Objects.requireNonNull(rate, "rate");
        effectiveFrom = Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        source = source == null ? "" : source.strip();
        if (rate.signum() <= 0) {
            throw new ValidationException("rate", "Exchange rate " + rate.toPlainString() + " " + from + "→" + to
                    + " is not positive: expected a rate above zero");
        }
        if (from.equals(to)) {
            throw new ValidationException("to", "Exchange rate from " + from + " to itself: expected two different currencies");
        }
    }
}
