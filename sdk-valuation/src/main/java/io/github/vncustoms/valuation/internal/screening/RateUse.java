package io.github.vncustoms.valuation.internal.screening;

import io.github.vncustoms.core.money.ExchangeRate;
import io.github.vncustoms.core.money.spi.ExchangeRateProvider;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;

/**
 * The exchange rate a comparison uses on a day: none needed (same currency); the published rate from
 * the declared currency to the reference's; failing that the rate the other way round, used as its
 * exact inverse (the converted value is divided by it, never multiplied by a rounded reciprocal); or
 * missing.
 *
 * <p>Immutable and thread-safe.
 */
public final class RateUse {
    /** No rate is in force either way. */
    public static final RateUse MISSING = new RateUse(null, false);
    /** The currencies are the same: nothing to convert. */
    public static final RateUse SAME_CURRENCY = new RateUse(null, false);

    private final ExchangeRate rate;
    private final boolean inverse;

    private RateUse(ExchangeRate rate, boolean inverse) {
        this.rate = rate;
        this.inverse = inverse;
    }

    /**
     * Asks a provider for the rate in force on a day, direct first, then inverse.
     *
     * @param provider the provider, or {@code null} for none
     * @param from the declared currency
     * @param to the reference's currency
     * @param day the declaration day
     * @return the rate to use, or {@link #MISSING}
     */
    public static RateUse resolve(ExchangeRateProvider provider, Currency from, Currency to, LocalDate day) {
        if (provider == null) {
            return MISSING;
        }
        Optional<ExchangeRate> direct = provider.find(from, to, day);
        if (direct.isPresent()) {
            return new RateUse(direct.get(), false);
        }
        Optional<ExchangeRate> other = provider.find(to, from, day);
        return other.map(r -> new RateUse(r, true)).orElse(MISSING);
    }

    /**
     * Tells whether a rate was found.
     *
     * @return {@code false} for {@link #MISSING}
     */
    public boolean found() {
        return this != MISSING;
    }

    /**
     * Returns the published rate used.
     *
     * @return the rate, or {@code null} if missing or not needed
     */
    public ExchangeRate rate() {
        return rate;
    }

    /**
     * Tells whether the rate is published the other way round and divides instead of multiplying.
     *
     * @return {@code true} for an inverse rate
     */
    public boolean inverse() {
        return inverse;
    }

    /**
     * Returns the factor the declared value is multiplied by.
     *
     * @return the rate, or 1 for an inverse rate
     */
    public BigDecimal numerator() {
        return inverse || rate == null ? BigDecimal.ONE : rate.rate();
    }

    /**
     * Returns the factor the declared value is divided by.
     *
     * @return 1, or the rate for an inverse rate
     */
    public BigDecimal denominator() {
        return inverse ? rate.rate() : BigDecimal.ONE;
    }

    /**
     * Tells whether two uses convert the same way.
     *
     * @param other the other use
     * @return {@code true} for the same rate in the same direction
     */
    public boolean sameAs(RateUse other) {
        return other == this || other.rate != null && other.inverse == inverse && other.rate.equals(rate);
    }
}
