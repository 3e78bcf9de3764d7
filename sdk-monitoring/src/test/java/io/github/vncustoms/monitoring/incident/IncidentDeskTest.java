package io.github.vncustoms.monitoring.incident;

import io.github.vncustoms.core.time.ManualClock;

import static io.github.vncustoms.monitoring.incident.IncidentFixtures.T0;
import static io.github.vncustoms.monitoring.incident.IncidentFixtures.account;
import static io.github.vncustoms.monitoring.incident.IncidentFixtures.cleanRun;
import static io.github.vncustoms.monitoring.incident.IncidentFixtures.discrepancy;
import static io.github.vncustoms.monitoring.incident.IncidentFixtures.run;
import static io.github.vncustoms.monitoring.reconcile.DiscrepancyKind.APPLY_FAILED;
import static io.github.vncustoms.monitoring.reconcile.DiscrepancyKind.EXPECTED_RUN_MISSING;
import static io.github.vncustoms.monitoring.reconcile.DiscrepancyKind.MISSING_AT_RECEIVER;
import static io.github.vncustoms.monitoring.reconcile.DiscrepancyKind.SIZE_MISMATCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.access.AccessPolicy;
import io.github.vncustoms.core.error.AccessDeniedException;
import io.github.vncustoms.core.error.InvalidStateException;
import io.github.vncustoms.core.error.NotFoundException;
import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.org.UnitDirectories;
import io.github.vncustoms.core.paging.PageRequest;
import io.github.vncustoms.monitoring.reconcile.Discrepancy;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** MON-T-04: discrepancies raise incidents, a repeat updates the open one, and incidents close when the discrepancy is resolved. */
final class IncidentDeskTest {
    private final ManualClock clock = ManualClock.at(T0);
    private final InMemoryIncidentSink sink = InMemoryIncidentSink.create();
    private final IncidentDesk desk = IncidentDesk.builder(IncidentRouting.sample()).sink(sink).clock(clock).build();

    private List<Incident> open() {
        return desk.incidents(account("hq.it", "TCHQ"), IncidentQuery.builder().states(IncidentState.OPEN).build(),
                PageRequest.first(100)).items();
    }

    @Test
    @DisplayName("MON-T-04: a discrepancy opens an incident for the responsible unit at once")
    void discrepancy_opensAnIncident_forTheResponsibleUnit() {
        Discrepancy d = discrepancy(MISSING_AT_RECEIVER, "SLXNK", "01AB", "HQ01", T0);
        desk.discrepancy(d);

        assertThat(open()).singleElement().satisfies(i -> {
            assertThat(i.problemKey()).isEqualTo("MISSING_AT_RECEIVER|SLXNK|01AB|HQ01");
            assertThat(i.responsibleUnit()).isEqualTo("TCHQ-CNTT");
            assertThat(i.state()).isEqualTo(IncidentState.OPEN);
            assertThat(i.occurrences()).isEqualTo(1);
            assertThat(i.first()).isEqualTo(d);
            assertThat(i.latest()).isEqualTo(d);
            assertThat(i.openedAt()).isEqualTo(T0);
            assertThat(i.updatedAt()).isEqualTo(T0);
            assertThat(i.resolvedAt()).isNull();
            assertThat(i.requirement()).isEqualTo("MON-T-04");
            assertThat(i.id()).startsWith("INC-");
        });
    }

