package io.github.vncustoms.valuation.screening;

import static io.github.vncustoms.valuation.screening.ScreeningFixtures.DAY;
import static io.github.vncustoms.valuation.screening.ScreeningFixtures.RATES;
import static io.github.vncustoms.valuation.screening.ScreeningFixtures.item;
import static io.github.vncustoms.valuation.screening.ScreeningFixtures.line;
import static io.github.vncustoms.valuation.screening.ScreeningFixtures.phone;
import static io.github.vncustoms.valuation.screening.ScreeningFixtures.version;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.error.InvalidStateException;
import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.money.ExchangeRate;
import io.github.vncustoms.core.money.Money;
import io.github.vncustoms.core.money.spi.ExchangeRateProvider;
import io.github.vncustoms.valuation.goods.UnitOfMeasure;
import io.github.vncustoms.valuation.risklist.RiskListItem;
import io.github.vncustoms.valuation.risklist.RiskListVersion;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import net.jqwik.api.Example;
import net.jqwik.api.Label;

/** The screener's settings, versions, batches and concurrency (VAL-19). */
final class ScreenerTest {
    private static final RiskListItem PHONE = item("RL-1", phone("SM-S928B"), Money.of("8000000", "VND"), UnitOfMeasure.PIECE);

    @Example
    @Label("the builder refuses a tolerance outside [0, 1) and UNNECESSARY rounding, naming what it expected")
    void theBuilderChecksAtOnce() {
        Screener.Builder b = Screener.builder(version(1, PHONE));

        assertThatThrownBy(() -> b.tolerance(BigDecimal.ONE)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("from 0 (inclusive) to 1 (exclusive)");
        assertThatThrownBy(() -> b.tolerance(new BigDecimal("-0.01"))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> b.rounding(RoundingMode.UNNECESSARY)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("UNNECESSARY");
        assertThatThrownBy(() -> b.unitConversions(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> b.exchangeRates(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Screener.builder((RiskListVersion) null)).isInstanceOf(NullPointerException.class);
        assertThat(b.tolerance(new BigDecimal("0.9999")).build().toString()).contains("tolerance 99.99%");
    }

    @Example
    @Label("VAL-13: a screener on a supplier uses each new version as soon as it is issued")
    void aNewVersionIsUsedAtOnce() {
        AtomicReference<RiskListVersion> current = new AtomicReference<>(version(1, PHONE));
        Screener screener = Screener.builder(current::get).build();
        DeclarationLine line = line(phone("SM-S928B"), "7500000", "VND", UnitOfMeasure.PIECE);

        assertThat(screener.screen(line)).isInstanceOf(BelowReference.class);
        current.set(version(2, item("RL-1", phone("SM-S928B"), Money.of("7000000", "VND"), UnitOfMeasure.PIECE)));
        ScreeningOutcome after = screener.screen(line);
        assertThat(after).isInstanceOf(Consistent.class);
        assertThat(after.referenceBasis()).map(ReferenceBasis::listVersion).contains(2);
        current.set(null);
        assertThatThrownBy(() -> screener.screen(line)).isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("returned no version");
    }

    @Example
    @Label("toBuilder keeps every setting but the one changed")
    void toBuilderKeepsTheSettings() {
        Screener screener = Screener.builder(version(1, PHONE)).tolerance(new BigDecimal("0.1")).exchangeRates(RATES)
                .rounding(RoundingMode.HALF_EVEN).build();
        Screener variant = screener.toBuilder().build();
        DeclarationLine usd = line(phone("SM-S928B"), "250.00", "USD", UnitOfMeasure.PIECE);

        assertThat(variant.screen(usd)).isEqualTo(screener.screen(usd));
        assertThat(((BelowReference) variant.screen(usd)).reasons().get(0)).contains("tolerance of 10%");
    }

    @Example
    @Label("VAL-19: screening a batch gives the outcomes of screening each line, in order, and the summary counts them")
    void aBatchEqualsItsLines() {
        RiskListVersion list = version(1, PHONE, item("RL-2", phone("SM-A556E"), null, UnitOfMeasure.PIECE),
                item("RL-3", phone("SM-F956B"), Money.of("400.00", "USD"), UnitOfMeasure.PIECE));
        Screener screener = Screener.builder(list).exchangeRates(RATES).build();
        List<DeclarationLine> lines = new ArrayList<>();
        String[][] specs = {{"SM-S928B", "7000000", "VND"}, {"SM-S928B", "9000000", "VND"}, {"SM-S928B", "300.00", "USD"},
            {"SM-A556E", "1", "VND"}, {"SM-X000", "1", "VND"}, {"SM-F956B", "10000000", "VND"}, {"SM-F956B", "410.00", "USD"},
            {"SM-F956B", "1.00", "EUR"}};
        for (String[] s : specs) {
            lines.add(line(phone(s[0]), s[1], s[2], UnitOfMeasure.PIECE));
        }
        lines.add(line(phone("SM-S928B"), "1", "VND", UnitOfMeasure.KILOGRAM));

        List<ScreeningOutcome> batch = screener.screenAll(lines);

        assertThat(batch).hasSize(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            assertThat(batch.get(i)).isEqualTo(screener.screen(lines.get(i)));
        }
        ScreeningSummary summary = ScreeningSummary.of(batch);
        // Below: 7 000 000 VND; 300 USD = 7 603 500 VND; 10 000 000 VND against 400 USD = 10 138 000 VND.
        assertThat(summary.consistent()).isEqualTo(2);
        assertThat(summary.belowReference()).isEqualTo(3);
        assertThat(summary.noMatches()).containsEntry(NoMatchReason.GOODS_NOT_LISTED, 1L)
                .containsEntry(NoMatchReason.NO_REFERENCE_PRICE, 1L).containsEntry(NoMatchReason.NO_EXCHANGE_RATE, 1L)
                .containsEntry(NoMatchReason.NO_UNIT_CONVERSION, 1L);
        assertThat(summary.total()).isEqualTo(lines.size());
        assertThatThrownBy(() -> batch.add(batch.get(0))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Example
    @Label("a batch may be any list, 70 lines crossing chunk boundaries; a null line is refused")
    void aBatchMayBeAnyList() {
        Screener screener = Screener.builder(version(1, PHONE)).build();
        java.util.LinkedList<DeclarationLine> lines = new java.util.LinkedList<>();
        for (int i = 0; i < 70; i++) {
            lines.add(line(phone(i % 2 == 0 ? "SM-S928B" : "SM-X" + i), Money.vnd(7_990_000L + 1_000L * i), UnitOfMeasure.PIECE));
        }

        List<ScreeningOutcome> outcomes = screener.screenAll(lines);

        assertThat(outcomes).hasSize(70);
        for (int i = 0; i < 70; i++) {
            assertThat(outcomes.get(i)).isEqualTo(screener.screen(lines.get(i)));
        }
        lines.add(35, null);
        assertThatThrownBy(() -> screener.screenAll(lines)).isInstanceOf(NullPointerException.class).hasMessage("line");
    }

    @Example
    @Label("a batch asks the exchange-rate provider once per pair of currencies and day, not once per line")
    void aBatchAsksForEachRateOnce() {
        AtomicInteger asked = new AtomicInteger();
        ExchangeRateProvider counting = (from, to, day) -> {
            asked.incrementAndGet();
            return RATES.find(from, to, day);
        };
        Screener screener = Screener.builder(version(1, PHONE)).exchangeRates(counting).build();
        List<DeclarationLine> lines = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            LocalDate day = DAY.plusDays(i % 3);
            lines.add(new DeclarationLine("", 1 + i, phone("SM-S928B"), Money.of(i % 2 == 0 ? "300.00" : "1.00",
                    i % 5 == 0 ? "EUR" : "USD"), BigDecimal.ONE, UnitOfMeasure.PIECE, day));
        }

        List<ScreeningOutcome> outcomes = screener.screenAll(lines);

        // USD on 3 days: found directly, one call each; EUR on 3 days: direct and inverse both missing, two calls each.
        assertThat(asked).hasValue(3 + 3 * 2);
        assertThat(outcomes).filteredOn(o -> o instanceof NoMatch).hasSize(60);
    }

    @Example
    @Label("a batch over many days keeps the right rate for each day")
    void aBatchOverManyDaysKeepsEachDaysRate() {
        io.github.vncustoms.core.money.FixedExchangeRates.Builder rates = io.github.vncustoms.core.money.FixedExchangeRates.builder();
        Currency usd = ScreeningFixtures.USD;
        for (int d = 0; d < 200; d++) {
            rates.add(new ExchangeRate(usd, Money.VND, BigDecimal.valueOf(25_000 + d), DAY.plusDays(d), "SBV"));
        }
        Screener screener = Screener.builder(version(1, PHONE)).exchangeRates(rates.build()).build();
        List<DeclarationLine> lines = new ArrayList<>();
        for (int d = 0; d < 200; d++) {
            // 8 000 000 / (25 000 + d) rounded up to the cent is the least consistent value that day.
            BigDecimal least = new BigDecimal("8000000").divide(BigDecimal.valueOf(25_000 + d), 2, RoundingMode.CEILING);
            lines.add(new DeclarationLine("", 1, phone("SM-S928B"), Money.of(least, usd), BigDecimal.ONE, UnitOfMeasure.PIECE, DAY.plusDays(d)));
            lines.add(new DeclarationLine("", 2, phone("SM-S928B"), Money.of(least.subtract(new BigDecimal("0.01")), usd),
                    BigDecimal.ONE, UnitOfMeasure.PIECE, DAY.plusDays(d)));
        }

        List<ScreeningOutcome> outcomes = screener.screenAll(lines);

        for (int i = 0; i < outcomes.size(); i++) {
            assertThat(outcomes.get(i).kind()).as("line %d", i)
                    .isEqualTo(i % 2 == 0 ? OutcomeKind.CONSISTENT : OutcomeKind.BELOW_REFERENCE);
        }
    }

    @Example
    @Label("a provider's rate replaced between calls is used: comparisons are kept per rate, not per currency")
    void aChangedRateIsUsed() {
        AtomicReference<BigDecimal> rate = new AtomicReference<>(new BigDecimal("32000"));
        ExchangeRateProvider moving = (from, to, day) -> Optional.of(new ExchangeRate(from, to, rate.get(), DAY, "test"));
        Screener screener = Screener.builder(version(1, PHONE)).exchangeRates(moving).build();
        DeclarationLine line = line(phone("SM-S928B"), "250.00", "USD", UnitOfMeasure.PIECE);

        assertThat(screener.screen(line)).isInstanceOf(Consistent.class);
        rate.set(new BigDecimal("31999.99"));
        assertThat(screener.screen(line)).isInstanceOf(BelowReference.class);
    }

    @Example
    @Label("one screener used from many threads at once gives the same outcomes as one thread")
    void manyThreadsGiveTheSameOutcomes() throws Exception {
        List<RiskListItem> items = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            items.add(item("RL-" + i, phone("M-" + i), Money.vnd(1_000_000L + i * 1000L), UnitOfMeasure.KILOGRAM));
        }
        RiskListVersion list = version(1, items.toArray(new RiskListItem[0]));
        List<DeclarationLine> lines = new ArrayList<>();
        String[] units = {"KGM", "TNE", "GRM", "PCE"};
        for (int i = 0; i < 2000; i++) {
            lines.add(new DeclarationLine("", 1 + i % 50, phone("M-" + (i % 60)), i % 3 == 0 ? Money.of("40.00", "USD")
                    : Money.vnd(900_000L + 37L * i), BigDecimal.ONE, UnitOfMeasure.of(units[i % 4]), DAY));
        }
        List<ScreeningOutcome> expected = Screener.builder(list).exchangeRates(RATES).build().screenAll(lines);
        Screener shared = Screener.builder(list).exchangeRates(RATES).build();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<ScreeningOutcome>>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                boolean batch = t % 2 == 0;
                results.add(pool.submit(() -> batch ? shared.screenAll(lines) : lines.stream().map(shared::screen).toList()));
            }
            for (Future<List<ScreeningOutcome>> r : results) {
                assertThat(r.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
