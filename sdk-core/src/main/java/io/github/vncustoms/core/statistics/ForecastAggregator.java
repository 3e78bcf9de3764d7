package io.github.vncustoms.core.statistics;

import io.github.vncustoms.core.error.ValidationException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Aggregates the opinions submitted to a forecast round per indicator (tổng hợp ý kiến, QĐ
 * 1991/QĐ-TCHQ Art. 9.2, STA-06): count, mean, median, lowest and highest estimate, and who said
 * what.
 *
 * <p>Only each organisation's current estimate of an indicator counts (its highest revision); the
 * earlier ones stay on record but are replaced. The result depends only on the set of estimates,
 * never on their order: contributions are sorted by organisation code, ties between equal values
 * are broken by organisation code, and the sum is exact. The mean is the exact sum divided by the
 * count, rounded with this aggregator's {@link MathContext} and then kept within {@code [min, max]}
 * (the exact mean always lies there; rounding to few digits could otherwise step outside). The
 * median is exact: the middle estimate, or half the sum of the two middle ones.
 *
 * <pre>{@code
 * List<IndicatorAggregate> report = ForecastAggregator.of(MathContext.DECIMAL64).aggregate(round, estimates);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ForecastAggregator {
    private static final ForecastAggregator DEFAULT = new ForecastAggregator(MathContext.DECIMAL64);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final Comparator<ForecastEstimate> BY_ORGANISATION = Comparator.comparing(ForecastEstimate::organisationCode);
    private static final Comparator<ForecastEstimate> BY_VALUE = Comparator.comparing(ForecastEstimate::value)
            .thenComparing(ForecastEstimate::organisationCode);

    private final MathContext mathContext;

    private ForecastAggregator(MathContext mathContext) {
        this.mathContext = mathContext;
    }

    /**
     * Returns the aggregator that rounds the mean to 16 significant digits, half-even
     * ({@link MathContext#DECIMAL64}).
     *
     * @return the shared default aggregator
     */
    public static ForecastAggregator defaultAggregator() {
        return DEFAULT;
    }

    /**
     * Returns an aggregator that rounds the mean with a math context.
     *
     * @param mathContext the precision and rounding of the mean; precision at least 1
     * @return the aggregator
     * @throws ValidationException if the precision is 0 (unlimited), which cannot divide by 3
     */
    public static ForecastAggregator of(MathContext mathContext) {
        Objects.requireNonNull(mathContext, "mathContext");
        if (mathContext.getPrecision() < 1) {
            throw new ValidationException("mathContext", "Math context " + mathContext + " has unlimited precision,"
                    + " which cannot hold a mean such as 1/3: expected a precision of at least 1 digit,"
                    + " e.g. MathContext.DECIMAL64");
        }
        return new ForecastAggregator(mathContext);
    }

    /**
     * Returns the precision and rounding of the mean.
     *
     * @return the math context
     */
    public MathContext mathContext() {
        return mathContext;
    }

    /**
     * Aggregates a round's estimates per indicator.
     *
     * @param round the round
     * @param estimates every recorded estimate of the round, resubmissions included, in any order
     * @return one aggregate per indicator, in the order of the round's initial forecast
     * @throws ValidationException if an estimate belongs to another round, names an indicator the
     *     round does not have or an organisation it does not authorise, or two estimates share
     *     organisation, indicator and revision
     */
    public List<IndicatorAggregate> aggregate(ForecastRound round, Collection<ForecastEstimate> estimates) {
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(estimates, "estimates");
        for (ForecastEstimate e : estimates) {
            check(round, Objects.requireNonNull(e, "estimate"));
        }
        List<ForecastEstimate> current = current(estimates);
        List<IndicatorAggregate> result = new ArrayList<>();
        for (IndicatorValue initial : round.initialForecast()) {
            List<ForecastEstimate> mine = current.stream().filter(e -> e.indicatorCode().equals(initial.code())).toList();
            result.add(aggregate(round, initial, mine));
        }
        return List.copyOf(result);
    }

    /**
     * Keeps each organisation's current estimate of each indicator: the one with the highest
     * revision.
     *
     * @param estimates estimates, resubmissions included, in any order
     * @return the current ones, sorted by indicator code, then organisation code
     * @throws ValidationException if two estimates share round, organisation, indicator and revision
     */
    public static List<ForecastEstimate> current(Collection<ForecastEstimate> estimates) {
        Map<List<String>, ForecastEstimate> latest = new HashMap<>();
        for (ForecastEstimate e : estimates) {
            List<String> key = List.of(e.roundId(), e.indicatorCode(), e.organisationCode());
            ForecastEstimate seen = latest.get(key);
            if (seen != null && seen.revision() == e.revision()) {
                throw new ValidationException("estimates", "Organisation " + e.organisationCode() + " has two estimates"
                        + " of " + e.indicatorCode() + " with revision " + e.revision() + " in round " + e.roundId()
                        + ": expected each resubmission to have the next revision");
            }
            if (seen == null || e.revision() > seen.revision()) {
                latest.put(key, e);
            }
        }
        return latest.values().stream()
                .sorted(Comparator.comparing(ForecastEstimate::roundId).thenComparing(ForecastEstimate::indicatorCode)
                        .thenComparing(BY_ORGANISATION))
                .toList();
    }

    private IndicatorAggregate aggregate(ForecastRound round, IndicatorValue initial, List<ForecastEstimate> mine) {
        List<ForecastEstimate> byOrganisation = mine.stream().sorted(BY_ORGANISATION).toList();
        List<String> notSubmitted = round.authorised().stream().map(AuthorisedOrganisation::code)
                .filter(code -> byOrganisation.stream().noneMatch(e -> e.organisationCode().equals(code)))
                .sorted().toList();
        int n = byOrganisation.size();
        if (n == 0) {
            return new IndicatorAggregate(initial.indicator(), initial.value(), 0, null, null, null, null,
                    byOrganisation, notSubmitted);
        }
        List<BigDecimal> values = byOrganisation.stream().sorted(BY_VALUE).map(ForecastEstimate::value).toList();
        BigDecimal min = values.get(0);
        BigDecimal max = values.get(n - 1);
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            sum = sum.add(v);
        }
        BigDecimal mean = sum.divide(BigDecimal.valueOf(n), mathContext);
        if (mean.compareTo(min) < 0) {
            mean = min;
        } else if (mean.compareTo(max) > 0) {
            mean = max;
        }
        BigDecimal median = n % 2 == 1 ? values.get(n / 2) : values.get(n / 2 - 1).add(values.get(n / 2)).divide(TWO);
        return new IndicatorAggregate(initial.indicator(), initial.value(), n, mean, median, min, max, byOrganisation,
                notSubmitted);
    }

    private static void check(ForecastRound round, ForecastEstimate e) {
        if (!e.roundId().equals(round.id())) {
            throw new ValidationException("estimates", "An estimate of round " + e.roundId() + " was given to round "
                    + round.id() + ": expected only the round's own estimates");
        }
        if (round.initialValue(e.indicatorCode()).isEmpty()) {
            throw new ValidationException("estimates", "Round " + round.id() + " has no indicator " + e.indicatorCode()
                    + ": expected one of " + round.indicators().stream().map(Indicator::code).toList());
        }
        if (round.organisation(e.organisationCode()).isEmpty()) {
            throw new ValidationException("estimates", "Organisation " + e.organisationCode() + " is not authorised in"
                    + " round " + round.id() + ": expected estimates only from the authorisation list");
        }
    }
}
