package io.github.vncustoms.monitoring.incident;

import static io.github.vncustoms.monitoring.incident.IncidentFixtures.T0;
import static io.github.vncustoms.monitoring.incident.IncidentFixtures.discrepancy;
import static io.github.vncustoms.monitoring.reconcile.DiscrepancyKind.LATE;
import static io.github.vncustoms.monitoring.reconcile.DiscrepancyKind.SIZE_MISMATCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.access.UnitFilter;
import io.github.vncustoms.core.error.InvalidStateException;
import io.github.vncustoms.core.error.NotFoundException;
import io.github.vncustoms.core.paging.Page;
import io.github.vncustoms.core.paging.PageRequest;
import io.github.vncustoms.monitoring.reconcile.DiscrepancyKind;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The in-memory sink keeps the SPI's contract: one open incident per problem, look-ups by every condition, paging. */
final class InMemoryIncidentSinkTest {
    private final InMemoryIncidentSink sink = InMemoryIncidentSink.create();

    private static Incident incident(String id, DiscrepancyKind kind, String system, String from, String to, String unit,
            int minutes) {
        return Incident.open(id, unit, discrepancy(kind, system, from, to, T0.plus(Duration.ofMinutes(minutes))),
                T0.plus(Duration.ofMinutes(minutes)));
    }

    @Test
    void opened_refusesASecondOpenIncidentForOneProblem_andATakenId() {
        sink.opened(incident("INC-1", LATE, "SLXNK", "01AB", "HQ01", "TCHQ-CNTT", 0));
        assertThatThrownBy(() -> sink.opened(incident("INC-2", LATE, "SLXNK", "01AB", "HQ01", "TCHQ-CNTT", 1)))
                .isInstanceOf(InvalidStateException.class).hasMessageContaining("INC-1");
        assertThatThrownBy(() -> sink.opened(incident("INC-1", LATE, "SLXNK", "01DD", "HQ01", "TCHQ-CNTT", 1)))
                .isInstanceOf(InvalidStateException.class).hasMessageContaining("already taken");
        assertThat(sink.findOpen(LATE.name() + "|SLXNK|01AB|HQ01")).get().extracting(Incident::id).isEqualTo("INC-1");
    }

    @Test
    void resolved_freesTheProblem_andAResolvedIncidentCannotChangeAgain() {
        Incident i = incident("INC-1", LATE, "SLXNK", "01AB", "HQ01", "TCHQ-CNTT", 0);
        sink.opened(i);
        Incident done = i.withResolution(T0, "x", "");
        sink.resolved(done);
        assertThat(sink.findOpen(i.problemKey())).isEmpty();
        assertThatThrownBy(() -> sink.resolved(done)).isInstanceOf(InvalidStateException.class);
        assertThatThrownBy(() -> sink.updated(i)).isInstanceOf(InvalidStateException.class);
        assertThatThrownBy(() -> sink.updated(incident("INC-9", LATE, "SLXNK", "01AB", "HQ01", "TCHQ-CNTT", 0)))
                .isInstanceOf(NotFoundException.class);
        sink.opened(incident("INC-2", LATE, "SLXNK", "01AB", "HQ01", "TCHQ-CNTT", 5));
        assertThat(sink.findOpen(i.problemKey())).get().extracting(Incident::id).isEqualTo("INC-2");
    }

    @Test
    void find_filtersByEveryCondition_inScope_inOpeningOrder_andPages() {
        sink.opened(incident("INC-1", LATE, "SLXNK", "01AB", "HQ01", "TCHQ-CNTT", 0));
        sink.opened(incident("INC-2", SIZE_MISMATCH, "GTT22", "HQ01", "01DD", "TCHQ-TXNK", 10));
        sink.opened(incident("INC-3", LATE, "QLRR", "TCHQ", "HQ02", "TCHQ-DTCBL", 20));
        sink.opened(incident("INC-4", SIZE_MISMATCH, "SLXNK", "02XE", "HQ02", "TCHQ-CNTT", 30));
        Incident i4 = sink.get("INC-4").orElseThrow();
        sink.resolved(i4.withResolution(T0.plus(Duration.ofMinutes(40)), "x", ""));
        IncidentScope all = IncidentScope.everything();

        assertThat(ids(sink.find(IncidentQuery.all(), all, PageRequest.first(10)))).containsExactly("INC-1", "INC-2", "INC-3", "INC-4");
        assertThat(ids(sink.find(IncidentQuery.builder().responsibleUnits("tchq-cntt").build(), all, PageRequest.first(10))))
                .containsExactly("INC-1", "INC-4");
        assertThat(ids(sink.find(IncidentQuery.builder().flowUnits("HQ01").build(), all, PageRequest.first(10))))
                .containsExactly("INC-1", "INC-2");
        assertThat(ids(sink.find(IncidentQuery.builder().systems("qlrr").build(), all, PageRequest.first(10))))
                .containsExactly("INC-3");
        assertThat(ids(sink.find(IncidentQuery.builder().kinds(SIZE_MISMATCH).states(IncidentState.OPEN).build(), all,
                PageRequest.first(10)))).containsExactly("INC-2");
        assertThat(ids(sink.find(IncidentQuery.builder().between(T0.plus(Duration.ofMinutes(10)), T0.plus(Duration.ofMinutes(30)))
                .build(), all, PageRequest.first(10)))).containsExactly("INC-2", "INC-3");

        IncidentScope hanoi = new IncidentScope(new UnitFilter(false, Set.of("HQ01", "01AB", "01DD")));
        assertThat(ids(sink.find(IncidentQuery.all(), hanoi, PageRequest.first(10)))).containsExactly("INC-1", "INC-2");
        IncidentScope risk = new IncidentScope(new UnitFilter(false, Set.of("TCHQ-DTCBL")));
        assertThat(ids(sink.find(IncidentQuery.all(), risk, PageRequest.first(10)))).containsExactly("INC-3");
        assertThat(sink.find(IncidentQuery.all(), new IncidentScope(UnitFilter.none()), PageRequest.first(10)).total()).isZero();

        Page<Incident> first = sink.find(IncidentQuery.all(), all, PageRequest.first(3));
        assertThat(ids(first)).containsExactly("INC-1", "INC-2", "INC-3");
        assertThat(first.total()).isEqualTo(4);
        assertThat(ids(sink.find(IncidentQuery.all(), all, first.nextRequest()))).containsExactly("INC-4");
    }

    private static List<String> ids(Page<Incident> page) {
        return page.items().stream().map(Incident::id).toList();
    }
}