    @Test
    @DisplayName("MON-T-04: a repeat of an open problem updates its incident instead of opening another")
    void repeat_ofAnOpenProblem_updatesTheIncident() {
        Incident first = desk.raise(discrepancy(SIZE_MISMATCH, "GTT22", "01AB", "HQ01", T0));
        clock.advance(Duration.ofMinutes(30));
        Discrepancy again = discrepancy(SIZE_MISMATCH, "GTT22", "01AB", "HQ01", T0.plus(Duration.ofMinutes(30)));
        Incident second = desk.raise(again);

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.occurrences()).isEqualTo(2);
        assertThat(second.latest()).isEqualTo(again);
        assertThat(second.first()).isEqualTo(first.first());
        assertThat(second.openedAt()).isEqualTo(T0);
        assertThat(second.updatedAt()).isEqualTo(T0.plus(Duration.ofMinutes(30)));
        assertThat(open()).containsExactly(second);
    }

    @Test
    void otherKindsAndOtherFlows_areOtherProblems() {
        desk.raise(discrepancy(SIZE_MISMATCH, "SLXNK", "01AB", "HQ01", T0));
        desk.raise(discrepancy(APPLY_FAILED, "SLXNK", "01AB", "HQ01", T0));
        desk.raise(discrepancy(SIZE_MISMATCH, "SLXNK", "01DD", "HQ01", T0));
        desk.raise(discrepancy(SIZE_MISMATCH, "VICUM", "01AB", "HQ01", T0));
        assertThat(open()).hasSize(4).allSatisfy(i -> assertThat(i.occurrences()).isEqualTo(1));
    }

    @Test
    @DisplayName("MON-T-04: a clean run on a flow resolves every open incident of that flow, and only of that flow")
    void cleanRun_resolvesEveryOpenIncidentOfItsFlow() {
        desk.raise(discrepancy(SIZE_MISMATCH, "SLXNK", "01AB", "HQ01", T0));
        desk.raise(discrepancy(APPLY_FAILED, "SLXNK", "01AB", "HQ01", T0));
        desk.raise(discrepancy(EXPECTED_RUN_MISSING, "SLXNK", "01AB", "HQ01", T0));
        Incident otherFlow = desk.raise(discrepancy(SIZE_MISMATCH, "SLXNK", "01DD", "HQ01", T0));
        Incident otherSystem = desk.raise(discrepancy(SIZE_MISMATCH, "VICUM", "01AB", "HQ01", T0));
        clock.advance(Duration.ofMinutes(31));

        List<Incident> resolved = desk.resolveByRun(cleanRun("SLXNK", "01AB", "HQ01", T0.plus(Duration.ofMinutes(30))));

        assertThat(resolved).extracting(Incident::kind).containsExactly(SIZE_MISMATCH, APPLY_FAILED, EXPECTED_RUN_MISSING);
        assertThat(resolved).allSatisfy(i -> {
            assertThat(i.state()).isEqualTo(IncidentState.RESOLVED);
            assertThat(i.resolvedAt()).isEqualTo(T0.plus(Duration.ofMinutes(31)));
            assertThat(i.resolvedBy()).isEqualTo(IncidentDesk.DEFAULT_SYSTEM_ACTOR);
            assertThat(i.resolution()).contains("đối chiếu không có sai lệch");
        });
        assertThat(open()).containsExactlyInAnyOrder(otherFlow, otherSystem);
    }

    @Test
    @DisplayName("MON-T-04: any run resolves EXPECTED_RUN_MISSING on its flow (the run happened), a run with discrepancies keeps the others open")
    void runWithDiscrepancies_resolvesOnlyTheMissingRun() {
        Incident missing = desk.raise(discrepancy(EXPECTED_RUN_MISSING, "KT559", "HQ01", "01AB", T0));
        Incident failed = desk.raise(discrepancy(APPLY_FAILED, "KT559", "HQ01", "01AB", T0));
        clock.advance(Duration.ofHours(1));

        desk.runReconciled(run("KT559", "HQ01", "01AB", T0.plus(Duration.ofHours(1)), 2));

        assertThat(sink.get(missing.id())).get().satisfies(i -> {
            assertThat(i.state()).isEqualTo(IncidentState.RESOLVED);
            assertThat(i.resolution()).startsWith("Đã có lần kết xuất");
        });
        assertThat(open()).singleElement().extracting(Incident::id).isEqualTo(failed.id());
    }

    @Test
    @DisplayName("MON-T-04: a run exported before the latest discrepancy proves nothing about it")
    void runOlderThanTheLatestDiscrepancy_resolvesNothing() {
        desk.raise(discrepancy(SIZE_MISMATCH, "SLXNK", "01AB", "HQ01", T0.plus(Duration.ofMinutes(10))));
        desk.raise(discrepancy(EXPECTED_RUN_MISSING, "SLXNK", "01AB", "HQ01", T0.plus(Duration.ofMinutes(10))));

        assertThat(desk.resolveByRun(cleanRun("SLXNK", "01AB", "HQ01", T0))).isEmpty();
        assertThat(open()).hasSize(2);
        assertThat(desk.resolveByRun(cleanRun("SLXNK", "01AB", "HQ01", T0.plus(Duration.ofMinutes(10))))).hasSize(2);
        assertThat(open()).isEmpty();
    }

    @Test
    @DisplayName("MON-T-04: after a resolution, the problem occurring again opens a new incident")
    void problemAfterResolution_opensANewIncident() {
        Incident before = desk.raise(discrepancy(MISSING_AT_RECEIVER, "QLRR", "TCHQ", "HQ01", T0));
        desk.resolveByRun(cleanRun("QLRR", "TCHQ", "HQ01", T0));
        clock.advance(Duration.ofHours(2));
        Incident after = desk.raise(discrepancy(MISSING_AT_RECEIVER, "QLRR", "TCHQ", "HQ01", T0.plus(Duration.ofHours(2))));

        assertThat(after.id()).isNotEqualTo(before.id());
        assertThat(after.occurrences()).isEqualTo(1);
        assertThat(after.responsibleUnit()).isEqualTo("TCHQ-DTCBL");
        assertThat(sink.size()).isEqualTo(2);
    }

    @Test
    @DisplayName("MON-T-04: a person in scope resolves an incident by hand, with a note")
    void resolve_byHand_recordsWhoAndWhy() {
        Incident i = desk.raise(discrepancy(APPLY_FAILED, "SLXNK", "01AB", "HQ01", T0));
        clock.advance(Duration.ofMinutes(5));

        Incident done = desk.resolve(account("noibai", "01AB"), i.id(), "Đã cập nhật lại file TK_01AB_0001.xml");

        assertThat(done.state()).isEqualTo(IncidentState.RESOLVED);
        assertThat(done.resolvedBy()).isEqualTo("noibai");
        assertThat(done.resolution()).isEqualTo("Đã cập nhật lại file TK_01AB_0001.xml");
        assertThat(done.resolvedAt()).isEqualTo(T0.plus(Duration.ofMinutes(5)));
        assertThat(done.updatedAt()).isEqualTo(done.resolvedAt());
        assertThat(sink.get(i.id())).contains(done);
        assertThat(open()).isEmpty();
    }

    @Test
    @DisplayName("MON-T-04: resolving twice, an unknown id, out of scope or without a note is refused")
    void resolve_refusesWhatItCannotDo() {
        Incident i = desk.raise(discrepancy(APPLY_FAILED, "SLXNK", "01AB", "HQ01", T0));

        assertThatThrownBy(() -> desk.resolve(account("saigon", "02XE"), i.id(), "không phải của tôi"))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("saigon");
        assertThatThrownBy(() -> desk.resolve(account("noibai", "01AB"), i.id(), "  "))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> desk.resolve(account("noibai", "01AB"), "INC-unknown", "note"))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("INC-unknown");
        assertThat(sink.get(i.id())).get().extracting(Incident::state).isEqualTo(IncidentState.OPEN);

        desk.resolve(account("hanoi", "HQ01"), i.id(), "Đã xử lý");
        assertThatThrownBy(() -> desk.resolve(account("hanoi", "HQ01"), i.id(), "lần nữa"))
                .isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("already resolved")
                .hasMessageContaining("hanoi");
        assertThat(desk.resolveByRun(cleanRun("SLXNK", "01AB", "HQ01", T0))).isEmpty();
    }

    @Test
    @DisplayName("MON-T-04: titles and descriptions are Vietnamese by default, English on request")
    void texts_areVietnameseByDefault_andEnglishOnRequest() {
        Incident i = desk.raise(discrepancy(MISSING_AT_RECEIVER, "SLXNK", "01AB", "HQ01", T0));

        assertThat(i.title()).isEqualTo("Đơn vị nhận không nhận được file: SLXNK từ 01AB đến HQ01");
        assertThat(i.title(Locale.forLanguageTag("vi-VN"))).isEqualTo(i.title());
        assertThat(i.title(Locale.FRENCH)).isEqualTo(i.title());
        assertThat(i.title(Locale.US)).isEqualTo("File missing at the receiver: SLXNK from 01AB to HQ01");
        assertThat(i.description(Locale.forLanguageTag("vi")))
                .contains("Đơn vị chịu trách nhiệm: TCHQ-CNTT")
                .contains("Trạng thái: Đang mở")
                .contains("Mở lúc: 20/11/2026 09:30:00")
                .contains("Kỳ vọng: 48213 bytes exported")
                .doesNotContain("Khắc phục lúc");

        Incident done = desk.resolve(account("hq.it", "TCHQ"), i.id(), "Fixed");
        assertThat(done.description(Locale.ENGLISH))
                .contains("State: Resolved")
                .contains("Opened at: 2026-11-20 09:30:00")
                .contains("Resolved by: hq.it")
                .contains("Resolution: Fixed");
    }

    @Test
    void deskInEnglish_writesItsOwnResolutionNotesInEnglish() {
        IncidentDesk english = desk.toBuilder().locale(Locale.UK).build();
        english.raise(discrepancy(SIZE_MISMATCH, "SLXNK", "01AB", "HQ01", T0));
        assertThat(english.resolveByRun(cleanRun("SLXNK", "01AB", "HQ01", T0)))
                .singleElement().extracting(Incident::resolution).asString()
                .startsWith("Run RUN-01AB-").endsWith("reconciled without discrepancy: the flow works again.");
    }

    @Test
    void builder_refusesAPolicyOverADirectoryWithoutTheResponsibleUnits() {
        IncidentRouting routing = IncidentRouting.sample();
        AccessPolicy other = AccessPolicy.builder(UnitDirectories.regionalBranches2025()).build();
        assertThatThrownBy(() -> IncidentDesk.builder(routing).policy(other))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("TCHQ-CNTT");
    }
}
