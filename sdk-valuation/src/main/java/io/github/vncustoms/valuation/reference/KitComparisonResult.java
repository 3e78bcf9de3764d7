package io.github.vncustoms.valuation.reference;

import io.github.vncustoms.core.money.Money;
import io.github.vncustoms.valuation.goods.GoodsDescriptor;
import io.github.vncustoms.valuation.goods.UnitOfMeasure;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A kit's declared value set beside the two comparisons of QĐ 2344 Art. 5.1.b.2.3 (VAL-06): the
 * declared values of similar complete kits, and the sum of its main components' declared values.
 * It reports ratios only: comparing is for raising doubts, never for imposing a value (VAL-12).
 *
 * <p>Immutable and thread-safe.
 */
public final class KitComparisonResult {
    private final GoodsDescriptor kit;
    private final Money declaredValue;
    private final UnitOfMeasure unit;
    private final RobustPrice completeKits;
    private final Derivation components;

    KitComparisonResult(GoodsDescriptor kit, Money declaredValue, UnitOfMeasure unit, RobustPrice completeKits,
            Derivation components) {
        this.kit = Objects.requireNonNull(kit, "kit");
        this.declaredValue = Objects.requireNonNull(declaredValue, "declaredValue");
        this.unit = Objects.requireNonNull(unit, "unit");
        this.completeKits = completeKits;
        this.components = components;
    }

    /**
     * Returns the kit compared.
     *
     * @return the kit's descriptor
     */
    public GoodsDescriptor kit() {
        return kit;
    }

    /**
     * Returns the kit's declared value.
     *
     * @return the declared value per {@link #unit()}
     */
    public Money declaredValue() {
        return declaredValue;
    }

    /**
     * Returns the unit the values are per.
     *
     * @return the kit's unit
     */
    public UnitOfMeasure unit() {
        return unit;
    }

    /**
     * Returns the robust price of similar complete kits.
     *
     * @return the price; empty if no counting value of an identical or similar kit was found
     */
    public Optional<RobustPrice> completeKits() {
        return Optional.ofNullable(completeKits);
    }

    /**
     * Returns the sum of the main components' declared values per kit.
     *
     * @return the derivation; empty if no component was given
     */
    public Optional<Derivation> components() {
        return Optional.ofNullable(components);
    }

    /**
     * Returns the declared value divided by the price of similar complete kits.
     *
     * @return e.g. {@code 0.8} when the kit is declared 20% below; empty without complete kits
     */
    public Optional<BigDecimal> ratioToCompleteKits() {
        return completeKits().map(p -> declaredValue.ratioTo(p.value()));
    }

    /**
     * Returns the declared value divided by the sum of the main components.
     *
     * @return e.g. {@code 0.9}; empty without components
     */
    public Optional<BigDecimal> ratioToComponents() {
        return components().map(d -> declaredValue.ratioTo(d.value()));
    }
}
