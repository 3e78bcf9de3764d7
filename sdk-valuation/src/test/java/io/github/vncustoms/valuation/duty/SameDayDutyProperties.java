package io.github.vncustoms.valuation.duty;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vncustoms.core.access.Account;
import io.github.vncustoms.core.time.WorkingCalendar;
import io.github.vncustoms.valuation.observation.PriceObservation;
import io.github.vncustoms.valuation.observation.RecordsFixtures;
import io.github.vncustoms.valuation.source.PriceSource;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever is entered when, the same-day report counts every duty result determined in the period and
 * in scope once, and lists exactly those entered on a later Hanoi day, with the right number of days
 * (VAL-18, VAL-20).
 */
final class SameDayDutyProperties {
    private static final Instant START = Instant.parse("2026-11-16T00:00:00Z");
    private static final List<PriceSource> SOURCES = List.of(PriceSource.CUSTOMS_VALUATION_RESULT,
            PriceSource.CONSULTATION_RESULT, PriceSource.RISK_LIST, PriceSource.COMPLIANCE_HISTORY, PriceSource.ANTI_SMUGGLING);

    /** One entry: the unit, the entry time in hours after the start, how many days before it the value was determined. */
    record Entry(int unit, int hours, int daysBefore, int source) {
    }

    @Provide
    Arbitrary<List<Entry>> entries() {
        return Combinators.combine(
                Arbitraries.integers().between(0, RecordsFixtures.UNIT_CODES.size() - 1),
                Arbitraries.integers().between(0, 24 * 7),
                Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(0, SOURCES.size() - 1)).as(Entry::new).list().ofMaxSize(40);
    }

    @Provide
    Arbitrary<String> callerUnits() {
        return Arbitraries.of(RecordsFixtures.UNIT_CODES);
    }

    @Property(tries = 200)
    @Label("VAL-18: totals and late entries match a direct count; days late are Hanoi calendar days")
    void report_matchesADirectCount(@ForAll("entries") List<Entry> entries, @ForAll("callerUnits") String callerUnit,
            @ForAll("periodStart") int firstDay) {
        RecordsFixtures.World world = RecordsFixtures.world();
        List<PriceObservation> stored = new ArrayList<>();
        List<Entry> byTime = new ArrayList<>(entries);
        byTime.sort((a, b) -> Integer.compare(a.hours(), b.hours()));
        for (Entry e : byTime) {
            world.clock.set(START.plus(Duration.ofHours(e.hours())));
            LocalDate enteredOn = world.clock.instant().atZone(WorkingCalendar.VIETNAM_ZONE).toLocalDate();
            String unit = RecordsFixtures.UNIT_CODES.get(e.unit());
            Account officer = RecordsFixtures.officer("officer." + unit.toLowerCase(Locale.ROOT), unit);
            stored.add(world.db.record(officer, RecordsFixtures.declared(RecordsFixtures.phone(), "400.00",
                    enteredOn.minusDays(e.daysBefore())).source(SOURCES.get(e.source()))));
        }
        Account caller = RecordsFixtures.leader("caller", callerUnit);
        LocalDate from = LocalDate.of(2026, 11, 14).plusDays(firstDay);
        LocalDate to = from.plusDays(3);
        SameDayDutyReport report = SameDayDutyCheck.create(world.store, world.policy).report(caller, from, to);

        List<PriceObservation> inPeriod = stored.stream()
                .filter(o -> o.source().sameDayDuty() && !o.determinedOn().isBefore(from) && !o.determinedOn().isAfter(to)
                        && world.policy.canSee(caller, o.enteringUnit()))
                .toList();
        List<String> lateIds = inPeriod.stream().filter(o -> o.enteredOn().isAfter(o.determinedOn())).map(PriceObservation::id).toList();
        assertThat(report.totalResults()).isEqualTo(inPeriod.size());
        assertThat(report.lateEntries()).extracting(LateEntry::observationId).containsExactlyInAnyOrderElementsOf(lateIds);
        assertThat(report.lateEntries()).allSatisfy(l ->
                assertThat(l.daysLate()).isEqualTo(ChronoUnit.DAYS.between(l.determinedOn(), l.enteredOn())).isPositive());
        assertThat(report.units()).extracting(UnitDuty::unitCode)
                .containsExactlyInAnyOrderElementsOf(RecordsFixtures.UNIT_CODES.stream().filter(u -> world.policy.canSee(caller, u)).toList());
        for (UnitDuty u : report.units()) {
            assertThat(u.results()).isEqualTo((int) inPeriod.stream().filter(o -> o.enteringUnit().equals(u.unitCode())).count());
        }
    }

    @Provide
    Arbitrary<Integer> periodStart() {
        return Arbitraries.integers().between(0, 8);
    }
}
