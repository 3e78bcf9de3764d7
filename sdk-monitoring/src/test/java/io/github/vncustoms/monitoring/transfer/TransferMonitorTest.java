package io.github.vncustoms.monitoring.transfer;

import static io.github.vncustoms.monitoring.transfer.TransferFixtures.CLOCK;
import static io.github.vncustoms.monitoring.transfer.TransferFixtures.T0;
import static io.github.vncustoms.monitoring.transfer.TransferFixtures.UNITS;
import static io.github.vncustoms.monitoring.transfer.TransferFixtures.active;
import static io.github.vncustoms.monitoring.transfer.TransferFixtures.event;
import static io.github.vncustoms.monitoring.transfer.TransferOperation.APPLY;
import static io.github.vncustoms.monitoring.transfer.TransferOperation.EXPORT;
import static io.github.vncustoms.monitoring.transfer.TransferOperation.RECEIVE;
import static io.github.vncustoms.monitoring.transfer.TransferOperation.TRANSMIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.vncustoms.core.access.AccessDecision;
import io.github.vncustoms.core.access.AccessPolicy;
import io.github.vncustoms.core.access.AccessScope;
import io.github.vncustoms.core.access.Account;
import io.github.vncustoms.core.access.AccountState;
import io.github.vncustoms.core.access.ScopeRule;
import io.github.vncustoms.core.error.AccessDeniedException;
import io.github.vncustoms.core.error.NotFoundException;
import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.org.UnitDirectories;
import io.github.vncustoms.core.paging.Page;
import io.github.vncustoms.core.paging.PageRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Recording and looking up through the monitor (MON-T-01, MON-T-05, MON-T-06). */
final class TransferMonitorTest {
    private final List<AccessDecision> denials = new CopyOnWriteArrayList<>();
    private final List<RecordedTransfer> heard = new CopyOnWriteArrayList<>();
    private final InMemoryTransferLedger ledger = new InMemoryTransferLedger();
    private final TransferMonitor monitor = TransferMonitor.builder(UNITS, TransferFixtures.policy(denials))
            .ledger(ledger).clock(CLOCK).listener(heard::add).build();

