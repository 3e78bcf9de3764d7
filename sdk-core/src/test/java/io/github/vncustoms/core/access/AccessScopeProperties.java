package io.github.vncustoms.core.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vncustoms.core.org.CustomsUnit;
import io.github.vncustoms.core.org.OrgEra;
import io.github.vncustoms.core.org.UnitDirectory;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Over generated three-level hierarchies and accounts, no filtered query returns a record outside
 * the caller's scope, and every record inside it is returned (ACC-04, MON-T-05).
 */
final class AccessScopeProperties {

    record World(UnitDirectory units, Account caller, List<String> recordUnits, AccessScope ruleScope) {}

    @Property(tries = 300)
    void filter_returnsExactlyTheRecordsWithinScope(@ForAll("worlds") World w) {
        AccessPolicy policy = AccessPolicy.builder(w.units()).rule(ScopeRule.everyone(w.ruleScope())).build();
        List<String> visible = policy.filter(w.caller(), w.recordUnits(), u -> u);
        for (String unit : w.recordUnits()) {
            boolean inScope = w.caller().state() == AccountState.ACTIVE && switch (w.ruleScope()) {
                case ALL -> true;
                case UNIT_AND_BELOW -> w.units().isWithin(unit, w.caller().unitCode());
                case OWN_UNIT -> unit.equals(w.caller().unitCode());
            };
            assertThat(visible.contains(unit)).as("record of %s for %s", unit, w.caller()).isEqualTo(inScope);
            assertThat(policy.canSee(w.caller(), unit)).isEqualTo(inScope);
        }
    }

    @Property(tries = 300)
    void unitFilter_agreesWithCanSee(@ForAll("worlds") World w) {
        AccessPolicy policy = AccessPolicy.builder(w.units()).build();
        UnitFilter filter = policy.unitFilter(w.caller());
        for (CustomsUnit unit : w.units().units()) {
            assertThat(filter.test(unit.code())).isEqualTo(policy.canSee(w.caller(), unit.code()));
        }
    }

    @Provide
    Arbitrary<World> worlds() {
        Arbitrary<UnitDirectory> directories = Combinators.combine(
                Arbitraries.integers().between(1, 4), Arbitraries.integers().between(0, 4), Arbitraries.longs())
                .as(AccessScopeProperties::directory);
        return directories.flatMap(units -> {
            List<String> codes = units.units().stream().map(CustomsUnit::code).toList();
            Arbitrary<Account> callers = Combinators.combine(Arbitraries.of(codes), Arbitraries.of(AccountState.class))
                    .as((unit, state) -> new Account("caller", AccountKind.PERSONAL, "Cán bộ", unit, Set.of(), state));
            return Combinators.combine(callers, Arbitraries.of(codes).list().ofMaxSize(30),
                    Arbitraries.of(AccessScope.class)).as((c, records, scope) -> new World(units, c, records, scope));
        });
    }

    /** HQ, {@code departments} departments each with up to {@code branchesMax} branches. */
    private static UnitDirectory directory(int departments, int branchesMax, long seed) {
        List<CustomsUnit> units = new ArrayList<>();
        units.add(CustomsUnit.office("HQ", "Tổng cục", 1, null));
        Random random = new Random(seed);
        for (int d = 1; d <= departments; d++) {
            String dept = "D" + d;
            units.add(CustomsUnit.office(dept, "Cục " + d, 2, "HQ"));
            int branches = branchesMax == 0 ? 0 : random.nextInt(branchesMax + 1);
            for (int b = 1; b <= branches; b++) {
                units.add(CustomsUnit.office(dept + "B" + b, "Chi cục " + d + "." + b, 3, dept));
            }
        }
        return UnitDirectory.of(OrgEra.REGULATIONS_2010, units);
    }
}
