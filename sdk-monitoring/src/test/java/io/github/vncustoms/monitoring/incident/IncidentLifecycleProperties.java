package io.github.vncustoms.monitoring.incident;

import io.github.vncustoms.core.time.ManualClock;

import static io.github.vncustoms.monitoring.incident.IncidentFixtures.T0;
import static io.github.vncustoms.monitoring.incident.IncidentFixtures.account;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vncustoms.core.paging.PageRequest;
import io.github.vncustoms.monitoring.reconcile.DiscrepancyKind;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The incident lifecycle as a state machine (MON-T-04): whatever discrepancies and runs arrive, in whatever order and
 * with runs settled late, one problem has at most one open incident, every discrepancy is counted once, and exactly
 * the problems a simple model keeps open are open.
 */
final class IncidentLifecycleProperties {
    private static final List<String> SYSTEMS = List.of("SLXNK", "QLRR", "KT559");
    private static final List<String[]> FLOWS = List.of(new String[] {"01AB", "HQ01"}, new String[] {"HQ01", "TCHQ"});
    private static final List<DiscrepancyKind> KINDS = List.of(DiscrepancyKind.MISSING_AT_RECEIVER,
            DiscrepancyKind.SIZE_MISMATCH, DiscrepancyKind.APPLY_FAILED, DiscrepancyKind.EXPECTED_RUN_MISSING);

    /**
     * One thing the reconciler reports: a discrepancy, or a settled run (clean or not) exported some minutes before
     * it is reported.
     */
    record Step(boolean run, DiscrepancyKind kind, String system, int flow, boolean clean, int minutesAgo) {
        String from() {
            return FLOWS.get(flow)[0];
        }

        String to() {
            return FLOWS.get(flow)[1];
        }
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Combinators.combine(
                Arbitraries.of(true, false),
                Arbitraries.of(KINDS),
                Arbitraries.of(SYSTEMS),
                Arbitraries.integers().between(0, FLOWS.size() - 1),
                Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 3)).as(Step::new);
        return step.list().ofMaxSize(60);
    }

    @Property(tries = 200)
    @Label("MON-T-04: at most one open incident per problem, occurrences sum to the discrepancies raised, open problems follow the model")
    void lifecycle_keepsOneOpenIncidentPerProblem_andCountsEveryDiscrepancy(@ForAll("steps") List<Step> steps) {
        ManualClock clock = ManualClock.at(T0);
        IncidentDesk desk = IncidentDesk.builder(IncidentRouting.sample()).clock(clock).build();
        Map<String, Instant> modelOpen = new HashMap<>();
        int raised = 0;

        for (Step s : steps) {
            clock.advance(Duration.ofMinutes(1));
            Instant now = clock.instant();
            if (s.run()) {
                Instant exportedAt = now.minus(Duration.ofMinutes(s.minutesAgo()));
                desk.runReconciled(IncidentFixtures.run(s.system(), s.from(), s.to(), exportedAt, s.clean() ? 0 : 1));
                for (DiscrepancyKind kind : s.clean() ? KINDS : List.of(DiscrepancyKind.EXPECTED_RUN_MISSING)) {
                    String key = kind.name() + '|' + s.system() + '|' + s.from() + '|' + s.to();
                    Instant latest = modelOpen.get(key);
                    if (latest != null && !exportedAt.isBefore(latest)) {
                        modelOpen.remove(key);
                    }
                }
            } else {
                desk.discrepancy(IncidentFixtures.discrepancy(s.kind(), s.system(), s.from(), s.to(), now));
                modelOpen.put(s.kind().name() + '|' + s.system() + '|' + s.from() + '|' + s.to(), now);
                raised++;
            }
        }

        List<Incident> all = desk.incidents(account("hq.it", "TCHQ"), IncidentQuery.all(), PageRequest.first(1000)).items();
        Map<String, Long> openPerProblem = all.stream().filter(Incident::isOpen)
                .collect(Collectors.groupingBy(Incident::problemKey, Collectors.counting()));
        assertThat(openPerProblem.values()).allMatch(n -> n == 1);
        assertThat(openPerProblem.keySet()).isEqualTo(modelOpen.keySet());
        assertThat(all.stream().mapToInt(Incident::occurrences).sum()).isEqualTo(raised);
        assertThat(all).allSatisfy(i -> assertThat(i.resolvedAt() == null).isEqualTo(i.isOpen()));
    }
}
