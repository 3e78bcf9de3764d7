package io.github.vncustoms.benchmarks;

import io.github.vncustoms.core.id.HsCode;
import io.github.vncustoms.core.money.Money;
import io.github.vncustoms.valuation.goods.GoodsAttribute;
import io.github.vncustoms.valuation.goods.GoodsDescriptor;
import io.github.vncustoms.valuation.goods.UnitOfMeasure;
import io.github.vncustoms.valuation.observation.CommercialLevel;
import io.github.vncustoms.valuation.observation.PriceObservation;
import io.github.vncustoms.valuation.reference.LookBackResult;
import io.github.vncustoms.valuation.reference.LookBackRule;
import io.github.vncustoms.valuation.reference.RobustAggregation;
import io.github.vncustoms.valuation.reference.RobustPrice;
import io.github.vncustoms.valuation.source.PriceSource;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A robust reference price from 100,000 observations (issue 5, "Speed": under 50 ms): the
 * {@link RobustAggregation} of 100,000 accepted declared values of one phone model in VND, spread
 * about 24,000,000 VND with many repeated prices and 2% outliers (a tenth or ten times the price).
 * Each call checks every observation (counts, currency, unit, unique id), sorts the exact minor
 * units, finds the median and MAD, excludes the outliers with their reasons, and builds the trail
 * with a citation per observation kept. A second benchmark runs the whole {@link LookBackRule} over
 * the same observations mixed with 100,000 of other goods and older dates.
 *
 * <p>JMH state; not thread-safe beyond what JMH guarantees.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class RobustReferencePriceBenchmark {
    private static final int OBSERVATIONS = 100_000;
    private static final LocalDate BUILD_DATE = LocalDate.of(2026, 11, 17);

    List<PriceObservation> observations;
    List<PriceObservation> candidates;
    GoodsDescriptor phone;
    RobustAggregation aggregation;
    LookBackRule lookBack;

    /** Builds the observations once; checks that the aggregation finds the centre and the outliers. */
    @Setup(Level.Trial)
    public void prepare() {
        phone = phone("SM-S928B");
        GoodsDescriptor other = phone("SM-A556E");
        SplittableRandom random = new SplittableRandom(20261117);
        Instant entered = Instant.parse("2026-11-17T03:00:00Z");
        observations = new ArrayList<>(OBSERVATIONS);
        candidates = new ArrayList<>(2 * OBSERVATIONS);
        for (int i = 0; i < OBSERVATIONS; i++) {
            long price = 24_000_000L + 10_000L * (long) (random.nextGaussian() * 60);
            int kind = random.nextInt(100);
            if (kind == 0) {
                price /= 10;
            } else if (kind == 1) {
                price *= 10;
            }
            LocalDate day = BUILD_DATE.minusDays(random.nextInt(180));
            PriceObservation o = observation("TK-" + i, phone, price, day, entered);
            observations.add(o);
            candidates.add(o);
            candidates.add(observation("TK-X" + i, i % 2 == 0 ? other : phone, price, BUILD_DATE.minusDays(200 + random.nextInt(500)),
                    entered));
        }
        aggregation = RobustAggregation.defaultAggregation();
        lookBack = LookBackRule.defaultRule();
        RobustPrice p = aggregation.aggregate(observations);
        if (p.excluded().size() < OBSERVATIONS / 100 || p.value().compareTo(Money.vnd(23_500_000)) < 0
                || p.value().compareTo(Money.vnd(24_500_000)) > 0) {
            throw new IllegalStateException("Unexpected robust price " + p.value() + " with " + p.excluded().size() + " excluded");
        }
    }

    /**
     * Derives the robust reference price of 100,000 observations.
     *
     * @return the price with its trail
     */
    @Benchmark
    public RobustPrice aggregate100k() {
        return aggregation.aggregate(observations);
    }

    /**
     * Runs the look-back rule over 200,000 candidates, 100,000 of which fall in the 6-month window.
     *
     * @return the result
     */
    @Benchmark
    public LookBackResult lookBack200kCandidates() {
        return lookBack.lookBack(phone, BUILD_DATE, candidates);
    }

    private static GoodsDescriptor phone(String model) {
        return GoodsDescriptor.builder(HsCode.parse("8517.13.00"), "Điện thoại di động")
                .with(GoodsAttribute.MANUFACTURER, "Samsung Electronics").with(GoodsAttribute.MODEL, model).build();
    }

    private static PriceObservation observation(String id, GoodsDescriptor goods, long price, LocalDate day, Instant entered) {
        return PriceObservation.builder().id(id).goods(goods).source(PriceSource.ACCEPTED_DECLARED_VALUE)
                .unitPrice(Money.vnd(price)).unit(UnitOfMeasure.PIECE).commercialLevel(CommercialLevel.IMPORT)
                .priceDate(day).determinedOn(day).enteredAt(entered).enteringUnit("01AB").enteringOfficer("lan.nt").build();
    }
}