    @Test
    void builder_whenThePolicyFollowsAnotherDirectory_isRefused() {
        AccessPolicy other = AccessPolicy.builder(UnitDirectories.regionalBranches2025()).build();
        assertThatThrownBy(() -> TransferMonitor.builder(UNITS, other))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("policy"))
                .hasMessageContaining("expected the same directory");
    }

    @Test
    void builder_checksEachSettingAtOnce() {
        TransferMonitor.Builder b = TransferFixtures.monitor();
        assertThatThrownBy(() -> b.matrix(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> b.ledger(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> b.clock(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> b.listener(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> TransferMonitor.builder(null, TransferFixtures.policy(denials)))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void builder_defaults_theBundledMatrix_andAFreshInMemoryLedgerPerMonitor() {
        TransferMonitor.Builder b = TransferFixtures.monitor();
        TransferMonitor one = b.build();
        TransferMonitor two = b.build();
        assertThat(one.matrix()).isSameAs(TransferMatrix.qd3035());
        assertThat(one.ledger()).isInstanceOf(InMemoryTransferLedger.class).isNotSameAs(two.ledger());
    }

    @Test
    @DisplayName("MON-T-01: record stores the event with its resolved levels, the clock's time, and tells the listener")
    void record_storesWithResolvedLevelsAndClockTime_andTellsTheListener() {
        TransferEvent e = event("QLRR", "TCHQ-DTCBL", "01AB", TRANSMIT, T0);
        RecordedTransfer r = monitor.record(e);
        assertThat(r.sequence()).isEqualTo(1);
        assertThat(r.fromLevel()).as("a division sends as HQ").isEqualTo(1);
        assertThat(r.toLevel()).isEqualTo(3);
        assertThat(r.recordedAt()).isEqualTo(CLOCK.instant());
        assertThat(r.event()).isEqualTo(e);
        assertThat(ledger.get(1)).contains(r);
        assertThat(heard).containsExactly(r);
    }

    @Test
    @DisplayName("MON-T-05: a flow the regulation does not have is refused and nothing is recorded")
    void record_whenTheFlowDoesNotExist_recordsNothing() {
        assertThatThrownBy(() -> monitor.record(event("QLRR", "01AB", "HQ01", EXPORT, T0)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("top-down only");
        assertThatThrownBy(() -> monitor.record(event("QLRR", "TCHQ", "HQ01", APPLY, T0)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("has no APPLY");
        assertThatThrownBy(() -> monitor.record(event("SLXNK", "01AB", "01DD", EXPORT, T0)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("neither of which lies above");
        assertThatThrownBy(() -> monitor.record(event("SLXNK", "09ZZ", "HQ01", EXPORT, T0)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("not in the unit directory");
        assertThatThrownBy(() -> monitor.record(null)).isInstanceOf(NullPointerException.class);
        assertThat(ledger.size()).isZero();
        assertThat(heard).isEmpty();
    }

    @Test
    @DisplayName("MON-T-01: recordAll with one bad event among good ones records nothing")
    void recordAll_whenOneEventIsBad_recordsNothing() {
        List<TransferEvent> events = List.of(
                event("SLXNK", "01AB", "HQ01", EXPORT, T0),
                event("SLXNK", "01AB", "HQ01", TRANSMIT, T0),
                event("SLXNK", "HQ01", "01AB", RECEIVE, T0),
                event("SLXNK", "01AB", "HQ01", RECEIVE, T0));
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> monitor.recordAll(events));
        assertThat(e.field()).isEqualTo("events");
        assertThat(e.problems()).singleElement().asString().startsWith("event 2 (SLXNK RECEIVE").contains("bottom-up only");
        assertThat(e.getMessage()).contains("1 of 4", "none was recorded");
        assertThat(ledger.size()).isZero();
        assertThat(heard).isEmpty();
    }

    @Test
    @DisplayName("MON-T-01: recordAll reports every bad event at once, by index")
    void recordAll_reportsEveryBadEventAtOnce() {
        List<TransferEvent> events = new ArrayList<>();
        events.add(event("QLRR", "01AB", "TCHQ", EXPORT, T0));
        events.add(event("SLXNK", "01AB", "HQ01", EXPORT, T0));
        events.add(null);
        events.add(event("VICUM", "02XE", "HQ01", RECEIVE, T0));
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> monitor.recordAll(events));
        assertThat(e.problems()).hasSize(3);
        assertThat(e.problems().get(0)).startsWith("event 0 ").contains("top-down only");
        assertThat(e.problems().get(1)).startsWith("event 2 is missing");
        assertThat(e.problems().get(2)).startsWith("event 3 ").contains("neither of which lies above");
        assertThat(ledger.size()).isZero();
    }

    @Test
    @DisplayName("MON-T-01: recordAll of good events records them all, in order, and tells the listener of each")
    void recordAll_whenAllAreGood_recordsThemInOrder() {
        List<TransferEvent> events = List.of(
                event("KT559", "TCHQ", "HQ02", EXPORT, T0),
                event("KT559", "TCHQ", "HQ02", TRANSMIT, T0.plusSeconds(1)),
                event("KT559", "TCHQ", "HQ02", RECEIVE, T0.plusSeconds(2)));
        List<RecordedTransfer> recorded = monitor.recordAll(events);
        assertThat(recorded).extracting(RecordedTransfer::event).isEqualTo(events);
        assertThat(recorded).extracting(RecordedTransfer::sequence).containsExactly(1L, 2L, 3L);
        assertThat(heard).isEqualTo(recorded);
        assertThat(monitor.recordAll(List.of())).isEmpty();
    }

    @Test
    @DisplayName("MON-T-01: a failing listener neither undoes nor interrupts the recording")
    void record_whenTheListenerThrows_theEventStaysRecorded() {
        // The failure is logged at WARNING with its stack trace; keep it out of the build log.
        java.util.logging.Logger log = java.util.logging.Logger.getLogger(TransferMonitor.class.getName());
        java.util.logging.Level before = log.getLevel();
        log.setLevel(java.util.logging.Level.OFF);
        try {
            recordWithAFailingListener();
        } finally {
            log.setLevel(before);
        }
    }

    private void recordWithAFailingListener() {
        TransferMonitor failing = monitor.toBuilder().listener(r -> {
            throw new IllegalStateException("reconciler down");
        }).build();
        RecordedTransfer r = failing.record(event("SLXNK", "01AB", "HQ01", EXPORT, T0));
        List<RecordedTransfer> more = failing.recordAll(List.of(event("SLXNK", "01AB", "HQ01", TRANSMIT, T0),
                event("SLXNK", "01AB", "HQ01", RECEIVE, T0)));
        assertThat(ledger.get(r.sequence())).contains(r);
        assertThat(more).hasSize(2);
        assertThat(ledger.size()).isEqualTo(3);
    }

    @Test
    @DisplayName("MON-T-06: history returns the caller's scope only, paged")
    void history_returnsOnlyTheCallersScope() {
        monitor.record(event("SLXNK", "01AB", "HQ01", EXPORT, T0));
        monitor.record(event("SLXNK", "01DD", "HQ01", EXPORT, T0.plusSeconds(1)));
        monitor.record(event("SLXNK", "01AB", "HQ01", RECEIVE, T0.plusSeconds(2)));
        monitor.record(event("SLXNK", "02XE", "HQ02", EXPORT, T0.plusSeconds(3)));
        Page<RecordedTransfer> noiBai = monitor.history(active("01AB"), TransferQuery.all(), PageRequest.first(10));
        assertThat(noiBai.items()).extracting(RecordedTransfer::sequence).containsExactly(1L);
        Page<RecordedTransfer> hanoi = monitor.history(active("HQ01"), TransferQuery.all(), PageRequest.first(2));
        assertThat(hanoi.items()).extracting(RecordedTransfer::sequence).containsExactly(1L, 2L);
        assertThat(hanoi.total()).isEqualTo(3);
        assertThat(monitor.history(active("TCHQ"), TransferQuery.all(), PageRequest.first(10)).total()).isEqualTo(4);
        List<RecordedTransfer> scanned = new ArrayList<>();
        monitor.scan(active("HQ02"), TransferQuery.all(), scanned::add);
        assertThat(scanned).extracting(RecordedTransfer::sequence).containsExactly(4L);
        assertThat(denials).isEmpty();
    }

    @Test
    @DisplayName("MON-T-06, ACC-04: asking for another unit's history is refused and the refusal journaled")
    void history_forAnotherUnit_isRefused_andTheDenialJournaled() {
        monitor.record(event("SLXNK", "01DD", "HQ01", EXPORT, T0));
        Account noiBai = active("01AB");
        TransferQuery theirs = TransferQuery.builder().units("01AB", "01DD").build();
        assertThatThrownBy(() -> monitor.history(noiBai, theirs, PageRequest.first(10)))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("01DD");
        assertThatThrownBy(() -> monitor.scan(noiBai, theirs, r -> { }))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(denials).hasSize(2).allSatisfy(d -> {
            assertThat(d.accountId()).isEqualTo(noiBai.id());
            assertThat(d.targetUnit()).isEqualTo("01DD");
            assertThat(d.action()).isEqualTo("look up the transfer history");
        });
        assertThat(monitor.history(noiBai, TransferQuery.builder().units("01ab").build(), PageRequest.first(10)).total())
                .isZero();
    }

    @Test
    @DisplayName("MON-T-05: an inactive account sees nothing, and naming a unit is refused")
    void inactiveAccount_seesNothing() {
        monitor.record(event("SLXNK", "01AB", "HQ01", EXPORT, T0));
        for (AccountState state : AccountState.values()) {
            if (state == AccountState.ACTIVE) {
                continue;
            }
            Account hq = active("TCHQ").withState(state);
            assertThat(monitor.scopeOf(hq).rules()).as(state.name()).isEmpty();
            assertThat(monitor.history(hq, TransferQuery.all(), PageRequest.first(10)).total()).isZero();
            assertThatThrownBy(() -> monitor.history(hq, TransferQuery.builder().units("01AB").build(), PageRequest.first(1)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> monitor.get(hq, 1)).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    @DisplayName("MON-T-05: scopeOf pairs the policy's units with the rows the caller's level monitors")
    void scopeOf_pairsUnitsWithTheLevelsRows() {
        TransferScope hanoi = monitor.scopeOf(active("HQ01"));
        assertThat(hanoi.units().unitCodes()).containsExactlyInAnyOrder("HQ01", "01AB", "01DD");
        assertThat(hanoi.rules()).isNotEmpty().allMatch(r -> r.monitoredBy().contains(2));
        assertThat(hanoi.allows("QLRR", 1, 2, EXPORT)).isFalse();
        assertThat(hanoi.allows("QLRR", 1, 2, RECEIVE)).isTrue();
        TransferScope division = monitor.scopeOf(active("TCHQ-CNTT"));
        assertThat(division.units().unrestricted()).isTrue();
        assertThat(division.rules()).isEqualTo(TransferMatrix.qd3035().rules());
    }

    @Test
    @DisplayName("MON-T-06: get returns a visible record, NotFound for an unknown number")
    void get_returnsVisibleRecord_orNotFound() {
        RecordedTransfer r = monitor.record(event("QLRR", "TCHQ", "01AB", APPLY, T0));
        assertThat(monitor.get(active("01AB"), r.sequence())).isEqualTo(r);
        assertThat(monitor.get(active("HQ01"), r.sequence())).isEqualTo(r);
        assertThatThrownBy(() -> monitor.get(active("01AB"), 2))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("sequence number 2");
    }

    @Test
    @DisplayName("MON-T-05, ACC-04: get of another unit's record is refused and journaled")
    void get_ofAnotherUnitsRecord_isRefused_andJournaled() {
        RecordedTransfer r = monitor.record(event("QLRR", "TCHQ", "01DD", RECEIVE, T0));
        assertThatThrownBy(() -> monitor.get(active("01AB"), r.sequence()))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("01DD");
        assertThat(denials).singleElement().satisfies(d -> assertThat(d.targetUnit()).isEqualTo("01DD"));
    }

    @Test
    @DisplayName("MON-T-05 Art. 9.1.a: a branch whose policy reaches HQ still may not read HQ's risk-data export")
    void get_whenTheRowExcludesTheCallersLevel_isRefused_namingTheArticleAndLevel() {
        AccessPolicy wide = AccessPolicy.builder(UNITS).rule(ScopeRule.forLevel(1, AccessScope.ALL))
                .rule(ScopeRule.forRole("AUDITOR", AccessScope.ALL)).rule(ScopeRule.everyone(AccessScope.UNIT_AND_BELOW))
                .denialListener(denials::add).build();
        TransferMonitor auditing = TransferMonitor.builder(UNITS, wide).ledger(ledger).clock(CLOCK).build();
        RecordedTransfer export = auditing.record(event("QLRR", "TCHQ", "01AB", EXPORT, T0));
        Account auditor = active("01AB").withRoles(Set.of("AUDITOR"));
        assertThatThrownBy(() -> auditing.get(auditor, export.sequence()))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("Art. 9.1.a").hasMessageContaining("level 3")
                .hasMessageContaining("monitored only by level(s) [1]");
        assertThat(denials).as("ACC-04: the matrix's refusal is journaled like the policy's").singleElement()
                .satisfies(d -> assertThat(d.reason()).contains("Art. 9.1.a"));
        assertThat(auditing.history(auditor, TransferQuery.all(), PageRequest.first(10)).total())
                .as("history leaves it out too").isZero();
    }

    @Test
    @DisplayName("MON-T-05: under a stricter matrix a branch may not read even its own export")
    void get_underAStricterMatrix_refusesTheBranchItsOwnExport() {
        TransferRule strict = new TransferRule("SLXNK", 3, 2, EXPORT, Set.of(1, 2), "Local rule 12/2026");
        TransferMonitor local = monitor.toBuilder().matrix(TransferMatrix.of(List.of(strict))).build();
        RecordedTransfer own = local.record(event("SLXNK", "01AB", "HQ01", EXPORT, T0));
        assertThatThrownBy(() -> local.get(active("01AB"), own.sequence()))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("Local rule 12/2026");
        assertThatThrownBy(() -> local.record(event("SLXNK", "01AB", "HQ01", TRANSMIT, T0)))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void toBuilder_makesAVariant_sharingTheLedger() {
        Clock later = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);
        TransferMonitor variant = monitor.toBuilder().clock(later).build();
        RecordedTransfer r = variant.record(event("SLXNK", "01AB", "HQ01", EXPORT, T0));
        assertThat(r.recordedAt()).isEqualTo(later.instant());
        assertThat(variant.ledger()).isSameAs(monitor.ledger());
        assertThat(variant.matrix()).isSameAs(monitor.matrix());
        assertThat(heard).containsExactly(r);
        assertThat(monitor.record(event("SLXNK", "01AB", "HQ01", TRANSMIT, T0)).recordedAt()).isEqualTo(CLOCK.instant());
    }
}
