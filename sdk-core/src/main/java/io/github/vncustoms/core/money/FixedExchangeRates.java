package io.github.vncustoms.core.money;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.money.spi.ExchangeRateProvider;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An in-memory {@link ExchangeRateProvider} holding a fixed set of rates: for tests, examples and
 * deployments that load the week's published rates at start-up.
 *
 * <pre>{@code
 * ExchangeRateProvider rates = FixedExchangeRates.builder()
 *         .add(new ExchangeRate(usd, Money.VND, new BigDecimal("25345"), LocalDate.of(2026, 11, 16), "SBV"))
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class FixedExchangeRates implements ExchangeRateProvider {
    private final Map<List<Currency>, NavigableMap<LocalDate, ExchangeRate>> rates;

    private FixedExchangeRates(Map<List<Currency>, NavigableMap<LocalDate, ExchangeRate>> rates) {
        this.rates = rates;
    }

    /**
     * Starts an empty set of rates.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Optional<ExchangeRate> find(Currency from, Currency to, LocalDate day) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(day, "day");
        NavigableMap<LocalDate, ExchangeRate> series = rates.get(List.of(from, to));
        return series == null ? Optional.empty() : Optional.ofNullable(series.floorEntry(day)).map(Map.Entry::getValue);
    }

    /** Collects rates. Not thread-safe. */
    public static final class Builder {
        private final List<ExchangeRate> added = new ArrayList<>();

        private Builder() {}

        /**
         * Adds a rate.
         *
         * @param rate the rate
         * @return this builder
         * @throws ValidationException if a rate for the same pair and day was already added
         */
        public Builder add(ExchangeRate rate) {
            Objects.requireNonNull(rate, "rate");
            for (ExchangeRate r : added) {
                if (r.from().equals(rate.from()) && r.to().equals(rate.to()) && r.effectiveFrom().equals(rate.effectiveFrom())) {
                    throw new ValidationException("rate", "A " + rate.from() + "→" + rate.to() + " rate effective "
                            + rate.effectiveFrom() + " was already added: expected one rate per pair and day");
                }
            }
            added.add(rate);
            return this;
        }

        /**
         * Builds the provider.
         *
         * @return an immutable provider
         */
        public FixedExchangeRates build() {
            Map<List<Currency>, NavigableMap<LocalDate, ExchangeRate>> byPair = new HashMap<>();
            for (ExchangeRate r : added) {
                byPair.computeIfAbsent(List.of(r.from(), r.to()), k -> new TreeMap<>()).put(r.effectiveFrom(), r);
            }
            Map<List<Currency>, NavigableMap<LocalDate, ExchangeRate>> frozen = new HashMap<>();
            byPair.forEach((k, v) -> frozen.put(k, Collections.unmodifiableNavigableMap(v)));
            return new FixedExchangeRates(Map.copyOf(frozen));
        }
    }
}
