package io.github.vncustoms.valuation.reference;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.valuation.goods.GoodsDescriptor;
import io.github.vncustoms.valuation.goods.SpecificityPolicy;
import io.github.vncustoms.valuation.internal.reference.ComparableSelection;
import io.github.vncustoms.valuation.observation.PriceObservation;
import io.github.vncustoms.valuation.source.PriceSource;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Values of identical or similar goods supplied by the exporter or a domestic producer, or confirmed
 * by a price appraisal body at customs' request (QĐ 2344 Art. 5.1.b.2.4–b.2.5; VAL-07): the counting
 * observations of {@link PriceSource#EXPORTER_OR_PRODUCER} and {@link PriceSource#APPRAISAL}, of
 * identical goods if there are any, else of similar goods, aggregated by the {@link RobustAggregation}
 * as {@link LookBackRule} does. The regulation sets no look-back window for these sources; the caller
 * passes the candidates it deems current.
 *
 * <pre>{@code
 * Optional<RobustPrice> p = SuppliedValuesRule.defaultRule().derive(phone, candidates);
 * }</pre>
 *
 * <p>Immutable and thread-safe; the builder is not thread-safe.
 */
public final class SuppliedValuesRule {
    /** The rule's name in derivations. */
    public static final String RULE = "values supplied by exporters or producers, or confirmed by appraisal bodies"
            + " (Art. 5.1.b.2.4–b.2.5)";
    /** The sources the rule uses. */
    public static final Set<PriceSource> SOURCES = Set.of(PriceSource.EXPORTER_OR_PRODUCER, PriceSource.APPRAISAL);

    private final RobustAggregation aggregation;
    private final PriceNormaliser normaliser;
    private final SpecificityPolicy specificity;

    private SuppliedValuesRule(Builder b) {
        this.aggregation = b.aggregation;
        this.normaliser = b.normaliser;
        this.specificity = b.specificity;
    }

    /**
     * Starts a rule: default aggregation, no normaliser, default specificity policy.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the rule with every default.
     *
     * @return the default rule
     */
    public static SuppliedValuesRule defaultRule() {
        return builder().build();
    }

    /**
     * Derives a price from the supplied or confirmed values of identical, else similar, goods.
     *
     * @param goods the goods a reference price is built for
     * @param candidates the observations to choose from
     * @return the robust price and its trail; empty if no counting observation of these sources
     *     concerns identical or similar goods
     * @throws ValidationException if the goods do not identify one item, or the prices found cannot
     *     be brought into one currency and unit
     */
    public Optional<RobustPrice> derive(GoodsDescriptor goods, List<PriceObservation> candidates) {
        Objects.requireNonNull(goods, "goods");
        List<PriceObservation> all = List.copyOf(Objects.requireNonNull(candidates, "candidates"));
        specificity.requireSpecific(goods);
        ComparableSelection selection = ComparableSelection.choose(goods, all,
                o -> SOURCES.contains(o.source()) && o.counts());
        if (selection.chosen().isEmpty()) {
            return Optional.empty();
        }
        List<DerivationStep> steps = List.of(new DerivationStep("values of " + goods.describe()
                + " supplied by exporters or domestic producers (b.2.4, EXPORTER_OR_PRODUCER) or confirmed by price"
                + " appraisal bodies (b.2.5, APPRAISAL), accepted by a leader: " + all.size() + " candidate(s)",
                selection.describe()));
        List<String> requirements = List.of("VAL-07");
        return Optional.of(normaliser == null
                ? aggregation.aggregate(selection.chosen(), RULE, requirements, steps)
                : aggregation.aggregateNormalised(normaliser.normaliseAll(selection.chosen()), RULE, requirements, steps));
    }

    /** Collects a {@link SuppliedValuesRule}; each setter checks its argument at once. Not thread-safe. */
    public static final class Builder {
        private RobustAggregation aggregation = RobustAggregation.defaultAggregation();
        private PriceNormaliser normaliser;
        private SpecificityPolicy specificity = SpecificityPolicy.defaultPolicy();

        private Builder() {
        }

        /**
         * Sets the aggregation of the prices found.
         *
         * @param value the aggregation
         * @return this builder
         */
        public Builder aggregation(RobustAggregation value) {
            aggregation = Objects.requireNonNull(value, "aggregation");
            return this;
        }

        /**
         * Sets the normaliser that brings the prices found into one currency and unit.
         *
         * @param value the normaliser
         * @return this builder
         */
        public Builder normaliser(PriceNormaliser value) {
            normaliser = Objects.requireNonNull(value, "normaliser");
            return this;
        }

        /**
         * Sets the policy that decides whether the goods identify one item (VAL-04).
         *
         * @param value the policy
         * @return this builder
         */
        public Builder specificity(SpecificityPolicy value) {
            specificity = Objects.requireNonNull(value, "specificity");
            return this;
        }

        /**
         * Builds the rule.
         *
         * @return the rule
         */
        public SuppliedValuesRule build() {
            return new SuppliedValuesRule(this);
        }
    }
}
