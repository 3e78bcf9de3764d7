package io.github.vncustoms.valuation.reference;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.money.Money;
import io.github.vncustoms.valuation.goods.UnitOfMeasure;
import io.github.vncustoms.valuation.observation.PriceObservation;
import java.util.List;
import java.util.Objects;

/**
 * An observation's price in the currency and unit a comparison uses, with the steps that converted
 * it (issue 5, "Currency and units"). The observation itself is kept as recorded; only the price
 * compared is converted. {@link PriceNormaliser} makes them; {@link #asObserved} takes a price as it is.
 *
 * <p>Immutable and thread-safe.
 *
 * @param observation the observation, as recorded
 * @param price the price per {@code unit}, positive
 * @param unit the unit the converted price is per
 * @param steps how the price was converted, in order; empty if it was taken as observed
 */
public record NormalisedPrice(PriceObservation observation, Money price, UnitOfMeasure unit, List<DerivationStep> steps) {
    /**
     * Validates and copies the steps.
     *
     * @throws ValidationException if the price is not positive
     */
    public NormalisedPrice {
        Objects.requireNonNull(observation, "observation");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(unit, "unit");
        steps = List.copyOf(steps);
        if (price.amount().signum() <= 0) {
            throw new ValidationException("price", "Observation " + observation.id() + " converts to " + price
                    + " per " + unit + ": expected a positive price; use a finer currency or unit");
        }
    }

    /**
     * Takes an observation's price as recorded, without conversion.
     *
     * @param observation the observation
     * @return its price in its own currency and unit
     */
    public static NormalisedPrice asObserved(PriceObservation observation) {
        Objects.requireNonNull(observation, "observation");
        return new NormalisedPrice(observation, observation.unitPrice(), observation.unit(), List.of());
    }

    /**
     * Tells whether the price was converted.
     *
     * @return {@code true} if conversion steps were taken
     */
    public boolean converted() {
        return !steps.isEmpty();
    }
}
