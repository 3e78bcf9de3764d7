package io.github.vncustoms.valuation.reference;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.money.ExchangeRate;
import io.github.vncustoms.core.money.Money;
import io.github.vncustoms.core.money.spi.ExchangeRateProvider;
import io.github.vncustoms.valuation.goods.UnitConversions;
import io.github.vncustoms.valuation.goods.UnitOfMeasure;
import io.github.vncustoms.valuation.internal.reference.RuleTexts;
import io.github.vncustoms.valuation.observation.PriceObservation;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Brings observed prices into one currency and unit before they are compared (issue 5, "Currency and
 * units"): the exchange rate in force on the observation's {@linkplain PriceObservation#priceDate()
 * price date}, from sdk-core's {@link ExchangeRateProvider}, and an explicit {@link UnitConversions}
 * factor. Nothing is guessed: a missing rate or conversion is a {@link ValidationException} naming
 * what is missing, so prices per different units are never compared silently.
 *
 * <pre>{@code
 * PriceNormaliser normaliser = PriceNormaliser.builder()
 *         .exchangeRates(rates).unitConversions(UnitConversions.standard())
 *         .targetCurrency(Money.VND).targetUnit(UnitOfMeasure.KILOGRAM)
 *         .build();
 * NormalisedPrice p = normaliser.normalise(observation);   // 1000.00 USD per TNE → 25345 VND per KGM
 * }</pre>
 *
 * <p>The price is multiplied by the rate and divided by the unit factor (to 34 significant digits), then rounded once to
 * the target currency's minor unit with the configured rounding (default {@link RoundingMode#HALF_UP}).
 * Where only the rate from the target currency to the observation's is published, its inverse is
 * used, and the step says so. Cross rates through a third currency are not made.
 *
 * <p>Immutable and thread-safe; the builder is not thread-safe.
 */
public final class PriceNormaliser {
    private static final MathContext INVERSE = MathContext.DECIMAL128;

    private final ExchangeRateProvider rates;
    private final UnitConversions units;
    private final Currency currency;
    private final UnitOfMeasure unit;
    private final RoundingMode rounding;

    private PriceNormaliser(Builder b) {
        this.rates = b.rates;
        this.units = b.units;
        this.currency = b.currency;
        this.unit = b.unit;
        this.rounding = b.rounding;
    }

    /**
     * Starts a normaliser: no exchange rates and no unit conversions until set, rounding HALF_UP.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this normaliser's settings, to make a variant.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.rates = rates;
        b.units = units;
        b.currency = currency;
        b.unit = unit;
        b.rounding = rounding;
        return b;
    }

    /**
     * Returns the currency prices are brought into.
     *
     * @return the target currency
     */
    public Currency targetCurrency() {
        return currency;
    }

    /**
     * Returns the unit prices are brought to.
     *
     * @return the target unit
     */
    public UnitOfMeasure targetUnit() {
        return unit;
    }

    /**
     * Converts an observation's price into the target currency and unit.
     *
     * @param observation the observation
     * @return the converted price with its steps; the price as observed if nothing needed converting
     * @throws ValidationException naming the missing exchange rate or unit conversion, or if the
     *     price rounds to zero
     */
    public NormalisedPrice normalise(PriceObservation observation) {
        Objects.requireNonNull(observation, "observation");
        List<String> missing = new ArrayList<>();
        NormalisedPrice p = convert(observation, missing);
        if (p == null) {
            throw new ValidationException("observation", missing.get(0));
        }
        return p;
    }

    /**
     * Converts several observations' prices, reporting every missing rate and conversion at once.
     *
     * @param observations the observations
     * @return their converted prices, in the same order
     * @throws ValidationException listing each missing exchange rate or unit conversion
     */
    public List<NormalisedPrice> normaliseAll(List<PriceObservation> observations) {
        Objects.requireNonNull(observations, "observations");
        List<String> missing = new ArrayList<>();
        List<NormalisedPrice> out = new ArrayList<>(observations.size());
        for (PriceObservation o : observations) {
            NormalisedPrice p = convert(Objects.requireNonNull(o, "observation"), missing);
            if (p != null) {
                out.add(p);
            }
        }
        if (!missing.isEmpty()) {
            throw new ValidationException("observations", missing.size() + " of " + observations.size()
                    + " prices cannot be brought into " + currency + " per " + unit + ": "
                    + RuleTexts.some(missing, 5), missing, null);
        }
        return List.copyOf(out);
    }

    private NormalisedPrice convert(PriceObservation o, List<String> missing) {
        Money price = o.unitPrice();
        if (price.currency().equals(currency) && o.unit().equals(unit)) {
            return NormalisedPrice.asObserved(o);
        }
        BigDecimal amount = price.amount();
        List<DerivationStep> steps = new ArrayList<>();
        boolean ok = true;
        if (!price.currency().equals(currency)) {
            Optional<BigDecimal> rate = rate(o, steps);
            if (rate.isEmpty()) {
                missing.add("no " + price.currency() + "→" + currency + " exchange rate (nor its inverse) is in force on "
                        + o.priceDate() + ", the price date of observation " + o.id()
                        + ": expected a rate effective on or before that day in the ExchangeRateProvider");
                ok = false;
            } else {
                amount = amount.multiply(rate.get());
            }
        }
        if (!o.unit().equals(unit)) {
            Optional<BigDecimal> factor = units.find(o.unit(), unit);
            if (factor.isEmpty()) {
                missing.add("no conversion from " + o.unit() + " to " + unit + " is listed for observation " + o.id()
                        + ": expected an explicit conversion added to UnitConversions");
                ok = false;
            } else {
                amount = amount.divide(factor.get(), INVERSE);
                steps.add(new DerivationStep("1 " + o.unit() + " = " + RuleTexts.plain(factor.get()) + " " + unit
                        + ": divide the price per " + o.unit() + " by " + RuleTexts.plain(factor.get()),
                        RuleTexts.amount(amount, currency) + " per " + unit));
            }
        }
        if (!ok) {
            return null;
        }
        Money result = Money.rounded(amount, currency, rounding);
        steps.add(new DerivationStep("observation " + o.id() + ": " + RuleTexts.perUnit(price, o.unit()) + " in "
                + currency + " per " + unit + ", " + RuleTexts.rounding(currency, rounding), RuleTexts.perUnit(result, unit)));
        if (result.amount().signum() <= 0) {
            missing.add("observation " + o.id() + " (" + RuleTexts.perUnit(price, o.unit()) + ") rounds to " + result
                    + " per " + unit + ": expected a positive price; choose a larger target unit");
            return null;
        }
        return new NormalisedPrice(o, result, unit, steps);
    }

