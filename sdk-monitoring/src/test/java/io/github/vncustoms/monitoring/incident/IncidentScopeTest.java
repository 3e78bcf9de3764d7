package io.github.vncustoms.monitoring.incident;

import io.github.vncustoms.core.time.ManualClock;

import static io.github.vncustoms.monitoring.incident.IncidentFixtures.T0;
import static io.github.vncustoms.monitoring.incident.IncidentFixtures.UNITS;
import static io.github.vncustoms.monitoring.incident.IncidentFixtures.account;
import static io.github.vncustoms.monitoring.incident.IncidentFixtures.discrepancy;
import static io.github.vncustoms.monitoring.reconcile.DiscrepancyKind.MISSING_AT_RECEIVER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.access.AccessDecision;
import io.github.vncustoms.core.access.AccessPolicy;
import io.github.vncustoms.core.access.AccessScope;
import io.github.vncustoms.core.access.Account;
import io.github.vncustoms.core.access.AccountState;
import io.github.vncustoms.core.access.ScopeRule;
import io.github.vncustoms.core.error.AccessDeniedException;
import io.github.vncustoms.core.paging.PageRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Who sees which incident (MON-T-04 within MON-T-05's scopes, MON-T-07's responsible units): the units at either end
 * of the flow and the responsible unit decide; out of scope is never returned, and asked for by id is refused.
 */
final class IncidentScopeTest {
    private final List<AccessDecision> denials = new ArrayList<>();
    private final AccessPolicy policy = AccessPolicy.builder(UNITS).denialListener(denials::add).build();
    private final IncidentDesk desk = IncidentDesk.builder(IncidentRouting.sample()).policy(policy)
            .clock(ManualClock.at(T0)).build();

    private final Incident noiBaiUp = raise("SLXNK", "01AB", "HQ01");
    private final Incident dinhVuUp = raise("SLXNK", "01DD", "HQ01");
    private final Incident hanoiUp = raise("SLXNK", "HQ01", "TCHQ");
    private final Incident saigonUp = raise("SLXNK", "02XE", "HQ02");
    private final Incident riskDown = raise("QLRR", "HQ01", "01AB");
    private final Incident pricesDown = raise("GTT22", "HQ02", "02CI");

    private Incident raise(String system, String from, String to) {
        return desk.raise(discrepancy(MISSING_AT_RECEIVER, system, from, to, T0));
    }

    private List<Incident> seenBy(IncidentDesk d, Account caller) {
        return d.incidents(caller, IncidentQuery.all(), PageRequest.first(100)).items();
    }

    @Test
    @DisplayName("MON-T-05: a branch sees only the incidents of its own flows")
    void branch_seesOnlyItsOwnFlows() {
        assertThat(seenBy(desk, account("noibai", "01AB"))).containsExactlyInAnyOrder(noiBaiUp, riskDown);
        assertThat(seenBy(desk, account("saigon.xe", "02XE"))).containsExactly(saigonUp);
    }

    @Test
    @DisplayName("MON-T-05: a department sees its own flows and its branches'")
    void department_seesItsFlowsAndItsBranches() {
        assertThat(seenBy(desk, account("hanoi", "HQ01")))
                .containsExactlyInAnyOrder(noiBaiUp, dinhVuUp, hanoiUp, riskDown);
        assertThat(seenBy(desk, account("hcm", "HQ02"))).containsExactlyInAnyOrder(saigonUp, pricesDown);
    }

    @Test
    @DisplayName("MON-T-05: headquarters sees every incident")
    void headquarters_seesEverything() {
        assertThat(seenBy(desk, account("hq.it", "TCHQ")))
                .containsExactlyInAnyOrder(noiBaiUp, dinhVuUp, hanoiUp, saigonUp, riskDown, pricesDown);
    }

    @Test
    @DisplayName("MON-T-07: a responsible department sees the incidents routed to it, even where it sees no flow unit")
    void responsibleDepartment_seesWhatIsRoutedToIt() {
        AccessPolicy ownUnitOnly = AccessPolicy.builder(UNITS)
                .rule(ScopeRule.forRole("MONITOR_ALL", AccessScope.ALL))
                .rule(ScopeRule.everyone(AccessScope.UNIT_AND_BELOW))
                .build();
        IncidentDesk strict = desk.toBuilder().policy(ownUnitOnly).build();

        assertThat(seenBy(strict, account("cntt", "TCHQ-CNTT")))
                .containsExactlyInAnyOrder(noiBaiUp, dinhVuUp, hanoiUp, saigonUp);
        assertThat(seenBy(strict, account("txnk", "TCHQ-TXNK"))).containsExactly(pricesDown);
        assertThat(seenBy(strict, account("dtcbl", "TCHQ-DTCBL"))).containsExactly(riskDown);
        assertThat(strict.incident(account("dtcbl", "TCHQ-DTCBL"), riskDown.id())).isEqualTo(riskDown);
        assertThatThrownBy(() -> strict.incident(account("dtcbl", "TCHQ-DTCBL"), noiBaiUp.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(seenBy(strict, account("hq.it", "TCHQ", "MONITOR_ALL"))).hasSize(6);
    }

    @Test
    @DisplayName("MON-T-05: asking for an out-of-scope incident by id is refused and the refusal reaches the policy's listener")
    void byId_outOfScope_isRefusedAndJournaled() {
        Account dinhVu = account("dinhvu", "01DD");
        assertThat(desk.incident(dinhVu, dinhVuUp.id())).isEqualTo(dinhVuUp);
        assertThatThrownBy(() -> desk.incident(dinhVu, noiBaiUp.id()))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("dinhvu")
                .hasMessageContaining(noiBaiUp.id());
        assertThat(denials).singleElement().satisfies(d -> {
            assertThat(d.accountId()).isEqualTo("dinhvu");
            assertThat(d.action()).isEqualTo("see incident " + noiBaiUp.id());
        });
    }

    @Test
    void inactiveAccount_seesNothing() {
        Account locked = account("hq.it", "TCHQ").withState(AccountState.LOCKED);
        assertThat(desk.incidents(locked, IncidentQuery.all(), PageRequest.first(10)).total()).isZero();
        assertThatThrownBy(() -> desk.incident(locked, noiBaiUp.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void queryAndScope_combine_andTheTotalCountsOnlyWhatTheCallerMaySee() {
        Account hanoi = account("hanoi", "HQ01");
        var page = desk.incidents(hanoi, IncidentQuery.builder().systems("SLXNK").build(), PageRequest.first(2));
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items()).hasSize(2);
        assertThat(page.hasNext()).isTrue();
        assertThat(desk.incidents(hanoi, IncidentQuery.builder().systems("SLXNK").build(), page.nextRequest()).items())
                .hasSize(1);
    }
}
