package io.github.vncustoms.valuation.reference;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.valuation.goods.GoodsDescriptor;
import io.github.vncustoms.valuation.goods.SpecificityPolicy;
import io.github.vncustoms.valuation.internal.reference.ComparableSelection;
import io.github.vncustoms.valuation.observation.PriceObservation;
import io.github.vncustoms.valuation.source.PriceSource;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Values of identical and similar goods in a look-back window (QĐ 2344 Art. 5.1.b.2.1–b.2.2; VAL-05):
 * values determined by customs and accepted declared values, excluding doubtful ones, looked up 6
 * months back from the build date; only if that finds nothing, 1 year; only when the officer asks
 * ({@link LookBackRequest}), longer but at most 2 years. Within the window, identical goods are used
 * if there are any, else similar goods ({@link GoodsDescriptor#compareWith}); their prices go through
 * the {@link RobustAggregation}.
 *
 * <pre>{@code
 * LookBackRule rule = LookBackRule.builder().normaliser(normaliser).build();
 * LookBackResult r = rule.lookBack(phone, LocalDate.of(2026, 11, 17), candidates);
 * r.window();       // SIX_MONTHS 2026-05-17 to 2026-11-17
 * r.found();        // 12
 * r.derivation();   // the robust median with its trail
 * }</pre>
 *
 * <p>Which observations are used, exactly:
 * <ul>
 *   <li>sources {@link PriceSource#CUSTOMS_VALUATION_RESULT} (b.2.1) and {@link PriceSource#ACCEPTED_DECLARED_VALUE}
 *       (b.2.2) only — the two the shared model ties to these clauses. Consultation, complaint, audit
 *       and inspection results count once they are recorded as a value determined by customs;
 *   <li>that {@linkplain PriceObservation#counts() count}: never a value flagged as doubtful (thuộc diện nghi ngờ);
 *   <li>whose {@linkplain PriceObservation#priceDate() price date} lies in the window, both ends
 *       inclusive, the build date being the last day: nothing after the build date is used.
 * </ul>
 * A window is "empty" when it holds no such observation of identical or similar goods. The goods must
 * identify one item ({@link SpecificityPolicy}, VAL-04; the default policy unless another is set).
 *
 * <p>Immutable and thread-safe; the builder is not thread-safe.
 */
public final class LookBackRule {
    /** The rule's name in derivations. */
    public static final String RULE = "identical and similar goods in a look-back window (Art. 5.1.b.2.1–b.2.2)";
    /** The sources the rule uses. */
    public static final Set<PriceSource> SOURCES = Set.of(PriceSource.CUSTOMS_VALUATION_RESULT,
            PriceSource.ACCEPTED_DECLARED_VALUE);
    /** The first window. */
    public static final Period FIRST_WINDOW = Period.ofMonths(6);
    /** The window used when the first is empty. */
    public static final Period SECOND_WINDOW = Period.ofYears(1);
    /** The longest window, used only at the officer's request. */
    public static final Period LONGEST_WINDOW = Period.ofYears(2);

    private final RobustAggregation aggregation;
    private final PriceNormaliser normaliser;
    private final SpecificityPolicy specificity;

    private LookBackRule(Builder b) {
        this.aggregation = b.aggregation;
        this.normaliser = b.normaliser;
        this.specificity = b.specificity;
    }

    /**
     * Starts a rule: default aggregation, no normaliser (all prices found must then share a currency
     * and unit), default specificity policy.
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
    public static LookBackRule defaultRule() {
        return builder().build();
    }

    /**
     * Returns a builder holding this rule's settings, to make a variant.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.aggregation = aggregation;
        b.normaliser = normaliser;
        b.specificity = specificity;
        return b;
    }

    /**
     * Looks back 6 months, then 1 year.
     *
     * @param goods the goods a reference price is built for
     * @param buildDate the build date (thời điểm xây dựng Danh mục)
     * @param candidates the observations to choose from
     * @return the window used, what was found and the price derived
     * @throws ValidationException if the goods do not identify one item, or the prices found cannot
     *     be brought into one currency and unit
     */
    public LookBackResult lookBack(GoodsDescriptor goods, LocalDate buildDate, List<PriceObservation> candidates) {
        return run(goods, buildDate, candidates, null);
    }

    /**
     * Looks back 6 months, then 1 year, then, at the officer's request, the period asked for.
     *
     * @param goods the goods a reference price is built for
     * @param buildDate the build date
     * @param candidates the observations to choose from
     * @param request the officer's request: more than 1 year, at most 2 years back from the build date
     * @return the window used, what was found and the price derived
     * @throws ValidationException if the request reaches more than 2 years back or not beyond 1
     *     year, the goods do not identify one item, or the prices found cannot be brought into one
     *     currency and unit
     */
    public LookBackResult lookBack(GoodsDescriptor goods, LocalDate buildDate, List<PriceObservation> candidates,
            LookBackRequest request) {
        return run(goods, buildDate, candidates, Objects.requireNonNull(request, "request"));
    }

    private LookBackResult run(GoodsDescriptor goods, LocalDate buildDate, List<PriceObservation> candidates,
            LookBackRequest request) {
        Objects.requireNonNull(goods, "goods");
        Objects.requireNonNull(buildDate, "buildDate");
        List<PriceObservation> all = List.copyOf(Objects.requireNonNull(candidates, "candidates"));
        List<LookBackWindow> windows = new ArrayList<>();
        windows.add(new LookBackWindow(WindowKind.SIX_MONTHS, buildDate.minus(FIRST_WINDOW), buildDate));
        windows.add(new LookBackWindow(WindowKind.ONE_YEAR, buildDate.minus(SECOND_WINDOW), buildDate));
        if (request != null) {
            LocalDate from = buildDate.minus(request.period());
            LocalDate limit = buildDate.minus(LONGEST_WINDOW);
            if (from.isBefore(limit)) {
                throw new ValidationException("request", "A look-back of " + request.period() + " from " + buildDate
                        + " reaches back to " + from + ": expected at most 2 years, not before " + limit
                        + " (VAL-05, Art. 5.1.b.2.1–b.2.2)");
            }
            if (!from.isBefore(windows.get(1).from())) {
                throw new ValidationException("request", "A look-back of " + request.period() + " from " + buildDate
                        + " reaches back only to " + from + ", within the 1-year window: expected more than 1 year and at"
                        + " most 2 years (the 6-month and 1-year windows need no request)");
            }
            windows.add(new LookBackWindow(WindowKind.EXTENDED, from, buildDate));
        }
        specificity.requireSpecific(goods);

        List<LookBackWindow> tried = new ArrayList<>();
        List<DerivationStep> steps = new ArrayList<>();
        steps.add(new DerivationStep("look back from the build date " + buildDate + " for " + goods.describe()
                + " among values determined by customs (b.2.1, CUSTOMS_VALUATION_RESULT) and accepted declared values"
                + " (b.2.2, ACCEPTED_DECLARED_VALUE) that count: accepted and not flagged as doubtful",
                all.stream().filter(o -> SOURCES.contains(o.source()) && o.counts()).count() + " of the "
                        + all.size() + " candidate(s) given"));
        ComparableSelection selection = null;
        for (LookBackWindow w : windows) {
            tried.add(w);
            selection = ComparableSelection.choose(goods, all,
                    o -> SOURCES.contains(o.source()) && o.counts() && w.contains(o.priceDate()));
            steps.add(new DerivationStep(describe(w, request), selection.describe()));
            if (!selection.chosen().isEmpty()) {
                break;
            }
        }
        Objects.requireNonNull(selection, "selection");
        if (selection.chosen().isEmpty()) {
            return new LookBackResult(goods, buildDate, tried, null, List.of(), null);
        }
        List<String> requirements = List.of("VAL-05");
        RobustPrice price = normaliser == null
                ? aggregation.aggregate(selection.chosen(), RULE, requirements, steps)
                : aggregation.aggregateNormalised(normaliser.normaliseAll(selection.chosen()), RULE, requirements, steps);
        return new LookBackResult(goods, buildDate, tried, selection.comparability(), selection.chosen(), price);
    }

    private static String describe(LookBackWindow w, LookBackRequest request) {
        return switch (w.kind()) {
            case SIX_MONTHS -> "window of 6 months: " + w.from() + " to " + w.to();
            case ONE_YEAR -> "the 6-month window is empty: window of 1 year, " + w.from() + " to " + w.to();
            case EXTENDED -> "the 1-year window is empty: window of " + request.period() + " at the officer's request"
                    + (request.reason().isEmpty() ? "" : " (" + request.reason() + ")") + ", at most 2 years: "
                    + w.from() + " to " + w.to();
        };
    }

    /** Collects a {@link LookBackRule}; each setter checks its argument at once. Not thread-safe. */
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
        public LookBackRule build() {
            return new LookBackRule(this);
        }
    }
}
