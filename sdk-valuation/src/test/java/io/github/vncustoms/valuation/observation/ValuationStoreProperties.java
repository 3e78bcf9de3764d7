package io.github.vncustoms.valuation.observation;

import static io.github.vncustoms.valuation.observation.RecordsFixtures.DAY;
import static io.github.vncustoms.valuation.observation.RecordsFixtures.T0;
import static io.github.vncustoms.valuation.observation.RecordsFixtures.UNITS;
import static io.github.vncustoms.valuation.observation.RecordsFixtures.UNIT_CODES;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vncustoms.core.access.AccessPolicy;
import io.github.vncustoms.core.access.UnitFilter;
import io.github.vncustoms.core.id.HsCode;
import io.github.vncustoms.core.paging.Page;
import io.github.vncustoms.core.paging.PageRequest;
import io.github.vncustoms.valuation.approval.ApprovalState;
import io.github.vncustoms.valuation.approval.LeaderDecision;
import io.github.vncustoms.valuation.approval.Verdict;
import io.github.vncustoms.valuation.goods.GoodsDescriptor;
import io.github.vncustoms.valuation.source.PriceSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Whatever is stored and asked, the in-memory store answers exactly what a full scan of the query and
 * the scope would, in entry-time then id order, and pages through it without loss or repetition
 * (VAL-05, VAL-20).
 */
final class ValuationStoreProperties {
    static final List<GoodsDescriptor> GOODS = List.of(RecordsFixtures.phone(), RecordsFixtures.phone("SM-S921B"),
            RecordsFixtures.phoneCase(), RecordsFixtures.steel());
    static final List<PriceSource> SOURCES = List.of(PriceSource.CUSTOMS_VALUATION_RESULT, PriceSource.ACCEPTED_DECLARED_VALUE,
            PriceSource.RISK_LIST, PriceSource.INTERNET_OFFER, PriceSource.WORLD_MARKET);
    static final List<ApprovalState> DECIDABLE = List.of(ApprovalState.PENDING, ApprovalState.ACCEPTED, ApprovalState.NOT_ACCEPTED);
    static final List<HsCode> CODES = List.of(HsCode.parse("8517"), HsCode.parse("8517.13"), HsCode.parse("8517.13.00"),
            HsCode.parse("7208.51.00"));

    /** The shape of one stored observation. */
    record Spec(int goods, int source, int state, int unit, int minutes, int daysBack, boolean suspicious) {
        PriceObservation build(int index) {
            PriceSource s = SOURCES.get(source);
            ApprovalState st = s.needsApproval() ? DECIDABLE.get(state) : ApprovalState.NOT_REQUIRED;
            return RecordsFixtures.observation("O-" + index, GOODS.get(goods), s, st, UNIT_CODES.get(unit),
                    T0.plus(Duration.ofMinutes(minutes)), DAY.minusDays(daysBack)).toBuilder().suspicious(suspicious).build();
        }
    }

    /** The shape of one query: -1 leaves a condition out. */
    record QuerySpec(int goods, int code, int source, int state, boolean countsOnly, int priceDaysBack, int unit) {
        ObservationQuery build() {
            ObservationQuery.Builder b = ObservationQuery.builder();
            if (goods >= 0) {
                b.goods(GOODS.get(goods));
            }
            if (code >= 0) {
                b.hsCode(CODES.get(code));
            }
            if (source >= 0) {
                b.sources(SOURCES.get(source));
            }
            if (state >= 0) {
                b.states(ApprovalState.values()[state]);
            }
            if (countsOnly) {
                b.countsOnly();
            }
            if (priceDaysBack >= 0) {
                b.priceDates(DAY.minusDays(priceDaysBack), null);
            }
            if (unit >= 0) {
                b.enteringUnits(UNIT_CODES.get(unit));
            }
            return b.build();
        }
    }

    @Provide
    Arbitrary<List<Spec>> stored() {
        return Combinators.combine(
                Arbitraries.integers().between(0, GOODS.size() - 1),
                Arbitraries.integers().between(0, SOURCES.size() - 1),
                Arbitraries.integers().between(0, DECIDABLE.size() - 1),
                Arbitraries.integers().between(0, UNIT_CODES.size() - 1),
                Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(0, 400),
                Arbitraries.of(true, false)).as(Spec::new).list().ofMaxSize(40);
    }

