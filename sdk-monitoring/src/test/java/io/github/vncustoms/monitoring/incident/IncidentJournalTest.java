package io.github.vncustoms.monitoring.incident;

import io.github.vncustoms.core.time.ManualClock;

import static io.github.vncustoms.monitoring.incident.IncidentFixtures.T0;
import static io.github.vncustoms.monitoring.incident.IncidentFixtures.account;
import static io.github.vncustoms.monitoring.incident.IncidentFixtures.cleanRun;
import static io.github.vncustoms.monitoring.incident.IncidentFixtures.discrepancy;
import static io.github.vncustoms.monitoring.reconcile.DiscrepancyKind.APPLY_FAILED;
import static io.github.vncustoms.monitoring.reconcile.DiscrepancyKind.SIZE_MISMATCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.audit.AuditEntry;
import io.github.vncustoms.core.audit.AuditEvent;
import io.github.vncustoms.core.audit.AuditJournal;
import io.github.vncustoms.core.audit.InMemoryAuditStore;
import io.github.vncustoms.core.audit.JournalSigningKey;
import io.github.vncustoms.core.error.AccessDeniedException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every state change of an incident (opened, updated, resolved) is appended to the audit journal, which verifies (MON-T-04, ACC-04). */
final class IncidentJournalTest {
    private final ManualClock clock = ManualClock.at(T0);
    private final InMemoryAuditStore store = InMemoryAuditStore.create();
    private final AuditJournal journal = AuditJournal.builder(store, JournalSigningKey.generate(), IncidentFixtures.defaultPolicy())
            .clock(clock).checkpointEvery(0).build();
    private final IncidentDesk desk = IncidentDesk.builder(IncidentRouting.sample()).clock(clock).journal(journal)
            .origin("monitor-01").build();

    private List<AuditEvent> events() {
        return store.entries().stream().map(AuditEntry::event).toList();
    }

    @Test
    @DisplayName("MON-T-04: one journal entry per state change, with kind, system, flow and requirement, and the journal verifies")
    void everyStateChange_isJournaledOnce_andTheJournalVerifies() {
        Incident opened = desk.raise(discrepancy(SIZE_MISMATCH, "GTT22", "01AB", "HQ01", T0));
        clock.advance(Duration.ofMinutes(30));
        desk.raise(discrepancy(SIZE_MISMATCH, "GTT22", "01AB", "HQ01", T0.plus(Duration.ofMinutes(30))));
        Incident other = desk.raise(discrepancy(APPLY_FAILED, "SLXNK", "01DD", "HQ01", T0.plus(Duration.ofMinutes(30))));
        clock.advance(Duration.ofMinutes(30));
        desk.runReconciled(cleanRun("GTT22", "01AB", "HQ01", T0.plus(Duration.ofMinutes(60))));
        desk.resolve(account("dinhvu", "01DD"), other.id(), "Đã cập nhật lại");

        assertThat(events()).extracting(AuditEvent::action)
                .containsExactly("incident.opened", "incident.updated", "incident.opened", "incident.resolved", "incident.resolved");
        assertThat(events()).extracting(AuditEvent::objectType).containsOnly("incident");
        assertThat(events().get(0)).satisfies(e -> {
            assertThat(e.objectId()).isEqualTo(opened.id());
            assertThat(e.objectUnit()).isEqualTo("TCHQ-TXNK");
            assertThat(e.actorId()).isEqualTo(IncidentDesk.DEFAULT_SYSTEM_ACTOR);
            assertThat(e.actorUnit()).isEqualTo("TCHQ-TXNK");
            assertThat(e.origin()).isEqualTo("monitor-01");
            assertThat(e.details()).containsEntry("kind", "SIZE_MISMATCH").containsEntry("system", "GTT22")
                    .containsEntry("flow", "01AB->HQ01").containsEntry("requirement", "MON-T-04")
                    .containsEntry("state", "OPEN").containsEntry("occurrences", "1")
                    .containsEntry("fileName", "TK_01AB_0001.xml");
        });
        assertThat(events().get(1).details()).containsEntry("occurrences", "2");
        assertThat(events().get(3).details()).containsEntry("state", "RESOLVED")
                .containsEntry("resolvedBy", IncidentDesk.DEFAULT_SYSTEM_ACTOR);
        assertThat(events().get(4)).satisfies(e -> {
            assertThat(e.actorId()).isEqualTo("dinhvu");
            assertThat(e.actorUnit()).isEqualTo("01DD");
            assertThat(e.objectUnit()).isEqualTo("TCHQ-CNTT");
            assertThat(e.details()).containsEntry("resolution", "Đã cập nhật lại");
        });
        assertThat(journal.verify().ok()).isTrue();
        journal.verify().requireIntact();
    }

    @Test
    void refusedAndFailedRequests_changeNothing_andJournalNoChange() {
        Incident i = desk.raise(discrepancy(APPLY_FAILED, "SLXNK", "01AB", "HQ01", T0));
        assertThatThrownBy(() -> desk.resolve(account("saigon", "02XE"), i.id(), "x")).isInstanceOf(AccessDeniedException.class);
        desk.runReconciled(cleanRun("SLXNK", "01DD", "HQ01", T0));
        assertThat(events()).extracting(AuditEvent::action).containsExactly("incident.opened");
        assertThat(journal.verify().ok()).isTrue();
    }
}
