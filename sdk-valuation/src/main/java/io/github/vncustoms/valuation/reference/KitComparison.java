package io.github.vncustoms.valuation.reference;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.money.Money;
import io.github.vncustoms.valuation.goods.GoodsDescriptor;
import io.github.vncustoms.valuation.goods.SpecificityPolicy;
import io.github.vncustoms.valuation.goods.UnitOfMeasure;
import io.github.vncustoms.valuation.internal.reference.ComparableSelection;
import io.github.vncustoms.valuation.internal.reference.ObservationChecks;
import io.github.vncustoms.valuation.internal.reference.RuleTexts;
import io.github.vncustoms.valuation.observation.PriceObservation;
import io.github.vncustoms.valuation.source.PriceSource;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Kits (bộ linh kiện đồng bộ; QĐ 2344 Art. 5.1.b.2.3; VAL-06): a kit's declared value compared with
 * the declared values of similar complete kits exported or imported earlier, and with the declared
 * values of its main components imported earlier and not flagged as doubtful.
 *
 * <pre>{@code
 * KitComparison kits = KitComparison.builder().build();
 * Derivation parts = kits.componentsValue(bicycleKit, UnitOfMeasure.SET,
 *         List.of(KitComponent.of(frame, BigDecimal.ONE), KitComponent.of(wheel, BigDecimal.TWO)));
 * KitComparisonResult r = kits.compare(bicycleKit, Money.of("95.00", "USD"), UnitOfMeasure.SET,
 *         LocalDate.of(2026, 11, 17), earlierKits, components);
 * r.ratioToComponents();   // e.g. 0.79
 * }</pre>
 *
 * <p>Observations used, for kits and components alike: sources {@link PriceSource#ACCEPTED_DECLARED_VALUE},
 * {@link PriceSource#CUSTOMS_VALUATION_RESULT} and {@link PriceSource#KIT_COMPONENTS}, that
 * {@linkplain PriceObservation#counts() count}, priced on or before the kit's declaration day. Complete
 * kits must be identical to the kit or, if none is, similar; components are named by the caller, each
 * with its quantity per kit. The components' sum is exact, then rounded {@link RoundingMode#HALF_UP}
 * once to the currency's minor unit.
 *
 * <p>Immutable and thread-safe; the builder is not thread-safe.
 */
public final class KitComparison {
    /** The name of the components rule in derivations. */
    public static final String COMPONENTS_RULE = "sum of a kit's main components (Art. 5.1.b.2.3)";
    /** The name of the complete-kits rule in derivations. */
    public static final String KITS_RULE = "similar complete kits (Art. 5.1.b.2.3)";
    /** The sources used for kits and components. */
    public static final Set<PriceSource> SOURCES = Set.of(PriceSource.ACCEPTED_DECLARED_VALUE,
            PriceSource.CUSTOMS_VALUATION_RESULT, PriceSource.KIT_COMPONENTS);

    private final RobustAggregation aggregation;
    private final PriceNormaliser normaliser;
    private final SpecificityPolicy specificity;

    private KitComparison(Builder b) {
        this.aggregation = b.aggregation;
        this.normaliser = b.normaliser;
        this.specificity = b.specificity;
    }

    /**
     * Starts a kit comparison: default aggregation, no normaliser, default specificity policy.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Sums the main components' declared unit prices times their quantities per kit.
     *
     * @param kit the kit
     * @param kitUnit the unit the kit is priced per, e.g. {@link UnitOfMeasure#SET}
     * @param components the main components, at least one, priced in one currency
     * @return the derivation of the components' value per kit, citing each component's observation
     * @throws ValidationException if there is no component, a component's observation does not count
     *     or is of another source, or the components are priced in different currencies
     */
    public Derivation componentsValue(GoodsDescriptor kit, UnitOfMeasure kitUnit, List<KitComponent> components) {
        Objects.requireNonNull(kit, "kit");
        Objects.requireNonNull(kitUnit, "kitUnit");
        List<KitComponent> parts = List.copyOf(Objects.requireNonNull(components, "components"));
        if (parts.isEmpty()) {
            throw new ValidationException("components", "The kit " + kit.describe()
                    + " has no components to sum: expected its main components with their quantities per kit");
        }
        Currency currency = parts.get(0).declared().unitPrice().currency();
        BigDecimal sum = BigDecimal.ZERO;
        List<DerivationStep> steps = new ArrayList<>();
        List<SourceCitation> sources = new ArrayList<>();
        for (KitComponent part : parts) {
            PriceObservation o = part.declared();
            ObservationChecks.requireCounting(o, COMPONENTS_RULE, "VAL-06");
            if (!SOURCES.contains(o.source())) {
                throw new ValidationException("components", "Component " + o.id() + " comes from " + o.source()
                        + ": expected a declared value among " + SOURCES + " (VAL-06)");
            }
            if (!o.unitPrice().currency().equals(currency)) {
                throw new ValidationException("components", "Component " + o.id() + " is priced in " + o.unitPrice().currency()
                        + ", not " + currency + ": expected the components in one currency; normalise them first");
            }
            BigDecimal line = o.unitPrice().amount().multiply(part.quantityPerKit());
            sum = sum.add(line);
            steps.add(new DerivationStep("component " + o.goods().describe() + ", " + ObservationChecks.describe(o) + ": "
                    + RuleTexts.perUnit(o.unitPrice(), o.unit()) + " × " + RuleTexts.plain(part.quantityPerKit()) + " "
                    + o.unit() + " per kit", RuleTexts.amount(line, currency)));
            sources.add(SourceCitation.of(o));
        }
        Money value = Money.rounded(sum, currency, RoundingMode.HALF_UP);
        steps.add(new DerivationStep("sum of the " + parts.size() + " main component(s) of " + kit.describe() + ", "
                + RuleTexts.rounding(currency, RoundingMode.HALF_UP), RuleTexts.perUnit(value, kitUnit)));
        return new Derivation(COMPONENTS_RULE, List.of("VAL-06"), value, kitUnit, steps, sources);
    }

    /**
     * Compares a kit's declared value with similar complete kits and with its main components.
     *
     * @param kit the kit
     * @param declaredValue the kit's declared unit value, positive
     * @param kitUnit the unit it is declared per
     * @param declaredOn the kit's declaration day: only kits and components priced on or before it are used
     * @param completeKits candidate observations of complete kits
     * @param components the main components with their quantities per kit; may be empty
     * @return the comparison
     * @throws ValidationException if the kit does not identify one item, the declared value is not
     *     positive, neither a comparable complete kit nor a component is found, a component is priced
     *     after the declaration day or does not count, or the figures are in different currencies or units
     */
    public KitComparisonResult compare(GoodsDescriptor kit, Money declaredValue, UnitOfMeasure kitUnit, LocalDate declaredOn,
            List<PriceObservation> completeKits, List<KitComponent> components) {
        Objects.requireNonNull(kit, "kit");
        Objects.requireNonNull(declaredValue, "declaredValue");
        Objects.requireNonNull(kitUnit, "kitUnit");
        Objects.requireNonNull(declaredOn, "declaredOn");
        List<PriceObservation> kits = List.copyOf(Objects.requireNonNull(completeKits, "completeKits"));
        List<KitComponent> parts = List.copyOf(Objects.requireNonNull(components, "components"));
        if (declaredValue.amount().signum() <= 0) {
            throw new ValidationException("declaredValue", "The kit's declared value " + declaredValue
                    + " is not positive: expected a price above zero");
        }
        specificity.requireSpecific(kit);
        for (KitComponent part : parts) {
            if (part.declared().priceDate().isAfter(declaredOn)) {
                throw new ValidationException("components", "Component " + part.declared().id() + " is priced on "
                        + part.declared().priceDate() + ", after the kit's declaration on " + declaredOn
                        + ": expected components imported earlier (VAL-06)");
            }
        }
        ComparableSelection selection = ComparableSelection.choose(kit, kits,
                o -> SOURCES.contains(o.source()) && o.counts() && !o.priceDate().isAfter(declaredOn));
        if (selection.chosen().isEmpty() && parts.isEmpty()) {
            throw new ValidationException("completeKits", "Nothing to compare the kit " + kit.describe()
                    + " with: no counting declared value of an identical or similar complete kit on or before " + declaredOn
                    + ", and no components: expected at least one of them (VAL-06)");
        }
        RobustPrice kitPrice = null;
        if (!selection.chosen().isEmpty()) {
            List<DerivationStep> steps = List.of(new DerivationStep("complete kits like " + kit.describe()
                    + " declared on or before " + declaredOn + " (accepted, not flagged as doubtful)", selection.describe()));
            kitPrice = normaliser == null
                    ? aggregation.aggregate(selection.chosen(), KITS_RULE, List.of("VAL-06"), steps)
                    : aggregation.aggregateNormalised(normaliser.normaliseAll(selection.chosen()), KITS_RULE, List.of("VAL-06"), steps);
            requireComparable(declaredValue, kitUnit, kitPrice.value(), kitPrice.derivation().unit(), "complete kits");
        }
        Derivation partsValue = null;
        if (!parts.isEmpty()) {
            partsValue = componentsValue(kit, kitUnit, parts);
            requireComparable(declaredValue, kitUnit, partsValue.value(), kitUnit, "components");
        }
        return new KitComparisonResult(kit, declaredValue, kitUnit, kitPrice, partsValue);
    }

    private static void requireComparable(Money declared, UnitOfMeasure unit, Money other, UnitOfMeasure otherUnit, String what) {
        if (!declared.currency().equals(other.currency()) || !unit.equals(otherUnit)) {
            throw new ValidationException("declaredValue", "The kit is declared in " + declared.currency() + " per " + unit
                    + " but its " + what + " come to " + other.currency() + " per " + otherUnit
                    + ": expected one currency and unit; normalise first");
        }
    }

    /** Collects a {@link KitComparison}; each setter checks its argument at once. Not thread-safe. */
    public static final class Builder {
        private RobustAggregation aggregation = RobustAggregation.defaultAggregation();
        private PriceNormaliser normaliser;
        private SpecificityPolicy specificity = SpecificityPolicy.defaultPolicy();

        private Builder() {
        }

        /**
         * Sets the aggregation of complete kits' prices.
         *
         * @param value the aggregation
         * @return this builder
         */
        public Builder aggregation(RobustAggregation value) {
            aggregation = Objects.requireNonNull(value, "aggregation");
            return this;
        }

        /**
         * Sets the normaliser that brings complete kits' prices into one currency and unit.
         *
         * @param value the normaliser
         * @return this builder
         */
        public Builder normaliser(PriceNormaliser value) {
            normaliser = Objects.requireNonNull(value, "normaliser");
            return this;
        }

        /**
         * Sets the policy that decides whether the kit identifies one item (VAL-04).
         *
         * @param value the policy
         * @return this builder
         */
        public Builder specificity(SpecificityPolicy value) {
            specificity = Objects.requireNonNull(value, "specificity");
            return this;
        }

        /**
         * Builds the comparison.
         *
         * @return the comparison
         */
        public KitComparison build() {
            return new KitComparison(this);
        }
    }
}
