package io.github.vncustoms.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.error.ValidationException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Aggregation of forecast opinions (STA-06, Art. 9.2): the statistics stay within the estimates,
 * every organisation counts once with its latest estimate, and the order of submissions never
 * matters.
 */
final class ForecastAggregationProperties {
    private static final List<String> ORGS = IntStream.range(0, 8).mapToObj(i -> "ORG" + i).toList();
    private static final ForecastRound ROUND = round();

    private static ForecastRound round() {
        ForecastRound.Builder b = ForecastRound.builder("DB-1")
                .topic("Dự báo kim ngạch xuất khẩu")
                .period(ReferencePeriod.quarter(2026, 3))
                .initialForecast(IndicatorValue.of("A", "Trị giá xuất khẩu", "100", "triệu USD"),
                        IndicatorValue.of("B", "Tăng trưởng xuất khẩu", "-2.5", "%"))
                .opensAt(Instant.parse("2026-06-15T01:00:00Z"))
                .closesAt(Instant.parse("2026-06-30T10:00:00Z"));
        ORGS.forEach(code -> b.authorise(code, "Tổ chức " + code));
        return b.build();
    }

    /** One estimate as generated: who, which indicator, which value, submitted how many seconds in. */
    record Draft(String org, String indicator, BigDecimal value, int second) {}

    @Provide
    Arbitrary<BigDecimal> values() {
        return Combinators.combine(Arbitraries.longs().between(-1_000_000_000_000L, 1_000_000_000_000L),
                Arbitraries.integers().between(0, 6))
                .as(BigDecimal::valueOf)
                .edgeCases(e -> e.add(new BigDecimal("1.00000000000000000001")).add(new BigDecimal("1.0")));
    }

    @Provide
    Arbitrary<List<ForecastEstimate>> estimates() {
        Arbitrary<Draft> draft = Combinators.combine(Arbitraries.of(ORGS), Arbitraries.of("A", "B"), values(),
                Arbitraries.integers().between(0, 86_400)).as(Draft::new);
        return draft.list().ofMaxSize(30).map(ForecastAggregationProperties::record);
    }

    /** Numbers each organisation's estimates of an indicator 1, 2, 3... in submission order. */
    private static List<ForecastEstimate> record(List<Draft> drafts) {
        List<ForecastEstimate> out = new ArrayList<>();
        for (Draft d : drafts) {
            int revision = 1 + (int) out.stream()
                    .filter(e -> e.organisationCode().equals(d.org()) && e.indicatorCode().equals(d.indicator())).count();
            out.add(new ForecastEstimate("DB-1", d.indicator(), d.org(), "Tổ chức " + d.org(), "Cán bộ " + d.org(),
                    ROUND.opensAt().plusSeconds(d.second()), d.value(), "", revision));
        }
        return out;
    }

    @Provide
    Arbitrary<MathContext> mathContexts() {
        return Combinators.combine(Arbitraries.integers().between(1, 34), Arbitraries.of(RoundingMode.CEILING,
                RoundingMode.FLOOR, RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.UP, RoundingMode.DOWN))
                .as(MathContext::new);
    }

    @Property(tries = 300)
    void mean_and_median_lie_between_min_and_max_and_count_is_the_number_of_distinct_organisations(
            @ForAll("estimates") List<ForecastEstimate> estimates, @ForAll("mathContexts") MathContext mc) {
        List<IndicatorAggregate> report = ForecastAggregator.of(mc).aggregate(ROUND, estimates);
        assertThat(report).extracting(a -> a.indicator().code()).containsExactly("A", "B");
        for (IndicatorAggregate a : report) {
            List<ForecastEstimate> mine = estimates.stream().filter(e -> e.indicatorCode().equals(a.indicator().code())).toList();
            Set<String> organisations = mine.stream().map(ForecastEstimate::organisationCode).collect(Collectors.toSet());
            assertThat(a.count()).isEqualTo(organisations.size());
            assertThat(a.contributions()).extracting(ForecastEstimate::organisationCode)
                    .containsExactlyElementsOf(organisations.stream().sorted().toList());
            assertThat(a.notSubmitted()).containsExactlyElementsOf(
                    ORGS.stream().filter(o -> !organisations.contains(o)).sorted().toList());
            for (ForecastEstimate c : a.contributions()) {
                int latest = mine.stream().filter(e -> e.organisationCode().equals(c.organisationCode()))
                        .mapToInt(ForecastEstimate::revision).max().orElseThrow();
                assertThat(c.revision()).as("only the latest estimate counts").isEqualTo(latest);
            }
            if (a.count() == 0) {
                assertThat(a.mean()).isNull();
                continue;
            }
            assertThat(a.min()).isLessThanOrEqualTo(a.median());
            assertThat(a.median()).isLessThanOrEqualTo(a.max());
            assertThat(a.min()).isLessThanOrEqualTo(a.mean());
            assertThat(a.mean()).isLessThanOrEqualTo(a.max());
            assertThat(a.range().signum()).isGreaterThanOrEqualTo(0);
            List<BigDecimal> values = a.contributions().stream().map(ForecastEstimate::value).sorted().toList();
            assertThat(a.min()).isEqualByComparingTo(values.get(0));
            assertThat(a.max()).isEqualByComparingTo(values.get(values.size() - 1));
            BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal rounded = sum.divide(BigDecimal.valueOf(a.count()), mc);
            assertThat(a.mean()).isEqualTo(rounded.max(a.min()).min(a.max()));
        }
    }

