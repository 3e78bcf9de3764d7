package io.github.vncustoms.valuation.reference;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.money.Money;
import io.github.vncustoms.valuation.goods.UnitOfMeasure;
import io.github.vncustoms.valuation.internal.reference.DuplicateIds;
import io.github.vncustoms.valuation.internal.reference.ExactStatistics;
import io.github.vncustoms.valuation.internal.reference.ObservationChecks;
import io.github.vncustoms.valuation.internal.reference.RuleTexts;
import io.github.vncustoms.valuation.observation.PriceObservation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * An outlier-resistant central price of many observations: the median, after excluding the prices
 * that lie too far from it. It goes beyond QĐ 2344, which leaves the officer to "compare the sources"
 * (b.2, last paragraph; VAL-11), in the way the WCO Technical Committee on Customs Valuation's
 * <i>Guidelines on the development and use of a national valuation database as a risk assessment
 * tool</i> and the EU Joint Research Centre's work on "fair prices" (<i>The estimation of fair prices
 * of traded goods from outlier-free trade data</i>) suggest: recent values of previous imports, outliers
 * detected and removed first, a robust estimate computed on what remains.
 *
 * <p>The method (a Hampel identifier):
 * <ol>
 *   <li>{@code median} of all prices;
 *   <li>{@code scale} = 1.4826 × MAD, the median absolute deviation from the median (1.4826 makes it
 *       estimate the standard deviation of normal prices, after Rousseeuw and Croux). When MAD is 0 —
 *       more than half the prices equal — {@code scale} = 1.253314 × the mean absolute deviation from
 *       the median, the usual fallback of Iglewicz and Hoaglin's modified z-score; if that is 0 too,
 *       all prices are equal ({@link ScaleEstimator});
 *   <li>a price is excluded when its distance from {@code median} exceeds {@code k × scale}
 *       (strictly; {@code k} defaults to 3.0);
 *   <li>the result is the median of the prices kept, rounded {@link RoundingMode#HALF_UP} to the
 *       currency's minor unit; the spread of the prices kept is reported with it.
 * </ol>
 *
 * <pre>{@code
 * RobustPrice p = RobustAggregation.defaultAggregation().aggregate(observations);
 * p.value();        // the reference-price candidate
 * p.excluded();     // the outliers, each with its reason
 * p.derivation().explain();
 * }</pre>
 *
 * <p>All prices must be in one currency and unit ({@link PriceNormaliser} brings them there), and
 * every observation must {@linkplain PriceObservation#counts() count}. Prices are handled as exact
 * {@code long} counts of the currency's minor unit, so no figure is rounded before the last step and
 * the exclusion test is exact; 100,000 observations take well under the 50 ms the issue asks for
 * ({@code RobustReferencePriceBenchmark} in {@code benchmarks/}).
 *
 * <p>Immutable and thread-safe.
 */
public final class RobustAggregation {
    /** The default number of scale units beyond which a price is an outlier. */
    public static final BigDecimal DEFAULT_K = new BigDecimal("3.0");
    /** The factor that turns the median absolute deviation into an estimate of the standard deviation. */
    public static final BigDecimal MAD_FACTOR = new BigDecimal("1.4826");
    /** The factor that turns the mean absolute deviation into an estimate of the standard deviation: √(π/2). */
    public static final BigDecimal MEAN_DEVIATION_FACTOR = new BigDecimal("1.253314");
    /** The rule's name when the caller names none. */
    public static final String RULE = "robust median of observed prices (beyond the regulation: WCO valuation-database guidelines, EU JRC fair prices)";

    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal FOUR = BigDecimal.valueOf(4);
    private static final long MAX_DEVIATION = 1L << 62;
    private static final int NAMED = 10;
    private static final RobustAggregation DEFAULT = new RobustAggregation(DEFAULT_K);

    private final BigDecimal k;

    private RobustAggregation(BigDecimal k) {
        this.k = k;
    }

    /**
     * Returns the aggregation with {@code k} = 3.0.
     *
     * @return the default aggregation
     */
    public static RobustAggregation defaultAggregation() {
        return DEFAULT;
    }

    /**
     * Returns an aggregation with another threshold.
     *
     * @param k how many scale units from the median a price may lie; at least 1 (so that the prices
     *     next to the median are always kept) and at most 100
     * @return the aggregation
     * @throws ValidationException if {@code k} is below 1 or above 100
     */
    public static RobustAggregation of(BigDecimal k) {
        Objects.requireNonNull(k, "k");
        if (k.compareTo(BigDecimal.ONE) < 0 || k.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new ValidationException("k", "An outlier threshold of " + RuleTexts.plain(k)
                    + " scale units: expected 1 to 100 (3.0 is usual)");
        }
        return new RobustAggregation(k);
    }

    /**
     * Returns the threshold in scale units.
     *
     * @return {@code k}
     */
    public BigDecimal k() {
        return k;
    }

    /**
     * Aggregates observations as they are, under the default rule name, citing VAL-11.
     *
     * @param observations the observations, counting, in one currency and unit
     * @return the central price and its trail
     * @throws ValidationException if there are none, one does not count, an id repeats, or they are
     *     not all in one currency and unit
     */
    public RobustPrice aggregate(List<PriceObservation> observations) {
        return aggregate(observations, RULE, List.of("VAL-11"), List.of());
    }

    /**
     * Aggregates observations as they are, for a rule that chose them.
     *
     * @param observations the observations, counting, in one currency and unit
     * @param rule the rule's name in the derivation
     * @param requirements the requirement IDs the derivation cites
     * @param selection steps that explain how the observations were chosen; put first in the trail
     * @return the central price and its trail
     * @throws ValidationException if there are none, one does not count, an id repeats, or they are
     *     not all in one currency and unit
     */
    public RobustPrice aggregate(List<PriceObservation> observations, String rule, List<String> requirements,
            List<DerivationStep> selection) {
        Objects.requireNonNull(observations, "observations");
        int n = observations.size();
        PriceObservation[] obs = new PriceObservation[n];
        Money[] prices = new Money[n];
        UnitOfMeasure[] units = new UnitOfMeasure[n];
        for (int i = 0; i < n; i++) {
            PriceObservation o = Objects.requireNonNull(observations.get(i), "observation");
            obs[i] = o;
            prices[i] = o.unitPrice();
            units[i] = o.unit();
        }
        return compute(obs, prices, units, List.of(), rule, requirements, selection);
    }

    /**
     * Aggregates prices brought into one currency and unit by a {@link PriceNormaliser}, for a rule
     * that chose them.
     *
     * @param prices the prices, of counting observations
     * @param rule the rule's name in the derivation
     * @param requirements the requirement IDs the derivation cites
     * @param selection steps that explain how the observations were chosen; put first in the trail
     * @return the central price and its trail
     * @throws ValidationException if there are none, one does not count, an id repeats, or they are
     *     not all in one currency and unit
     */
    public RobustPrice aggregateNormalised(List<NormalisedPrice> prices, String rule, List<String> requirements,
            List<DerivationStep> selection) {
        Objects.requireNonNull(prices, "prices");
        int n = prices.size();
        PriceObservation[] obs = new PriceObservation[n];
        Money[] amounts = new Money[n];
        UnitOfMeasure[] units = new UnitOfMeasure[n];
        List<NormalisedPrice> converted = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            NormalisedPrice p = Objects.requireNonNull(prices.get(i), "price");
            obs[i] = p.observation();
            amounts[i] = p.price();
            units[i] = p.unit();
            if (p.converted()) {
                converted.add(p);
            }
        }
        return compute(obs, amounts, units, converted, rule, requirements, selection);
    }

    private RobustPrice compute(PriceObservation[] obs, Money[] prices, UnitOfMeasure[] units, List<NormalisedPrice> converted,
            String rule, List<String> requirements, List<DerivationStep> selection) {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(requirements, "requirements");
        Objects.requireNonNull(selection, "selection");
        int n = obs.length;
        if (n == 0) {
            throw new ValidationException("observations", "No observations to aggregate for the " + rule
                    + ": expected at least one counting observation");
        }
        Currency currency = prices[0].currency();
        UnitOfMeasure unit = units[0];
        int digits = currency.getDefaultFractionDigits();
        if (digits < 0) {
            throw new ValidationException("currency", "Currency " + currency
                    + " has no fixed minor unit: expected prices in a currency such as VND or USD");
        }
        long[] values = new long[n];
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            PriceObservation o = obs[i];
            Money price = prices[i];
            if (!o.counts()) {
                problems.add(o.id() + " does not count: " + ObservationChecks.whyNotCounting(o));
            }
            if (!price.currency().equals(currency) || !units[i].equals(unit)) {
                problems.add(o.id() + " is priced in " + price.currency() + " per " + units[i] + ", not " + currency + " per "
                        + unit + ": normalise the prices first (PriceNormaliser)");
            }
            long minor = minorUnits(price.amount());
            if (minor <= 0 || minor > ExactStatistics.MAX_MINOR_UNITS) {
                problems.add(o.id() + " has price " + price + ": expected a positive price of at most 2^60 minor units");
            } else {
                values[i] = minor;
            }
        }
        for (String id : DuplicateIds.repeated(n, i -> obs[i].id())) {
            problems.add(id + " is given more than once: expected each observation once");
        }
        if (!problems.isEmpty()) {
            throw new ValidationException("observations", problems.size() + " problem(s) with the observations for the "
                    + rule + ": " + RuleTexts.some(problems, 5), problems, null);
        }

        long[] sorted = values.clone();
        Arrays.sort(sorted);
        long m2 = ExactStatistics.twiceMedian(sorted, 0, n);
        long m4 = ExactStatistics.fourTimesMad(sorted, m2);
        ScaleEstimator estimator;
        long maxDeviation;
        BigDecimal scale;
        BigDecimal threshold;
        String scaleText;
        if (m4 > 0) {
            estimator = ScaleEstimator.MEDIAN_ABSOLUTE_DEVIATION;
            // |x − median| > k·1.4826·MAD  ⇔  2·D > k·1.4826·(4·MAD), D = |2x − 2·median|
            long limit = floorToLong(k.multiply(MAD_FACTOR).multiply(BigDecimal.valueOf(m4)));
            maxDeviation = Math.min(limit / 2, MAX_DEVIATION);
            BigDecimal mad = BigDecimal.valueOf(m4, digits).divide(FOUR);
            scale = MAD_FACTOR.multiply(mad);
            threshold = k.multiply(scale);
            scaleText = "scale = " + RuleTexts.plain(MAD_FACTOR) + " × the median absolute deviation from the median ("
                    + RuleTexts.amount(mad, currency) + ")";
        } else {
            BigInteger sum = ExactStatistics.sumOfDeviations(sorted, m2);
            if (sum.signum() == 0) {
                estimator = ScaleEstimator.NONE;
                maxDeviation = 0;
                scale = BigDecimal.ZERO;
                threshold = BigDecimal.ZERO;
                scaleText = "all " + n + " prices are equal: no spread, nothing to exclude";
            } else {
                estimator = ScaleEstimator.MEAN_ABSOLUTE_DEVIATION;
                // |x − median| > k·1.253314·ΣD/(2n)  ⇔  D > k·1.253314·ΣD/n
                BigDecimal exact = k.multiply(MEAN_DEVIATION_FACTOR).multiply(new BigDecimal(sum));
                maxDeviation = Math.min(floorToLong(exact.divide(BigDecimal.valueOf(n), 0, RoundingMode.FLOOR)), MAX_DEVIATION);
                BigDecimal mean = new BigDecimal(sum, digits).divide(BigDecimal.valueOf(2L * n), MathContext.DECIMAL64);
                scale = MEAN_DEVIATION_FACTOR.multiply(mean, MathContext.DECIMAL64);
                threshold = k.multiply(scale, MathContext.DECIMAL64);
                scaleText = "the median absolute deviation is 0 (more than half the prices are equal): scale = "
                        + RuleTexts.plain(MEAN_DEVIATION_FACTOR) + " × the mean absolute deviation from the median ("
                        + RuleTexts.amount(mean, currency) + ")";
            }
        }
        long low = -Math.floorDiv(-(m2 - maxDeviation), 2);
        long high = Math.floorDiv(m2 + maxDeviation, 2);
        int from = ExactStatistics.lowerBound(sorted, low);
        int to = ExactStatistics.lowerBound(sorted, high + 1);

        BigDecimal medianOfAll = BigDecimal.valueOf(m2, digits).divide(TWO);
        List<PriceObservation> kept = new ArrayList<>(to - from);
        List<SourceCitation> citations = new ArrayList<>(to - from);
        List<ExcludedObservation> excluded = new ArrayList<>(n - (to - from));
        List<String> excludedNames = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long v = values[i];
            if (v >= low && v <= high) {
                kept.add(obs[i]);
                citations.add(SourceCitation.of(obs[i]));
            } else {
                BigDecimal distance = BigDecimal.valueOf(Math.abs(2 * v - m2), digits).divide(TWO);
                String side = 2 * v > m2 ? "above" : "below";
                excluded.add(new ExcludedObservation(obs[i], prices[i], distance, "price " + prices[i] + " lies "
                        + RuleTexts.amount(distance, currency) + " " + side + " the median " + RuleTexts.amount(medianOfAll, currency)
                        + ", farther than " + RuleTexts.plain(k) + " × scale = " + RuleTexts.amount(threshold, currency)));
                if (excludedNames.size() < NAMED) {
                    excludedNames.add(obs[i].id() + " (" + prices[i] + ")");
                }
            }
        }

        long keptM2 = ExactStatistics.twiceMedian(sorted, from, to);
        BigDecimal keptMedian = BigDecimal.valueOf(keptM2, digits).divide(TWO);
        Money value = Money.rounded(keptMedian, currency, RoundingMode.HALF_UP);
        PriceSpread spread = new PriceSpread(currency, unit, BigDecimal.valueOf(sorted[from], digits),
                quartile(sorted, from, to, 1, digits), keptMedian, quartile(sorted, from, to, 3, digits),
                BigDecimal.valueOf(sorted[to - 1], digits));

        List<DerivationStep> steps = new ArrayList<>(selection);
        if (!converted.isEmpty()) {
            List<String> names = new ArrayList<>();
            for (NormalisedPrice p : converted.subList(0, Math.min(NAMED, converted.size()))) {
                names.add(p.observation().id() + ": " + RuleTexts.perUnit(p.observation().unitPrice(), p.observation().unit())
                        + " → " + RuleTexts.perUnit(p.price(), p.unit()));
            }
            steps.add(new DerivationStep(converted.size() + " of " + n + " prices converted into " + currency + " per " + unit
                    + " at the exchange rates of their price dates (" + RuleTexts.some(names, NAMED) + ")",
                    converted.size() + " converted"));
        }
        steps.add(new DerivationStep("median of the " + n + " prices in " + currency + " per " + unit,
                RuleTexts.amount(medianOfAll, currency)));
        steps.add(new DerivationStep(scaleText, RuleTexts.amount(scale, currency)));
        if (estimator != ScaleEstimator.NONE) {
            int e = excluded.size();
            String names = e == 0 ? "none" : String.join(", ", excludedNames) + (e > NAMED ? " and " + (e - NAMED) + " more" : "");
            steps.add(new DerivationStep("exclude prices farther than " + RuleTexts.plain(k) + " × scale = "
                    + RuleTexts.amount(threshold, currency) + " from the median, i.e. outside "
                    + RuleTexts.amount(medianOfAll.subtract(threshold), currency) + " to "
                    + RuleTexts.amount(medianOfAll.add(threshold), currency) + ": " + names,
                    e + " excluded, " + kept.size() + " kept"));
        }
        steps.add(new DerivationStep("spread of the " + kept.size() + " prices kept: min, lower quartile, upper quartile, max"
                + " (interquartile range " + RuleTexts.amount(spread.interquartileRange(), currency) + ")",
                RuleTexts.plain(spread.min()) + " / " + RuleTexts.plain(spread.lowerQuartile()) + " / "
                        + RuleTexts.plain(spread.upperQuartile()) + " / " + RuleTexts.plain(spread.max()) + " " + currency));
        boolean exact = keptMedian.compareTo(value.amount()) == 0;
        steps.add(new DerivationStep("median of the " + kept.size() + " prices kept"
                + (exact ? "" : " (" + RuleTexts.amount(keptMedian, currency) + "), " + RuleTexts.rounding(currency, RoundingMode.HALF_UP)),
                RuleTexts.perUnit(value, unit)));
        Derivation derivation = new Derivation(rule, requirements, value, unit, steps, citations);
        return new RobustPrice(derivation, k, estimator, medianOfAll, scale, threshold, spread, kept, excluded);
    }

    /** Returns the amount in minor units (Money keeps the currency's scale), or -1 if it does not fit in a long. */
    private static long minorUnits(BigDecimal amount) {
        try {
            // scale 0 (VND) reads the compact value without allocating
            return amount.scale() == 0 ? amount.longValueExact() : amount.movePointRight(amount.scale()).longValueExact();
        } catch (ArithmeticException tooLarge) {
            return -1;
        }
    }

    private static BigDecimal quartile(long[] sorted, int from, int to, int quarter, int digits) {
        return BigDecimal.valueOf(ExactStatistics.fourTimesQuartile(sorted, from, to, quarter), digits).divide(FOUR);
    }

    private static long floorToLong(BigDecimal value) {
        BigDecimal floor = value.setScale(0, RoundingMode.FLOOR);
        return floor.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) >= 0 ? Long.MAX_VALUE : floor.longValueExact();
    }
}
