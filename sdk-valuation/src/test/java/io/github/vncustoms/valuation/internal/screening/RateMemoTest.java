package io.github.vncustoms.valuation.internal.screening;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vncustoms.core.money.ExchangeRate;
import io.github.vncustoms.core.money.spi.ExchangeRateProvider;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Example;
import net.jqwik.api.Label;

/** A batch's rate memo asks once per pair and day and answers as the provider would. */
final class RateMemoTest {
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency VND = Currency.getInstance("VND");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Example
    @Label("each pair and day is asked once; the answers are the provider's, direct or inverse, for a thousand days")
    void eachPairAndDayIsAskedOnce() {
        List<String> asked = new ArrayList<>();
        ExchangeRateProvider provider = (from, to, day) -> {
            asked.add(from + ">" + to + "@" + day);
            return from.equals(USD) && to.equals(VND)
                    ? Optional.of(new ExchangeRate(USD, VND, BigDecimal.valueOf(25_000 + day.getDayOfYear()), day, "t"))
                    : Optional.empty();
        };
        RateMemo memo = new RateMemo(provider);
        int[] askedAfterRound = new int[2];

        for (int round = 0; round < 2; round++) {
            for (int d = 0; d < 1000; d++) {
                LocalDate day = DAY.plusDays(d);
                RateUse direct = memo.resolve(USD, VND, day);
                RateUse inverse = memo.resolve(VND, USD, day);
                RateUse none = memo.resolve(JPY, VND, day);
                assertThat(direct.rate().rate()).isEqualByComparingTo(BigDecimal.valueOf(25_000 + day.getDayOfYear()));
                assertThat(direct.inverse()).isFalse();
                assertThat(inverse.inverse()).isTrue();
                assertThat(inverse.denominator()).isEqualByComparingTo(direct.numerator());
                assertThat(none).isSameAs(RateUse.MISSING);
            }
            askedAfterRound[round] = asked.size();
        }
        // Per day: USD>VND for itself; VND>USD then USD>VND for the inverse; JPY>VND then VND>JPY. Nothing the second time.
        assertThat(askedAfterRound).containsExactly(1000 * 5, 1000 * 5);
    }

    @Example
    @Label("without a provider nothing is found, and the same currency needs no rate")
    void withoutAProviderNothingIsFound() {
        assertThat(new RateMemo(null).resolve(USD, VND, DAY).found()).isFalse();
        assertThat(RateUse.SAME_CURRENCY.found()).isTrue();
        assertThat(RateUse.SAME_CURRENCY.numerator()).isEqualTo(BigDecimal.ONE);
        assertThat(RateUse.SAME_CURRENCY.denominator()).isEqualTo(BigDecimal.ONE);
        assertThat(RateUse.SAME_CURRENCY.sameAs(RateUse.MISSING)).isFalse();
    }
}