    @Property(tries = 300)
    void the_order_of_submissions_does_not_change_the_report(@ForAll("estimates") List<ForecastEstimate> estimates,
            @ForAll long seed, @ForAll("mathContexts") MathContext mc) {
        List<ForecastEstimate> shuffled = new ArrayList<>(estimates);
        Collections.shuffle(shuffled, new Random(seed));
        ForecastAggregator aggregator = ForecastAggregator.of(mc);
        assertThat(aggregator.aggregate(ROUND, shuffled)).isEqualTo(aggregator.aggregate(ROUND, estimates));
    }

    @Property(tries = 100)
    void the_desk_and_the_aggregator_agree_whatever_order_the_organisations_submit_in(
            @ForAll("estimates") List<ForecastEstimate> estimates, @ForAll long seed) {
        List<ForecastEstimate> ordered = new ArrayList<>(estimates);
        Collections.shuffle(ordered, new Random(seed));
        TestClock clock = new TestClock(ROUND.opensAt());
        ForecastDesk desk = ForecastDesk.builder().clock(clock).build();
        desk.open(ROUND);
        for (ForecastEstimate e : ordered) {
            desk.submit(ROUND.id(), ForecastSubmission.of(e.organisationCode(), e.submittedBy(),
                    new EstimateEntry(e.indicatorCode(), e.value(), e.opinion())));
        }
        List<IndicatorAggregate> viaDesk = desk.report(ROUND.id()).indicators();
        for (IndicatorAggregate a : viaDesk) {
            // The latest submission of each organisation wins, so compare with what was sent last.
            for (ForecastEstimate c : a.contributions()) {
                ForecastEstimate last = ordered.stream()
                        .filter(e -> e.organisationCode().equals(c.organisationCode())
                                && e.indicatorCode().equals(c.indicatorCode()))
                        .reduce((x, y) -> y).orElseThrow();
                assertThat(c.value()).isEqualTo(last.value());
            }
        }
        assertThat(desk.history(ROUND.id())).hasSize(estimates.size());
    }

    @Property(tries = 50)
    void estimates_from_outside_the_round_are_refused(@ForAll @IntRange(min = 0, max = 2) int which) {
        ForecastEstimate bad = switch (which) {
            case 0 -> new ForecastEstimate("DB-2", "A", "ORG0", "Tổ chức", "An", ROUND.opensAt(), BigDecimal.ONE, "", 1);
            case 1 -> new ForecastEstimate("DB-1", "C", "ORG0", "Tổ chức", "An", ROUND.opensAt(), BigDecimal.ONE, "", 1);
            default -> new ForecastEstimate("DB-1", "A", "KHAC", "Tổ chức", "An", ROUND.opensAt(), BigDecimal.ONE, "", 1);
        };
        assertThatThrownBy(() -> ForecastAggregator.defaultAggregator().aggregate(ROUND, List.of(bad)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("expected");
        ForecastEstimate ok = new ForecastEstimate("DB-1", "A", "ORG0", "Tổ chức", "An", ROUND.opensAt(), BigDecimal.ONE, "", 1);
        assertThatThrownBy(() -> ForecastAggregator.defaultAggregator().aggregate(ROUND, List.of(ok, ok)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("two estimates");
    }
}
