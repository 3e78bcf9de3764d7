package io.github.vncustoms.valuation.proposal;

import static io.github.vncustoms.valuation.risklist.RiskListFixtures.UNITS;
import static io.github.vncustoms.valuation.risklist.RiskListFixtures.account;
import static io.github.vncustoms.valuation.risklist.RiskListFixtures.phone;
import static io.github.vncustoms.valuation.risklist.RiskListFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.access.AccessPolicy;
import io.github.vncustoms.core.access.Account;
import io.github.vncustoms.core.error.AccessDeniedException;
import io.github.vncustoms.core.money.Money;
import io.github.vncustoms.core.org.CustomsUnit;
import io.github.vncustoms.core.paging.PageRequest;
import io.github.vncustoms.core.time.ManualClock;
import io.github.vncustoms.valuation.approval.ValuationRoles;
import io.github.vncustoms.valuation.goods.UnitOfMeasure;
import io.github.vncustoms.valuation.risklist.RiskListFixtures;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * VAL-20: whoever proposes and whoever asks, a caller sees exactly the proposals of the units its scope covers
 * (headquarters all; a department itself and its branches; a branch itself), and a direct read outside is refused.
 */
final class ProposalScopeProperties {
    private static final List<String> CODES = UNITS.units().stream().map(CustomsUnit::code).toList();

    @Provide
    Arbitrary<List<String>> proposerUnits() {
        return Arbitraries.of(CODES).list().ofMinSize(1).ofMaxSize(8);
    }

    @Provide
    Arbitrary<String> units() {
        return Arbitraries.of(CODES);
    }

    @Property(tries = 200)
    void aCallerSeesExactlyTheProposalsOfItsScope(@ForAll("proposerUnits") List<String> proposers,
            @ForAll("units") String callerUnit) {
        AccessPolicy policy = AccessPolicy.builder(UNITS).build();
        ProposalDesk desk = ProposalDesk.builder(InMemoryProposalStore.create(), policy)
                .clock(ManualClock.at(RiskListFixtures.T0)).build();
        List<ReferencePriceProposal> made = proposers.stream().map(unit -> desk.propose(
                account("canbo." + unit.toLowerCase(java.util.Locale.ROOT), unit, ValuationRoles.OFFICER),
                ProposalDraft.of(phone(), Money.of("850.00", "USD"), UnitOfMeasure.PIECE, List.of(usd("850.00")), "Lý do")))
                .toList();
        Account caller = account("nguoixem", callerUnit, ValuationRoles.LEADER);
        boolean hq = UNITS.get(callerUnit).level() == 1;

        Set<String> seen = desk.search(caller, ProposalQuery.all(), PageRequest.first(100)).items().stream()
                .map(ReferencePriceProposal::id).collect(Collectors.toSet());

        for (ReferencePriceProposal p : made) {
            boolean expected = hq || UNITS.isWithin(p.proposerUnit(), callerUnit);
            assertThat(seen.contains(p.id())).as("%s sees proposal of %s", callerUnit, p.proposerUnit()).isEqualTo(expected);
            if (expected) {
                assertThat(desk.get(caller, p.id())).isEqualTo(p);
            } else {
                assertThatThrownBy(() -> desk.get(caller, p.id())).isInstanceOf(AccessDeniedException.class);
            }
        }
    }
}
