package io.github.vncustoms.monitoring.transfer;

import static io.github.vncustoms.monitoring.transfer.TransferFixtures.UNITS;
import static io.github.vncustoms.monitoring.transfer.TransferFixtures.active;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.access.AccessDecision;
import io.github.vncustoms.core.access.AccessPolicy;
import io.github.vncustoms.core.access.AccessScope;
import io.github.vncustoms.core.access.ScopeRule;
import io.github.vncustoms.core.error.AccessDeniedException;
import io.github.vncustoms.core.org.CustomsUnit;
import io.github.vncustoms.core.paging.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Over generated events on every flow of the sample directory and every system of the matrix, each
 * caller sees exactly what QĐ 3035 Art. 7–11 let its level monitor at the units it reaches
 * (MON-T-05, MON-T-06). The expected sets are written from the articles' text, not from the matrix.
 */
final class TransferScopeProperties {
    private static final Set<TransferOperation> AT_SENDER = Set.of(TransferOperation.EXPORT, TransferOperation.TRANSMIT);
    private static final Set<TransferOperation> AT_RECEIVER = Set.of(TransferOperation.RECEIVE, TransferOperation.APPLY);

    private static List<TransferEvent> visibleTo(String callerUnit, List<TransferEvent> events) {
        TransferMonitor monitor = TransferMonitor.builder(UNITS, TransferFixtures.policy(new ArrayList<>()))
                .clock(TransferFixtures.CLOCK).build();
        monitor.recordAll(events);
        List<TransferEvent> seen = new ArrayList<>();
        monitor.scan(active(callerUnit), TransferQuery.all(), r -> seen.add(r.event()));
        long total = monitor.history(active(callerUnit), TransferQuery.all(), PageRequest.first(1)).total();
        assertThat(total).as("history and scan agree").isEqualTo(seen.size());
        return seen;
    }

    private static Set<String> itselfAndBelow(String unit) {
        Set<String> codes = UNITS.descendants(unit).stream().map(CustomsUnit::code).collect(Collectors.toSet());
        codes.add(unit);
        return codes;
    }

    @Property(tries = 200)
    @Label("MON-T-05: a branch sees exactly the operations at itself, never another branch's transfers")
    void branch_seesOnlyItself(@ForAll("events") List<TransferEvent> events, @ForAll("branches") String branch) {
        List<TransferEvent> seen = visibleTo(branch, events);
        assertThat(seen).allSatisfy(e -> {
            assertThat(e.unitCode()).isEqualTo(branch);
            assertThat(Set.of(e.fromUnit(), e.toUnit())).contains(branch);
        });
        assertThat(seen).containsExactlyInAnyOrderElementsOf(
                events.stream().filter(e -> e.unitCode().equals(branch)).toList());
    }

    @Property(tries = 200)
    @Label("MON-T-05: a department sees exactly the operations at itself and at its own branches")
    void department_seesOnlyItselfAndItsBranches(@ForAll("events") List<TransferEvent> events,
            @ForAll("departments") String department) {
        Set<String> reach = itselfAndBelow(department);
        List<TransferEvent> seen = visibleTo(department, events);
        assertThat(seen).allSatisfy(e -> assertThat(reach).contains(e.unitCode()));
        assertThat(seen).containsExactlyInAnyOrderElementsOf(
                events.stream().filter(e -> reach.contains(e.unitCode())).toList());
    }

    @Property(tries = 100)
    @Label("MON-T-05: headquarters and its divisions see everything")
    void headquarters_seesEverything(@ForAll("events") List<TransferEvent> events, @ForAll("headquarters") String hq) {
        assertThat(visibleTo(hq, events)).containsExactlyInAnyOrderElementsOf(events);
    }

    @Property(tries = 200)
    @Label("MON-T-05 Art. 9.3: a branch sees its own receipt and update of risk data, never HQ's export or transmission of it")
    void riskData_branch_seesOwnReceiptAndApplyOnly(@ForAll("events") List<TransferEvent> events,
            @ForAll("branches") String branch) {
        List<TransferEvent> seen = qlrr(visibleTo(branch, events));
        assertThat(seen).noneMatch(e -> AT_SENDER.contains(e.operation()));
        assertThat(seen).containsExactlyInAnyOrderElementsOf(qlrr(events).stream()
                .filter(e -> AT_RECEIVER.contains(e.operation()) && e.toUnit().equals(branch)).toList());
    }

    @Property(tries = 200)
    @Label("MON-T-05 Art. 9.2: a department sees its receipts of risk data and its branches' receipts and updates, never HQ's exports")
    void riskData_department_seesReceiptsTopDownOnly(@ForAll("events") List<TransferEvent> events,
            @ForAll("departments") String department) {
        Set<String> branches = UNITS.children(department).stream().map(CustomsUnit::code).collect(Collectors.toSet());
        List<TransferEvent> seen = qlrr(visibleTo(department, events));
        assertThat(seen).noneMatch(e -> AT_SENDER.contains(e.operation()));
        assertThat(seen).containsExactlyInAnyOrderElementsOf(qlrr(events).stream()
                .filter(e -> e.operation() == TransferOperation.RECEIVE && e.toUnit().equals(department)
                        || AT_RECEIVER.contains(e.operation()) && branches.contains(e.toUnit()))
                .toList());
    }