    private Optional<BigDecimal> rate(PriceObservation o, List<DerivationStep> steps) {
        Currency from = o.unitPrice().currency();
        Optional<ExchangeRate> direct = rates.find(from, currency, o.priceDate());
        if (direct.isPresent()) {
            ExchangeRate r = direct.get();
            steps.add(new DerivationStep("convert at " + RuleTexts.plain(r.rate()) + " " + currency + "/" + from
                    + " in force on " + o.priceDate() + " (effective " + r.effectiveFrom()
                    + (r.source().isEmpty() ? "" : ", " + r.source()) + ")",
                    RuleTexts.amount(o.unitPrice().amount().multiply(r.rate()), currency) + " per " + o.unit()));
            return Optional.of(r.rate());
        }
        Optional<ExchangeRate> inverse = rates.find(currency, from, o.priceDate());
        if (inverse.isPresent()) {
            ExchangeRate r = inverse.get();
            BigDecimal rate = BigDecimal.ONE.divide(r.rate(), INVERSE);
            steps.add(new DerivationStep("convert at 1 / " + RuleTexts.plain(r.rate()) + " " + from + "/" + currency
                    + " (the inverse of the rate in force on " + o.priceDate() + ", effective " + r.effectiveFrom()
                    + (r.source().isEmpty() ? "" : ", " + r.source()) + "; 34 significant digits)",
                    RuleTexts.amount(o.unitPrice().amount().multiply(rate).round(MathContext.DECIMAL64), currency)
                            + " per " + o.unit()));
            return Optional.of(rate);
        }
        return Optional.empty();
    }

    /** Collects a {@link PriceNormaliser}; each setter checks its argument at once. Not thread-safe. */
    public static final class Builder {
        private ExchangeRateProvider rates = (from, to, day) -> Optional.empty();
        private UnitConversions units = UnitConversions.none();
        private Currency currency;
        private UnitOfMeasure unit;
        private RoundingMode rounding = RoundingMode.HALF_UP;

        private Builder() {
        }

        /**
         * Sets where exchange rates come from.
         *
         * @param value the provider, e.g. {@link io.github.vncustoms.core.money.FixedExchangeRates}
         * @return this builder
         */
        public Builder exchangeRates(ExchangeRateProvider value) {
            rates = Objects.requireNonNull(value, "exchangeRates");
            return this;
        }

        /**
         * Sets the unit conversions allowed.
         *
         * @param value the conversions, e.g. {@link UnitConversions#standard()}
         * @return this builder
         */
        public Builder unitConversions(UnitConversions value) {
            units = Objects.requireNonNull(value, "unitConversions");
            return this;
        }

        /**
         * Sets the currency prices are brought into.
         *
         * @param value the currency; it must have a minor unit of fixed size
         * @return this builder
         * @throws ValidationException if the currency has no fixed minor unit
         */
        public Builder targetCurrency(Currency value) {
            Objects.requireNonNull(value, "targetCurrency");
            if (value.getDefaultFractionDigits() < 0) {
                throw new ValidationException("targetCurrency", "Currency " + value
                        + " has no fixed minor unit: expected a currency prices can be rounded in, such as VND or USD");
            }
            currency = value;
            return this;
        }

        /**
         * Sets the unit prices are brought to.
         *
         * @param value the unit
         * @return this builder
         */
        public Builder targetUnit(UnitOfMeasure value) {
            unit = Objects.requireNonNull(value, "targetUnit");
            return this;
        }

        /**
         * Sets how converted prices are rounded to the target currency's minor unit.
         *
         * @param value the rounding; not {@link RoundingMode#UNNECESSARY}
         * @return this builder
         * @throws ValidationException for {@link RoundingMode#UNNECESSARY}
         */
        public Builder rounding(RoundingMode value) {
            Objects.requireNonNull(value, "rounding");
            if (value == RoundingMode.UNNECESSARY) {
                throw new ValidationException("rounding", "Rounding UNNECESSARY cannot round a converted price:"
                        + " expected a rounding such as HALF_UP");
            }
            rounding = value;
            return this;
        }

        /**
         * Builds the normaliser.
         *
         * @return the normaliser
         * @throws ValidationException if the target currency or unit is not set
         */
        public PriceNormaliser build() {
            if (currency == null || unit == null) {
                throw new ValidationException("target", "A price normaliser without a target "
                        + (currency == null ? "currency" : "unit") + ": expected targetCurrency(...) and targetUnit(...)");
            }
            return new PriceNormaliser(this);
        }
    }
}