    @Provide
    Arbitrary<QuerySpec> queries() {
        return Combinators.combine(
                Arbitraries.integers().between(-1, GOODS.size() - 1),
                Arbitraries.integers().between(-1, CODES.size() - 1),
                Arbitraries.integers().between(-1, SOURCES.size() - 1),
                Arbitraries.integers().between(-1, ApprovalState.values().length - 1),
                Arbitraries.of(true, false),
                Arbitraries.integers().between(-1, 400),
                Arbitraries.integers().between(-1, UNIT_CODES.size() - 1)).as(QuerySpec::new);
    }

    @Provide
    Arbitrary<String> callerUnits() {
        return Arbitraries.of(UNIT_CODES);
    }

    @Property(tries = 300)
    @Label("VAL-20: paging returns every visible match exactly once, in entry-time then id order, with the right total")
    void paging_returnsEveryVisibleMatchOnce(@ForAll("stored") List<Spec> specs, @ForAll("queries") QuerySpec q,
            @ForAll("callerUnits") String callerUnit, @ForAll @IntRange(min = 1, max = 7) int pageSize) {
        InMemoryValuationStore store = InMemoryValuationStore.create();
        List<PriceObservation> all = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            PriceObservation o = specs.get(i).build(i);
            store.insert(o);
            all.add(o);
        }
        ObservationQuery query = q.build();
        UnitFilter scope = AccessPolicy.builder(UNITS).build().unitFilter(RecordsFixtures.officer("caller", callerUnit));
        List<PriceObservation> expected = all.stream().filter(o -> query.matches(o) && scope.test(o.enteringUnit()))
                .sorted(io.github.vncustoms.valuation.observation.spi.ValuationStore.ORDER).toList();

        List<PriceObservation> paged = new ArrayList<>();
        Page<PriceObservation> page = store.find(query, scope, PageRequest.first(pageSize));
        paged.addAll(page.items());
        while (page.hasNext()) {
            assertThat(page.total()).isEqualTo(expected.size());
            page = store.find(query, scope, page.nextRequest());
            paged.addAll(page.items());
        }
        assertThat(page.total()).isEqualTo(expected.size());
        assertThat(paged).containsExactlyElementsOf(expected);
        assertThat(new HashSet<>(paged)).hasSameSizeAs(paged);
        assertThat(store.select(query, scope)).containsExactlyElementsOf(expected);
    }

    @Property(tries = 200)
    @Label("VAL-14: after decisions and changed goods, the goods and heading indexes still agree with a full scan")
    void indexes_agreeWithAFullScan_afterUpdates(@ForAll("stored") List<Spec> specs, @ForAll("queries") QuerySpec q,
            @ForAll @IntRange(min = 0, max = 3) int newGoods) {
        InMemoryValuationStore store = InMemoryValuationStore.create();
        List<PriceObservation> all = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            store.insert(specs.get(i).build(i));
        }
        for (int i = 0; i < specs.size(); i++) {
            PriceObservation o = store.find("O-" + i).orElseThrow();
            if (o.approval().state() == ApprovalState.PENDING) {
                o = o.withDecision(new LeaderDecision("lead.x", "TCHQ", i % 2 == 0 ? Verdict.ACCEPTED : Verdict.NOT_ACCEPTED,
                        "", o.enteredAt().plusSeconds(60)));
                store.update(o);
            } else if (i % 3 == 0) {
                o = o.toBuilder().goods(GOODS.get(newGoods)).build();
                store.update(o);
            }
            all.add(o);
        }
        ObservationQuery query = q.build();
        Set<PriceObservation> expected = new HashSet<>();
        all.stream().filter(query::matches).forEach(expected::add);
        assertThat(store.select(query, UnitFilter.all())).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(store.size()).isEqualTo(specs.size());
        assertThat(store.select(ObservationQuery.builder().states(ApprovalState.PENDING).build(), UnitFilter.all())).isEmpty();
    }
}
