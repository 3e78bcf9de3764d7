package io.github.vncustoms.valuation.risklist;

import static io.github.vncustoms.valuation.risklist.RiskListFixtures.ISSUER;
import static io.github.vncustoms.valuation.risklist.RiskListFixtures.OFFICER;
import static io.github.vncustoms.valuation.risklist.RiskListFixtures.TODAY;
import static io.github.vncustoms.valuation.risklist.RiskListFixtures.phone;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vncustoms.core.money.Money;
import io.github.vncustoms.core.time.WorkingCalendar;
import io.github.vncustoms.valuation.proposal.ReferencePriceProposal;
import io.github.vncustoms.valuation.risklist.RiskListFixtures.World;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * VAL-13 b, VAL-14: whatever the sequence of amendments, the latest version answers every day with the price
 * whose period covers it (the last amendment in force by then), one item in force per day, and every earlier
 * version still answers as it did when it was issued.
 */
final class RiskListHistoryProperties {
    /** One amendment: days after the previous price's first day, and the new price in whole USD. */
    record Step(int gapDays, int price) { }

    @Provide
    Arbitrary<List<Step>> steps() {
        return Combinators.combine(Arbitraries.integers().between(1, 40), Arbitraries.integers().between(100, 2000))
                .as(Step::new).list().ofMinSize(1).ofMaxSize(6);
    }

    @Property(tries = 60)
    void everyDayIsAnsweredByThePriceInForce_andOldVersionsNeverChange(@ForAll("steps") List<Step> steps) {
        World world = new World();
        ReferencePriceProposal first = world.accepted(phone(), "500.00", "");
        world.list.issue(ISSUER, RiskListChanges.builder("").add("8517-0001", first, TODAY).build());

        List<LocalDate> starts = new ArrayList<>(List.of(TODAY));
        List<Money> prices = new ArrayList<>(List.of(Money.of("500.00", "USD")));
        String current = "8517-0001";
        LocalDate from = TODAY;
        for (Step step : steps) {
            from = from.plusDays(step.gapDays());
            world.clock.set(from.minusDays(1).atTime(LocalTime.of(9, 0)).atZone(WorkingCalendar.VIETNAM_ZONE).toInstant());
            ReferencePriceProposal p = world.accepted(phone(), step.price() + ".00", current);
            RiskListVersion v = world.list.issue(ISSUER, RiskListChanges.builder("").amend(p, from).build());
            current = "8517-0001/" + v.number();
            starts.add(from);
            prices.add(Money.of(step.price() + ".00", "USD"));
        }

        RiskListVersion latest = world.list.current(OFFICER).orElseThrow();
        assertThat(latest.items()).hasSize(steps.size() + 1);
        for (LocalDate day = TODAY.minusDays(1); !day.isAfter(from.plusDays(3)); day = day.plusDays(1)) {
            Optional<RiskListItem> found = world.list.lookup(OFFICER, phone(), day);
            int inForce = -1;
            for (int i = 0; i < starts.size(); i++) {
                if (!day.isBefore(starts.get(i))) {
                    inForce = i;
                }
            }
            if (inForce < 0) {
                assertThat(found).as("before the first item, on %s", day).isEmpty();
            } else {
                assertThat(found.orElseThrow().referencePrice()).as("on %s", day).isEqualTo(prices.get(inForce));
                LocalDate d = day;
                assertThat(latest.items().stream().filter(i -> i.appliesOn(d)).count()).isEqualTo(1);
            }
            for (int n = 1; n <= latest.number(); n++) {
                // Version n knew the prices 0..n-1; the last of them runs open-ended.
                int known = -1;
                for (int i = 0; i < n; i++) {
                    if (!day.isBefore(starts.get(i))) {
                        known = i;
                    }
                }
                Optional<RiskListItem> then = world.list.version(OFFICER, n).find(phone(), day);
                if (known < 0) {
                    assertThat(then).isEmpty();
                } else {
                    assertThat(then.orElseThrow().referencePrice()).as("version %s on %s", n, day).isEqualTo(prices.get(known));
                }
            }
        }
    }
}
