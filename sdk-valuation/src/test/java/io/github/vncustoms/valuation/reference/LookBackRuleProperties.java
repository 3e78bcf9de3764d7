package io.github.vncustoms.valuation.reference;

import static io.github.vncustoms.valuation.reference.RulesFixtures.BUILD_DATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.money.Money;
import io.github.vncustoms.valuation.goods.Comparability;
import io.github.vncustoms.valuation.goods.GoodsDescriptor;
import io.github.vncustoms.valuation.observation.PriceObservation;
import io.github.vncustoms.valuation.source.PriceSource;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The look-back windows (VAL-05): never beyond 2 years, widened only when the narrower one is empty.
 * Generated edge cases are off (their product outnumbers the tries); the boundary days are examples in
 * {@link LookBackRuleTest}.
 */
final class LookBackRuleProperties {
    private static final List<GoodsDescriptor> GOODS = List.of(RulesFixtures.PHONE, RulesFixtures.OTHER_MODEL, RulesFixtures.TABLET);
    private static final List<PriceSource> SOURCES = List.of(PriceSource.ACCEPTED_DECLARED_VALUE,
            PriceSource.CUSTOMS_VALUATION_RESULT, PriceSource.VALUE_CHECK_RESULT);

    /** One candidate: days before the build date, which goods, which source, doubtful or not, price in cents. */
    record Spec(int daysBack, int goods, int source, boolean suspicious, long cents) { }

    @Provide
    Arbitrary<List<Spec>> candidates() {
        return Combinators.combine(Arbitraries.integers().between(-20, 900), Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 2), Arbitraries.of(false, false, true),
                Arbitraries.longs().between(1, 100_000)).as(Spec::new).list().ofMaxSize(12);
    }

    @Provide
    Arbitrary<Period> requests() {
        return Arbitraries.oneOf(Arbitraries.integers().between(1, 30).map(Period::ofMonths),
                Arbitraries.integers().between(1, 800).map(Period::ofDays));
    }

    private static List<PriceObservation> build(List<Spec> specs) {
        List<PriceObservation> out = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            Spec s = specs.get(i);
            Money price = Money.of(java.math.BigDecimal.valueOf(s.cents(), 2), Money.currency("USD"));
            LocalDate day = BUILD_DATE.minusDays(s.daysBack());
            out.add(s.suspicious()
                    ? RulesFixtures.suspicious("TK-" + i, GOODS.get(s.goods()), price, day)
                    : RulesFixtures.declared("TK-" + i, GOODS.get(s.goods()), SOURCES.get(s.source()), price, day));
        }
        return out;
    }

    private static boolean eligible(PriceObservation o, LookBackWindow w) {
        return LookBackRule.SOURCES.contains(o.source()) && o.counts() && w.contains(o.priceDate())
                && RulesFixtures.PHONE.compareWith(o.goods()) != Comparability.DIFFERENT;
    }

    @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
    @Label("VAL-05: the window never reaches back more than 2 years; a request beyond 2 years is refused")
    void window_neverExceedsTwoYears(@ForAll("candidates") List<Spec> specs, @ForAll("requests") Period request) {
        List<PriceObservation> obs = build(specs);
        LocalDate from = BUILD_DATE.minus(request);
        LookBackRule rule = LookBackRule.defaultRule();
        if (from.isBefore(BUILD_DATE.minusYears(2))) {
            assertThatThrownBy(() -> rule.lookBack(RulesFixtures.PHONE, BUILD_DATE, obs, LookBackRequest.of(request, "")))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("at most 2 years");
            return;
        }
        if (!from.isBefore(BUILD_DATE.minusYears(1))) {
            assertThatThrownBy(() -> rule.lookBack(RulesFixtures.PHONE, BUILD_DATE, obs, LookBackRequest.of(request, "")))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("more than 1 year");
            return;
        }

        LookBackResult r = rule.lookBack(RulesFixtures.PHONE, BUILD_DATE, obs, LookBackRequest.of(request, ""));

        for (LookBackWindow w : r.windowsTried()) {
            assertThat(w.from()).isAfterOrEqualTo(BUILD_DATE.minusYears(2));
            assertThat(w.to()).isEqualTo(BUILD_DATE);
        }
        for (PriceObservation o : r.observations()) {
            assertThat(o.priceDate()).isAfterOrEqualTo(BUILD_DATE.minusYears(2)).isBeforeOrEqualTo(BUILD_DATE);
        }
    }

    @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
    @Label("VAL-05: a window is widened only when the narrower one holds nothing usable, and the one used holds all it reports")
    void window_widensOnlyWhenTheNarrowerIsEmpty(@ForAll("candidates") List<Spec> specs, @ForAll boolean ask) {
        List<PriceObservation> obs = build(specs);
        LookBackRule rule = LookBackRule.defaultRule();

        LookBackResult r = ask
                ? rule.lookBack(RulesFixtures.PHONE, BUILD_DATE, obs, LookBackRequest.of(Period.ofMonths(24), ""))
                : rule.lookBack(RulesFixtures.PHONE, BUILD_DATE, obs);

        List<LookBackWindow> tried = r.windowsTried();
        for (LookBackWindow narrower : tried.subList(0, tried.size() - 1)) {
            assertThat(obs.stream().noneMatch(o -> eligible(o, narrower))).as("%s was empty", narrower).isTrue();
        }
        LookBackWindow used = r.window();
        List<PriceObservation> usable = obs.stream().filter(o -> eligible(o, used)).toList();
        if (usable.isEmpty()) {
            assertThat(r.isEmpty()).isTrue();
            assertThat(used.kind()).isEqualTo(ask ? WindowKind.EXTENDED : WindowKind.ONE_YEAR);
            return;
        }
        boolean anyIdentical = usable.stream().anyMatch(o -> o.goods().equals(RulesFixtures.PHONE));
        List<PriceObservation> expected = usable.stream()
                .filter(o -> !anyIdentical || o.goods().equals(RulesFixtures.PHONE)).toList();
        assertThat(r.observations()).containsExactlyElementsOf(expected);
        assertThat(r.comparability()).contains(anyIdentical ? Comparability.IDENTICAL : Comparability.SIMILAR);
        assertThat(r.price().orElseThrow().observed()).isEqualTo(expected.size());
    }
}
