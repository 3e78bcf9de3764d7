package io.github.vncustoms.benchmarks;

import io.github.vncustoms.core.id.HsCode;
import io.github.vncustoms.core.money.ExchangeRate;
import io.github.vncustoms.core.money.FixedExchangeRates;
import io.github.vncustoms.core.money.Money;
import io.github.vncustoms.valuation.goods.GoodsAttribute;
import io.github.vncustoms.valuation.goods.GoodsDescriptor;
import io.github.vncustoms.valuation.goods.UnitOfMeasure;
import io.github.vncustoms.valuation.risklist.RiskListItem;
import io.github.vncustoms.valuation.risklist.RiskListVersion;
import io.github.vncustoms.valuation.screening.DeclarationLine;
import io.github.vncustoms.valuation.screening.OutcomeKind;
import io.github.vncustoms.valuation.screening.Screener;
import io.github.vncustoms.valuation.screening.ScreeningOutcome;
import io.github.vncustoms.valuation.screening.ScreeningSummary;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Screening declared values against the valuation-risk list (issue 5, "Speed"; VAL-12, VAL-19): one
 * million declaration lines against a list of 50,000 items, reported in lines per second (the target
 * is at least 1,000,000).
 *
 * <p>The list: 50,000 phones, machines and granules, each identified by HS code, trade name,
 * manufacturer and model; 95% priced (in đồng, 2% in US dollars), 5% listed without a price yet;
 * 70% priced per piece, 30% per kilogram. The lines: 1,000,000, over five declaration days, naming
 * goods through 100,000 descriptor objects built separately from the list's (so every lookup compares
 * the identity keys, as for descriptors parsed from declarations); 15% name goods not listed; 60% are
 * declared in đồng and 40% in US dollars (converted at the day's rate); 3% of the lines for goods
 * priced per kilogram are declared per tonne (converted) and 2% per piece (not compared). Values are
 * spread so that about half the priced lines are consistent and half below the reference, a tenth of
 * them exactly at the reference (the boundary, with the default tolerance of 0) or one minor unit
 * below it. Setup checks the mix and prints it: about 397,000 consistent, 399,000 below, 150,000 not
 * listed, 50,000 without a reference price, 4,500 in a unit not compared.
 *
 * <p>{@link #screenAll} screens the million as one batch, {@link #screenEach} line by line through
 * {@link Screener#screen}, which asks the exchange-rate provider per line. Run with a 3 GB heap (the
 * fork sets it).
 *
 * <p>JMH state; not thread-safe, as JMH expects.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class ScreeningBenchmark {
    static final int ITEMS = 50_000;
    static final int LINES = 1_000_000;
    static final int DESCRIPTORS = 100_000;
    static final LocalDate FIRST_DAY = LocalDate.of(2026, 3, 2);
    static final Currency USD = Currency.getInstance("USD");
    static final BigDecimal[] RATES = {new BigDecimal("25345"), new BigDecimal("25350"), new BigDecimal("25342"),
        new BigDecimal("25361"), new BigDecimal("25358")};

    private Screener screener;
    private List<DeclarationLine> lines;

    /** Builds the list, the rates, the lines and the screener, and checks the mix of outcomes. */
    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(20_260_302L);
        List<RiskListItem> items = new ArrayList<>(ITEMS);
        for (int i = 0; i < ITEMS; i++) {
            Money price = null;
            if (i % 20 != 19) {
                price = i % 50 == 7 ? Money.of(BigDecimal.valueOf(1_000 + random.nextInt(5_000_000), 2), USD)
                        : Money.vnd(10_000L * (1 + random.nextInt(20_000)));
            }
            UnitOfMeasure unit = i % 10 < 7 ? UnitOfMeasure.PIECE : UnitOfMeasure.KILOGRAM;
            items.add(new RiskListItem("RL-" + i, goods(i), price, unit, LocalDate.of(2026, 1, 1), null,
                    price == null ? "" : "Trị giá khai báo đã chấp nhận của hàng giống hệt (b.2.2)", ""));
        }
        RiskListVersion version = RiskListVersion.of(7, LocalDate.of(2026, 1, 1), "tchq.txnk.01", "77/QĐ-TCHQ", items);
        FixedExchangeRates.Builder rates = FixedExchangeRates.builder();
        for (int d = 0; d < RATES.length; d++) {
            rates.add(new ExchangeRate(USD, Money.VND, RATES[d], FIRST_DAY.plusDays(d), "SBV"));
        }
        screener = Screener.builder(version).exchangeRates(rates.build()).build();

        // Descriptor objects as a declaration system would parse them: equal to the list's, not the same.
        GoodsDescriptor[] declared = new GoodsDescriptor[DESCRIPTORS];
        for (int k = 0; k < DESCRIPTORS; k++) {
            declared[k] = k % 100 < 15 ? goods(ITEMS + k) : goods(k % ITEMS);
        }
        lines = new ArrayList<>(LINES);
        for (int n = 0; n < LINES; n++) {
            int k = random.nextInt(DESCRIPTORS);
            GoodsDescriptor g = declared[k];
            RiskListItem item = k % 100 < 15 ? null : items.get(k % ITEMS);
            int dayIndex = random.nextInt(RATES.length);
            lines.add(line(n, g, item, dayIndex, random));
        }
        checkMix();
    }

    private static DeclarationLine line(int n, GoodsDescriptor goods, RiskListItem item, int dayIndex, SplittableRandom random) {
        LocalDate day = FIRST_DAY.plusDays(dayIndex);
        boolean inDollars = random.nextInt(10) < 4;
        UnitOfMeasure unit = item == null ? UnitOfMeasure.PIECE : item.unit();
        BigDecimal perUnitFactor = BigDecimal.ONE;
        if (unit.equals(UnitOfMeasure.KILOGRAM)) {
            int u = random.nextInt(100);
            if (u < 3) {
                unit = UnitOfMeasure.TONNE;
                perUnitFactor = new BigDecimal("1000");
            } else if (u < 5) {
                unit = UnitOfMeasure.PIECE;
            }
        }
        Money value;
        if (item == null || !item.hasReferencePrice()) {
            value = inDollars ? Money.of(BigDecimal.valueOf(100 + random.nextInt(1_000_000), 2), USD)
                    : Money.vnd(1_000L + random.nextInt(100_000_000));
        } else {
            // The reference in the line's currency and unit, then a consistent value, a value below, or the boundary.
            BigDecimal reference = item.referencePrice().amount().multiply(perUnitFactor);
            Currency refCurrency = item.referencePrice().currency();
            Currency currency = inDollars ? USD : Money.VND;
            if (!currency.equals(refCurrency)) {
                reference = currency.equals(USD) ? reference.divide(RATES[dayIndex], 2, java.math.RoundingMode.CEILING)
                        : reference.multiply(RATES[dayIndex]);
            }
            int scale = currency.getDefaultFractionDigits();
            int pick = random.nextInt(100);
            BigDecimal amount;
            if (pick < 45) {
                amount = reference.multiply(BigDecimal.valueOf(100 + random.nextInt(40), 2));
            } else if (pick < 90) {
                amount = reference.multiply(BigDecimal.valueOf(50 + random.nextInt(49), 2));
            } else if (pick < 95) {
                amount = reference;
            } else {
                amount = reference.subtract(BigDecimal.ONE.movePointLeft(scale));
            }
            amount = amount.setScale(scale, java.math.RoundingMode.HALF_UP).max(BigDecimal.ONE.movePointLeft(scale));
            value = Money.of(amount, currency);
        }
        return new DeclarationLine(n % 3 == 0 ? "" : String.valueOf(103_000_000_000L + n / 10 * 10 + dayIndex % 10),
                1 + n % 10, goods, value, BigDecimal.TEN, unit, day);
    }

    private static GoodsDescriptor goods(int i) {
        String hs;
        String name;
        String maker;
        switch (i % 3) {
            case 0 -> {
                hs = "8517.13.00";
                name = "Điện thoại di động";
                maker = "Samsung Electronics";
            }
            case 1 -> {
                hs = "8429.52.00";
                name = "Máy đào bánh xích";
                maker = "Komatsu Ltd";
            }
            default -> {
                hs = "3901.10.99";
                name = "Hạt nhựa polyethylene";
                maker = "SCG Chemicals";
            }
        }
        return GoodsDescriptor.builder(HsCode.parse(hs), name)
                .with(GoodsAttribute.MANUFACTURER, maker)
                .with(GoodsAttribute.MODEL, "MDL-" + Integer.toString(i, 36).toUpperCase(java.util.Locale.ROOT) + "-" + (i % 97))
                .build();
    }

    private void checkMix() {
        ScreeningSummary summary = ScreeningSummary.of(screener.screenAll(lines));
        long total = summary.total();
        if (total != LINES || summary.count(OutcomeKind.BELOW_REFERENCE) < LINES / 5
                || summary.count(OutcomeKind.CONSISTENT) < LINES / 5 || summary.count(OutcomeKind.NO_MATCH) < LINES / 10) {
            throw new IllegalStateException("unexpected mix of outcomes: " + summary);
        }
        System.out.println("ScreeningBenchmark mix: " + summary);
    }

    /**
     * Screens the million lines as one batch.
     *
     * @return the outcomes
     */
    @Benchmark
    @OperationsPerInvocation(LINES)
    public List<ScreeningOutcome> screenAll() {
        return screener.screenAll(lines);
    }

    /**
     * Screens the million lines one by one.
     *
     * @param hole receives each outcome
     */
    @Benchmark
    @OperationsPerInvocation(LINES)
    public void screenEach(Blackhole hole) {
        for (DeclarationLine line : lines) {
            hole.consume(screener.screen(line));
        }
    }
}