    @Property(tries = 200)
    @Label("MON-T-05 Art. 7.3: a branch sees only its own export and transmission of declarations, never the department's receipt of them")
    void declarations_branch_seesOwnExportAndTransmitOnly(@ForAll("events") List<TransferEvent> events,
            @ForAll("branches") String branch) {
        List<TransferEvent> seen = slxnk(visibleTo(branch, events));
        assertThat(seen).noneMatch(e -> AT_RECEIVER.contains(e.operation()));
        assertThat(seen).containsExactlyInAnyOrderElementsOf(slxnk(events).stream()
                .filter(e -> AT_SENDER.contains(e.operation()) && e.fromUnit().equals(branch)).toList());
    }

    @Property(tries = 200)
    @Label("MON-T-05 Art. 7.2: a department sees its export to HQ, its receipt from its branches, and its branches' exports")
    void declarations_department_seesArticle7_2(@ForAll("events") List<TransferEvent> events,
            @ForAll("departments") String department) {
        Set<String> branches = UNITS.children(department).stream().map(CustomsUnit::code).collect(Collectors.toSet());
        List<TransferEvent> seen = slxnk(visibleTo(department, events));
        assertThat(seen).containsExactlyInAnyOrderElementsOf(slxnk(events).stream()
                .filter(e -> AT_SENDER.contains(e.operation()) && e.fromUnit().equals(department)
                        || AT_RECEIVER.contains(e.operation()) && e.toUnit().equals(department)
                        || AT_SENDER.contains(e.operation()) && branches.contains(e.fromUnit()))
                .toList());
    }

    @Property(tries = 200)
    @Label("MON-T-05 Art. 7-11: even under a policy that reaches every unit, the matrix confines each level to operations at its level or below")
    void underAPolicyReachingEveryUnit_theMatrixConfinesEachLevelToOperationsAtOrBelowIt(
            @ForAll("events") List<TransferEvent> events, @ForAll("units") String caller) {
        AccessPolicy everyUnit = AccessPolicy.builder(UNITS).rule(ScopeRule.everyone(AccessScope.ALL)).build();
        TransferMonitor monitor = TransferMonitor.builder(UNITS, everyUnit).clock(TransferFixtures.CLOCK).build();
        monitor.recordAll(events);
        List<TransferEvent> seen = new ArrayList<>();
        monitor.scan(active(caller), TransferQuery.all(), r -> seen.add(r.event()));
        int level = UNITS.get(caller).level();
        // Art. 7-11, clause 1 of each: HQ monitors everything; clauses 2 and 3: a department at its
        // level and the branch level, a branch at the branch level (the unit-by-unit reach is the policy's).
        assertThat(seen).containsExactlyInAnyOrderElementsOf(
                events.stream().filter(e -> UNITS.get(e.unitCode()).level() >= level).toList());
        if (level == 3) {
            assertThat(seen).noneMatch(e -> e.system().equals("QLRR") && AT_SENDER.contains(e.operation()));
            assertThat(seen).noneMatch(e -> e.system().equals("SLXNK") && AT_RECEIVER.contains(e.operation()));
        }
    }

    @Property(tries = 300)
    @Label("MON-T-06, ACC-04: history of a unit out of reach is refused and the refusal reaches the denial listener")
    void history_ofAUnitOutOfReach_isRefusedAndJournaled(@ForAll("units") String caller, @ForAll("units") String target) {
        List<AccessDecision> denials = new ArrayList<>();
        TransferMonitor monitor = TransferMonitor.builder(UNITS, TransferFixtures.policy(denials)).build();
        boolean inReach = UNITS.get(caller).level() == 1 || itselfAndBelow(caller).contains(target);
        TransferQuery query = TransferQuery.builder().units(target).build();
        if (inReach) {
            assertThat(monitor.history(active(caller), query, PageRequest.first(5)).total()).isZero();
            assertThat(denials).isEmpty();
        } else {
            assertThatThrownBy(() -> monitor.history(active(caller), query, PageRequest.first(5)))
                    .isInstanceOf(AccessDeniedException.class).hasMessageContaining(target);
            assertThat(denials).singleElement().satisfies(d -> {
                assertThat(d.accountUnit()).isEqualTo(caller);
                assertThat(d.targetUnit()).isEqualTo(target);
                assertThat(d.allowed()).isFalse();
            });
        }
    }

    private static List<TransferEvent> qlrr(List<TransferEvent> events) {
        return events.stream().filter(e -> e.system().equals("QLRR")).toList();
    }

    private static List<TransferEvent> slxnk(List<TransferEvent> events) {
        return events.stream().filter(e -> e.system().equals("SLXNK")).toList();
    }

    @Provide
    Arbitrary<List<TransferEvent>> events() {
        return TransferFixtures.events().list().ofMaxSize(80);
    }

    @Provide
    Arbitrary<String> branches() {
        return Arbitraries.of(codesAt(3));
    }

    @Provide
    Arbitrary<String> departments() {
        return Arbitraries.of(codesAt(2));
    }

    @Provide
    Arbitrary<String> headquarters() {
        return Arbitraries.of(codesAt(1));
    }

    @Provide
    Arbitrary<String> units() {
        return Arbitraries.of(TransferFixtures.unitCodes());
    }

    private static List<String> codesAt(int level) {
        return UNITS.atLevel(level).stream().map(CustomsUnit::code).toList();
    }
}
