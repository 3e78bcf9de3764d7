package io.github.vncustoms.valuation.observation;

import static io.github.vncustoms.valuation.observation.RecordsFixtures.DAY;
import static io.github.vncustoms.valuation.observation.RecordsFixtures.UNIT_CODES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.access.Account;
import io.github.vncustoms.core.access.AccountState;
import io.github.vncustoms.core.error.AccessDeniedException;
import io.github.vncustoms.core.paging.Page;
import io.github.vncustoms.core.paging.PageRequest;
import io.github.vncustoms.valuation.approval.ApprovalState;
import io.github.vncustoms.valuation.approval.ValuationRoles;
import io.github.vncustoms.valuation.approval.Verdict;
import io.github.vncustoms.valuation.goods.Comparability;
import io.github.vncustoms.valuation.goods.GoodsDescriptor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever officers enter, propose and leaders decide, a caller sees exactly the observations of the
 * units in its scope, nobody outside the valuation function sees anything, and pending or
 * not-accepted proposals never count (VAL-05, VAL-14, VAL-15, VAL-20).
 */
final class ValuationDatabaseProperties {
    private static final List<GoodsDescriptor> GOODS = ValuationStoreProperties.GOODS;
    private static final List<AccountState> STATES = List.of(AccountState.ACTIVE, AccountState.ACTIVE, AccountState.LOCKED,
            AccountState.CLOSED);
    private static final List<String> ROLES = List.of(ValuationRoles.OFFICER, ValuationRoles.LEADER, ValuationRoles.LIST_ISSUER,
            "MONITOR");

    /**
     * One officer's action: record a declared value, or propose an offer that a leader of the unit then
     * accepts, does not accept, or leaves pending ({@code decision} 0, 1, 2).
     */
    record Step(int unit, int goods, boolean propose, int decision, int daysBack, boolean suspicious) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        return Combinators.combine(
                Arbitraries.integers().between(0, UNIT_CODES.size() - 1),
                Arbitraries.integers().between(0, GOODS.size() - 1),
                Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 300),
                Arbitraries.of(false, false, true)).as(Step::new).list().ofMaxSize(30);
    }

    @Provide
    Arbitrary<Account> callers() {
        return Combinators.combine(Arbitraries.of(UNIT_CODES), Arbitraries.of(STATES), Arbitraries.of(ROLES))
                .as((unit, state, role) -> RecordsFixtures.account("caller", unit, state, role));
    }

    private static List<PriceObservation> play(RecordsFixtures.World world, List<Step> steps) {
        List<PriceObservation> stored = new ArrayList<>();
        for (Step s : steps) {
            world.clock.advance(Duration.ofMinutes(7));
            String unit = UNIT_CODES.get(s.unit());
            Account officer = RecordsFixtures.officer("officer." + unit.toLowerCase(java.util.Locale.ROOT), unit);
            GoodsDescriptor goods = GOODS.get(s.goods());
            if (!s.propose()) {
                stored.add(world.db.record(officer, RecordsFixtures.declared(goods, "410.00", DAY.minusDays(s.daysBack()))
                        .suspicious(s.suspicious())));
                continue;
            }
            PriceObservation o = world.db.propose(officer, RecordsFixtures.offer(goods, "950.00", DAY.minusDays(s.daysBack())),
                    "Lập luận", List.of("bang-chung.pdf"));
            if (s.decision() < 2) {
                Account leader = RecordsFixtures.leader("leader." + unit.toLowerCase(java.util.Locale.ROOT), unit);
                o = world.db.decide(leader, o.id(), s.decision() == 0 ? Verdict.ACCEPTED : Verdict.NOT_ACCEPTED, "");
            }
            stored.add(o);
        }
        return stored;
    }

    @Property(tries = 200)
    @Label("VAL-20: a caller sees exactly the observations of units in its scope, and only if it holds a valuation role and is ACTIVE")
    void aCallerNeverSeesOutOfScopeObservations(@ForAll("steps") List<Step> steps, @ForAll("callers") Account caller) {
        RecordsFixtures.World world = RecordsFixtures.world();
        List<PriceObservation> stored = play(world, steps);
        boolean reader = caller.state() == AccountState.ACTIVE && !caller.hasRole("MONITOR");
        if (!reader) {
            assertThatThrownBy(() -> world.db.search(caller, ObservationQuery.all(), PageRequest.first(10)))
                    .isInstanceOf(AccessDeniedException.class);
            for (PriceObservation o : stored) {
                assertThatThrownBy(() -> world.db.get(caller, o.id())).isInstanceOf(AccessDeniedException.class);
            }
            return;
        }
        List<PriceObservation> seen = new ArrayList<>();
        Page<PriceObservation> page = world.db.search(caller, ObservationQuery.all(), PageRequest.first(4));
        seen.addAll(page.items());
        while (page.hasNext()) {
            page = world.db.search(caller, ObservationQuery.all(), page.nextRequest());
            seen.addAll(page.items());
        }
        List<PriceObservation> visible = stored.stream().filter(o -> world.policy.canSee(caller, o.enteringUnit())).toList();
        assertThat(seen).containsExactlyInAnyOrderElementsOf(visible);
        for (PriceObservation o : stored) {
            if (visible.contains(o)) {
                assertThat(world.db.get(caller, o.id())).isEqualTo(o);
            } else {
                assertThatThrownBy(() -> world.db.get(caller, o.id())).isInstanceOf(AccessDeniedException.class);
            }
        }
    }

    @Property(tries = 200)
    @Label("VAL-05, VAL-15: comparables hold every counting observation of identical or similar goods in the window, and nothing pending, not accepted or doubtful")
    void pendingAndNotAcceptedNeverCount(@ForAll("steps") List<Step> steps, @ForAll("goods") GoodsDescriptor goods) {
        RecordsFixtures.World world = RecordsFixtures.world();
        List<PriceObservation> stored = play(world, steps);
        Account hq = RecordsFixtures.officer("hq.officer", "TCHQ");
        List<PriceObservation> found = world.db.comparables(hq, goods, DAY.minusMonths(6), DAY);

        assertThat(found).allSatisfy(o -> {
            assertThat(o.counts()).isTrue();
            assertThat(o.approval().state()).isIn(ApprovalState.NOT_REQUIRED, ApprovalState.ACCEPTED);
            assertThat(o.suspicious()).isFalse();
            assertThat(goods.compareWith(o.goods())).isNotEqualTo(Comparability.DIFFERENT);
        });
        List<PriceObservation> expected = stored.stream()
                .filter(o -> o.counts() && goods.compareWith(o.goods()) != Comparability.DIFFERENT
                        && !o.priceDate().isBefore(DAY.minusMonths(6)) && !o.priceDate().isAfter(DAY))
                .toList();
        assertThat(found).containsExactlyElementsOf(expected);
    }

    @Provide
    Arbitrary<GoodsDescriptor> goods() {
        return Arbitraries.of(GOODS);
    }
}
