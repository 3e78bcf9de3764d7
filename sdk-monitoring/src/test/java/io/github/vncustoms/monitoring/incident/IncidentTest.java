package io.github.vncustoms.monitoring.incident;

import static io.github.vncustoms.monitoring.incident.IncidentFixtures.T0;
import static io.github.vncustoms.monitoring.incident.IncidentFixtures.discrepancy;
import static io.github.vncustoms.monitoring.reconcile.DiscrepancyKind.LATE;
import static io.github.vncustoms.monitoring.reconcile.DiscrepancyKind.SIZE_MISMATCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.error.InvalidStateException;
import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.monitoring.reconcile.Discrepancy;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The incident record keeps itself consistent: its parts agree with its discrepancies and its state (MON-T-04). */
final class IncidentTest {
    private final Discrepancy d = discrepancy(SIZE_MISMATCH, "SLXNK", "01AB", "HQ01", T0);
    private final Incident open = Incident.open("INC-1", "TCHQ-CNTT", d, T0);

    @Test
    void open_takesKindFlowAndProblemKeyFromTheDiscrepancy() {
        assertThat(open.problemKey()).isEqualTo(d.problemKey());
        assertThat(open.kind()).isEqualTo(SIZE_MISMATCH);
        assertThat(open.system()).isEqualTo("SLXNK");
        assertThat(open.fromUnit()).isEqualTo("01AB");
        assertThat(open.toUnit()).isEqualTo("HQ01");
        assertThat(open.isOpen()).isTrue();
        assertThat(open.resolvedBy()).isEmpty();
        assertThat(open.resolution()).isEmpty();
    }

    @Test
    void withRepeat_ofAnotherProblem_isRefused() {
        assertThatThrownBy(() -> open.withRepeat(discrepancy(LATE, "SLXNK", "01AB", "HQ01", T0), T0))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("LATE|SLXNK|01AB|HQ01");
    }

    @Test
    void times_neverGoBackwards_evenIfTheClockDoes() {
        Incident later = open.withRepeat(d, T0.plus(Duration.ofHours(1)));
        assertThat(later.withRepeat(d, T0).updatedAt()).isEqualTo(T0.plus(Duration.ofHours(1)));
        assertThat(later.withResolution(T0, "someone", "").resolvedAt()).isEqualTo(T0.plus(Duration.ofHours(1)));
    }

    @Test
    void aResolvedIncident_cannotChangeAgain() {
        Incident done = open.withResolution(T0, "hq.it", "ok");
        assertThatThrownBy(() -> done.withRepeat(d, T0)).isInstanceOf(InvalidStateException.class);
        assertThatThrownBy(() -> done.withResolution(T0, "hq.it", "again")).isInstanceOf(InvalidStateException.class);
    }

    @Test
    void constructor_refusesInconsistentIncidents() {
        assertThatThrownBy(() -> new Incident("INC-1", "LATE|SLXNK|01AB|HQ01", SIZE_MISMATCH, "SLXNK", "01AB", "HQ01",
                "TCHQ-CNTT", IncidentState.OPEN, T0, T0, null, 1, d, d, "", ""))
                .isInstanceOf(ValidationException.class).hasMessageContaining("problem key");
        assertThatThrownBy(() -> new Incident("INC-1", d.problemKey(), SIZE_MISMATCH, "SLXNK", "01AB", "HQ01",
                "TCHQ-CNTT", IncidentState.RESOLVED, T0, T0, null, 1, d, d, "x", ""))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("resolvedAt"));
        assertThatThrownBy(() -> new Incident("INC-1", d.problemKey(), SIZE_MISMATCH, "SLXNK", "01AB", "HQ01",
                "TCHQ-CNTT", IncidentState.OPEN, T0, T0, T0, 1, d, d, "", ""))
                .isInstanceOf(ValidationException.class).hasMessageContaining("OPEN but has a resolution");
        assertThatThrownBy(() -> new Incident("INC-1", d.problemKey(), SIZE_MISMATCH, "SLXNK", "01AB", "HQ01",
                "TCHQ-CNTT", IncidentState.OPEN, T0, T0.minusSeconds(1), null, 1, d, d, "", ""))
                .isInstanceOf(ValidationException.class).hasMessageContaining("before it was opened");
        assertThatThrownBy(() -> new Incident("INC-1", d.problemKey(), SIZE_MISMATCH, "SLXNK", "01AB", "HQ01",
                "TCHQ-CNTT", IncidentState.OPEN, T0, T0, null, 0, d, d, "", ""))
                .isInstanceOf(ValidationException.class).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> Incident.open(" ", "TCHQ-CNTT", d, T0))
                .isInstanceOf(ValidationException.class);
    }
}
