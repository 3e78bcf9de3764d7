package io.github.vncustoms.valuation.reference;

import static io.github.vncustoms.valuation.reference.RulesFixtures.BUILD_DATE;
import static io.github.vncustoms.valuation.reference.RulesFixtures.PHONE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vncustoms.core.money.Money;
import io.github.vncustoms.valuation.internal.reference.DuplicateIds;
import io.github.vncustoms.valuation.observation.PriceObservation;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Invariants of the robust aggregation, checked against a plain BigDecimal re-implementation of the
 * documented method (median, 1.4826 × MAD or 1.253314 × mean absolute deviation, k × scale).
 */
final class RobustAggregationProperties {
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    @Provide
    Arbitrary<List<Long>> samples() {
        Arbitrary<Long> common = Arbitraries.longs().between(95, 105);
        Arbitrary<Long> wide = Arbitraries.longs().between(1, 2_000);
        Arbitrary<Long> outlier = Arbitraries.longs().between(1, 1_000_000_000_000L);
        Arbitrary<Long> value = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, common), net.jqwik.api.Tuple.of(3, wide), net.jqwik.api.Tuple.of(1, outlier));
        return value.list().ofMinSize(1).ofMaxSize(60);
    }

    @Provide
    Arbitrary<BigDecimal> ks() {
        return Arbitraries.integers().between(10, 60).map(k -> BigDecimal.valueOf(k, 1));
    }

    private static List<PriceObservation> observations(List<Long> cents) {
        List<PriceObservation> out = new ArrayList<>();
        for (int i = 0; i < cents.size(); i++) {
            out.add(RulesFixtures.accepted("OBS-" + i, PHONE, Money.of(BigDecimal.valueOf(cents.get(i), 2), Money.currency("USD")),
                    BUILD_DATE.minusDays(i % 100)));
        }
        return out;
    }

    @Property
    @Label("the median of all prices and the result lie between the lowest and the highest price")
    void median_liesWithinMinAndMax(@ForAll("samples") List<Long> cents, @ForAll("ks") BigDecimal k) {
        RobustPrice p = RobustAggregation.of(k).aggregate(observations(cents));
        BigDecimal min = BigDecimal.valueOf(Collections.min(cents), 2);
        BigDecimal max = BigDecimal.valueOf(Collections.max(cents), 2);

        assertThat(p.medianOfAll()).isBetween(min, max);
        assertThat(p.value().amount()).isBetween(min, max);
        assertThat(p.value().amount()).isBetween(p.spread().min(), p.spread().max());
        assertThat(p.spread().median()).isBetween(p.spread().lowerQuartile(), p.spread().upperQuartile());
        assertThat(p.kept()).isNotEmpty();
        assertThat(p.observed()).isEqualTo(cents.size());
    }

    @Property
    @Label("the result does not depend on the order of the observations")
    void result_isPermutationInvariant(@ForAll("samples") List<Long> cents, @ForAll long seed) {
        List<PriceObservation> obs = observations(cents);
        List<PriceObservation> shuffled = new ArrayList<>(obs);
        Collections.shuffle(shuffled, new Random(seed));

        RobustPrice a = RobustAggregation.defaultAggregation().aggregate(obs);
        RobustPrice b = RobustAggregation.defaultAggregation().aggregate(shuffled);

        assertThat(b.value()).isEqualTo(a.value());
        assertThat(b.threshold()).isEqualByComparingTo(a.threshold());
        assertThat(b.spread()).isEqualTo(a.spread());
        assertThat(ids(b.kept())).isEqualTo(ids(a.kept()));
        assertThat(excludedIds(b)).isEqualTo(excludedIds(a));
    }

    @Property
    @Label("exactly the prices farther than k × scale from the median are excluded, and the result is the median of the rest")
    void excluded_areExactlyThoseBeyondTheThreshold(@ForAll("samples") List<Long> cents, @ForAll("ks") BigDecimal k) {
        RobustPrice p = RobustAggregation.of(k).aggregate(observations(cents));

        List<BigDecimal> x = cents.stream().map(c -> BigDecimal.valueOf(c, 2)).toList();
        BigDecimal median = median(x);
        List<BigDecimal> d = x.stream().map(v -> v.subtract(median).abs()).toList();
        BigDecimal mad = median(d);
        BigDecimal sum = d.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal n = BigDecimal.valueOf(x.size());
        Set<String> expected = new TreeSet<>();
        for (int i = 0; i < x.size(); i++) {
            boolean beyond = mad.signum() > 0
                    ? d.get(i).compareTo(k.multiply(RobustAggregation.MAD_FACTOR).multiply(mad)) > 0
                    : d.get(i).multiply(n).compareTo(k.multiply(RobustAggregation.MEAN_DEVIATION_FACTOR).multiply(sum)) > 0;
            if (beyond) {
                expected.add("OBS-" + i);
            }
        }
        List<BigDecimal> rest = new ArrayList<>();
        for (int i = 0; i < x.size(); i++) {
            if (!expected.contains("OBS-" + i)) {
                rest.add(x.get(i));
            }
        }

        assertThat(p.medianOfAll()).isEqualByComparingTo(median);
        assertThat(excludedIds(p)).isEqualTo(expected);
        assertThat(p.value().amount()).isEqualByComparingTo(median(rest).setScale(2, RoundingMode.HALF_UP));
        for (ExcludedObservation e : p.excluded()) {
            assertThat(e.distance()).isGreaterThan(p.threshold().round(MathContext.DECIMAL32).multiply(new BigDecimal("0.999999")));
        }
        if (mad.signum() > 0) {
            assertThat(p.scale()).isEqualByComparingTo(RobustAggregation.MAD_FACTOR.multiply(mad));
        }
    }

    @Property
    @Label("every id given more than once is found, and no other, whatever the hash codes (duplicate check of the aggregation)")
    void repeatedIds_areFoundExactly(@ForAll("ids") List<String> ids) {
        Set<String> seen = new java.util.HashSet<>();
        Set<String> expected = new TreeSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                expected.add(id);
            }
        }

        List<String> found = DuplicateIds.repeated(ids.size(), ids::get);

        assertThat(new TreeSet<>(found)).isEqualTo(expected);
        assertThat(found).doesNotHaveDuplicates();
    }

    @Provide
    Arbitrary<List<String>> ids() {
        Arbitrary<String> sequential = Arbitraries.integers().between(0, 300).map(i -> "TK-" + i);
        Arbitrary<String> colliding = Arbitraries.of("Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa");
        return Arbitraries.oneOf(sequential, colliding).list().ofMaxSize(400);
    }

    private static Set<String> excludedIds(RobustPrice p) {
        Set<String> out = new TreeSet<>();
        p.excluded().forEach(e -> out.add(e.observation().id()));
        return out;
    }

    private static Set<String> ids(List<PriceObservation> obs) {
        return obs.stream().map(PriceObservation::id).collect(Collectors.toCollection(TreeSet::new));
    }

    private static BigDecimal median(List<BigDecimal> values) {
        List<BigDecimal> s = new ArrayList<>(values);
        Collections.sort(s);
        int n = s.size();
        return s.get((n - 1) / 2).add(s.get(n / 2)).divide(TWO);
    }
}
