package io.github.vncustoms.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.error.NotFoundException;
import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.json.CustomsJson;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** Money: exact amounts, no minor unit for VND, explicit rounding, exchange rates. */
final class MoneyTest {
    private static final Currency USD = Currency.getInstance("USD");

    @Example
    void vnd_hasNoMinorUnit_soFractionsAreRefusedUnlessRoundedExplicitly() {
        assertThat(Money.of("1500000", "VND").amount()).isEqualByComparingTo("1500000");
        assertThat(Money.of("1500000.00", "VND")).isEqualTo(Money.vnd(1_500_000));
        assertThatThrownBy(() -> Money.of("1.5", "VND")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("VND has no minor unit").hasMessageContaining("Money.rounded");
        assertThat(Money.rounded(new BigDecimal("1.5"), Money.VND, RoundingMode.HALF_UP)).isEqualTo(Money.vnd(2));
        assertThat(Money.rounded(new BigDecimal("1.5"), Money.VND, RoundingMode.DOWN)).isEqualTo(Money.vnd(1));
    }

    @Example
    void usd_keepsTwoMinorDigits() {
        Money m = Money.of("12.5", "usd");
        assertThat(m.amount().toPlainString()).isEqualTo("12.50");
        assertThat(m).isEqualTo(Money.of("12.50", "USD"));
        assertThat(m.toString()).isEqualTo("12.50 USD");
        assertThatThrownBy(() -> Money.of("12.505", "USD")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("2 minor digit(s)");
    }

    @Example
    void retailToWholesale_dividesBy1point1_withTheRoundingAsked() {
        // VAL-10: wholesale = retail / 110 %.
        assertThat(Money.vnd(1_100_000).dividedBy(new BigDecimal("1.1"), RoundingMode.HALF_UP)).isEqualTo(Money.vnd(1_000_000));
        assertThat(Money.vnd(1_000_000).dividedBy(new BigDecimal("1.1"), RoundingMode.HALF_UP)).isEqualTo(Money.vnd(909_091));
        assertThatThrownBy(() -> Money.vnd(1).dividedBy(BigDecimal.ZERO, RoundingMode.HALF_UP))
                .isInstanceOf(ValidationException.class).hasMessageContaining("by zero");
    }

    @Example
    void mixingCurrencies_isAClearError() {
        assertThatThrownBy(() -> Money.vnd(1).plus(Money.of("1", "USD"))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("expected both in VND");
        assertThatThrownBy(() -> Money.of("1", "XYZ1")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("ISO 4217");
        assertThatThrownBy(() -> Money.of("one", "VND")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("not a number");
    }

    @Property
    void plusThenMinus_givesTheOriginal(@ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long a,
            @ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long b) {
        Money x = Money.vnd(a);
        Money y = Money.vnd(b);
        assertThat(x.plus(y).minus(y)).isEqualTo(x);
        assertThat(x.plus(y).compareTo(x)).isEqualTo(Long.signum(b));
    }

    @Property
    void times_alwaysLandsOnTheMinorUnit(@ForAll @LongRange(min = 0, max = 10_000_000_000L) long cents,
            @ForAll @LongRange(min = 80, max = 90) long percentKept) {
        Money usd = Money.of(BigDecimal.valueOf(cents, 2), USD);
        Money kept = usd.times(BigDecimal.valueOf(percentKept, 2), RoundingMode.HALF_EVEN);
        assertThat(kept.amount().scale()).isEqualTo(2);
        assertThat(kept.compareTo(usd)).isLessThanOrEqualTo(0);
    }

    @Example
    void ratioTo_measuresAPriceMove() {
        // VAL-13: a reference price that moved more than 10 % is proposed for amendment.
        assertThat(Money.vnd(1_120_000).ratioTo(Money.vnd(1_000_000))).isEqualByComparingTo("1.12");
        assertThatThrownBy(() -> Money.vnd(1).ratioTo(Money.vnd(0))).isInstanceOf(ValidationException.class);
    }

    @Example
    void fixedRates_answerWithTheRateInForceOnTheDay() {
        ExchangeRate week46 = new ExchangeRate(USD, Money.VND, new BigDecimal("25300"), LocalDate.of(2026, 11, 9), "test");
        ExchangeRate week47 = new ExchangeRate(USD, Money.VND, new BigDecimal("25345"), LocalDate.of(2026, 11, 16), "test");
        FixedExchangeRates rates = FixedExchangeRates.builder().add(week47).add(week46).build();
        assertThat(rates.get(USD, Money.VND, LocalDate.of(2026, 11, 15))).isEqualTo(week46);
        assertThat(rates.get(USD, Money.VND, LocalDate.of(2026, 11, 20))).isEqualTo(week47);
        assertThat(rates.find(USD, Money.VND, LocalDate.of(2026, 11, 1))).isEmpty();
        assertThatThrownBy(() -> rates.get(Money.VND, USD, LocalDate.of(2026, 11, 20)))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("VND→USD");
        assertThat(Money.of("100.00", "USD").convert(week47, RoundingMode.HALF_UP)).isEqualTo(Money.vnd(2_534_500));
        assertThatThrownBy(() -> Money.vnd(1).convert(week47, RoundingMode.HALF_UP))
                .isInstanceOf(ValidationException.class).hasMessageContaining("expected a rate from VND");
    }

    @Example
    void badRates_areRejected() {
        assertThatThrownBy(() -> new ExchangeRate(USD, Money.VND, BigDecimal.ZERO, LocalDate.of(2026, 1, 1), ""))
                .isInstanceOf(ValidationException.class).hasMessageContaining("not positive");
        assertThatThrownBy(() -> new ExchangeRate(USD, USD, BigDecimal.ONE, LocalDate.of(2026, 1, 1), ""))
                .isInstanceOf(ValidationException.class).hasMessageContaining("to itself");
        ExchangeRate r = new ExchangeRate(USD, Money.VND, BigDecimal.TEN, LocalDate.of(2026, 1, 1), "");
        assertThatThrownBy(() -> FixedExchangeRates.builder().add(r).add(r)).isInstanceOf(ValidationException.class);
    }

    @Example
    void money_roundTripsThroughJsonAsPlainNumbers() {
        Money m = Money.vnd(1_000_000_000);
        String json = CustomsJson.write(m);
        assertThat(json).isEqualTo("{\"amount\":1000000000,\"currency\":\"VND\"}");
        assertThat(CustomsJson.read(json, Money.class)).isEqualTo(m);
        assertThatThrownBy(() -> CustomsJson.read("{\"amount\":1.5,\"currency\":\"VND\"}", Money.class))
                .isInstanceOf(ValidationException.class).hasMessageContaining("no minor unit");
    }
}
