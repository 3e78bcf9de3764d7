package io.github.vncustoms.core.money.spi;

import io.github.vncustoms.core.error.NotFoundException;
import io.github.vncustoms.core.money.ExchangeRate;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;

/**
 * Supplies the exchange rate in force on a day. Integrators implement it over their rate source
 * (a database of published customs rates, a bank feed); {@link
 * io.github.vncustoms.core.money.FixedExchangeRates} is the in-memory default.
 *
 * <p>Implementations must be thread-safe.
 */
public interface ExchangeRateProvider {
    /**
     * Finds the rate from one currency to another in force on a day: the one with the latest
     * effective date on or before that day.
     *
     * @param from the currency converted from
     * @param to the currency converted to
     * @param day the day, Asia/Ho_Chi_Minh
     * @return the rate, or empty if none is in force
     */
    Optional<ExchangeRate> find(Currency from, Currency to, LocalDate day);

    /**
     * Returns the rate in force on a day.
     *
     * @param from the currency converted from
     * @param to the currency converted to
     * @param day the day
     * @return the rate
     * @throws NotFoundException if no rate is in force
     */
    default ExchangeRate get(Currency from, Currency to, LocalDate day) {
        return find(from, to, day).orElseThrow(() -> new NotFoundException("No " + from + "→" + to
                + " exchange rate is in force on " + day + ": expected a rate effective on or before that day"));
    }
}
