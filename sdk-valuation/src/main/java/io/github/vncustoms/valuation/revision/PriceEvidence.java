package io.github.vncustoms.valuation.revision;

import io.github.vncustoms.valuation.goods.GoodsDescriptor;
import io.github.vncustoms.valuation.internal.risklist.Checks;
import io.github.vncustoms.valuation.reference.Derivation;
import java.time.LocalDate;
import java.util.Objects;

/**
 * New price evidence for one item of goods: a {@link Derivation} (a figure with its trail), the day it
 * speaks for, and the origin of the goods where known (VAL-13). Currency conversion uses the rate in
 * force on {@code observedOn}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param goods the goods the figure is for
 * @param derivation the figure and how it was obtained
 * @param observedOn the day the figure speaks for
 * @param origin the country of origin where known, else {@code ""}
 */
public record PriceEvidence(GoodsDescriptor goods, Derivation derivation, LocalDate observedOn, String origin) {
    /** Validates the evidence. */
    public PriceEvidence {
        Objects.requireNonNull(goods, "goods");
        Objects.requireNonNull(derivation, "derivation");
        Objects.requireNonNull(observedOn, "observedOn");
        origin = Checks.optionalText(origin);
    }

    /**
     * Creates evidence whose origin is not known.
     *
     * @param goods the goods
     * @param derivation the figure
     * @param observedOn the day it speaks for
     * @return the evidence
     */
    public static PriceEvidence of(GoodsDescriptor goods, Derivation derivation, LocalDate observedOn) {
        return new PriceEvidence(goods, derivation, observedOn, "");
    }
}
