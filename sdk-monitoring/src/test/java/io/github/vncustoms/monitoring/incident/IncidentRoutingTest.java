package io.github.vncustoms.monitoring.incident;

import static io.github.vncustoms.monitoring.incident.IncidentFixtures.T0;
import static io.github.vncustoms.monitoring.incident.IncidentFixtures.UNITS;
import static io.github.vncustoms.monitoring.incident.IncidentFixtures.discrepancy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.monitoring.reconcile.DiscrepancyKind;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** MON-T-07 (QĐ 3035 Art. 13): each monitored system's incidents go to the unit responsible for it. */
final class IncidentRoutingTest {

    @ParameterizedTest(name = "MON-T-07: {0} is routed to {1}")
    @CsvSource({
        "SLXNK, TCHQ-CNTT",
        "VICUM, TCHQ-CNTT",
        "XLDLDT, TCHQ-CNTT",
        "GTT22, TCHQ-TXNK",
        "KT559, TCHQ-TXNK",
        "QLRR, TCHQ-DTCBL"
    })
    void sampleRouting_sendsEachOfTheSixSystems_toItsResponsibleDepartment(String system, String unit) {
        IncidentRouting routing = IncidentRouting.sample();
        assertThat(routing.responsibleUnit(system)).isEqualTo(unit);
        assertThat(routing.responsibleUnit(system.toLowerCase(Locale.ROOT))).isEqualTo(unit);

        Incident incident = IncidentDesk.builder(routing).build()
                .raise(discrepancy(DiscrepancyKind.MISSING_AT_RECEIVER, system, "01AB", "HQ01", T0));
        assertThat(incident.responsibleUnit()).isEqualTo(unit);
    }

    @Test
    @DisplayName("MON-T-07: the sample routing covers exactly the six systems of QĐ 3035 Art. 3")
    void sampleRouting_coversExactlyTheSixMonitoredSystems() {
        assertThat(IncidentRouting.sample().systems())
                .containsExactly("GTT22", "KT559", "QLRR", "SLXNK", "VICUM", "XLDLDT");
        assertThat(IncidentRouting.sample().defaultUnit()).isEmpty();
    }

    @Test
    @DisplayName("MON-T-07: a system without a route is refused, naming it and the routed systems")
    void responsibleUnit_forAnUnroutedSystem_namesTheSystemAndTheRoutedOnes() {
        assertThatThrownBy(() -> IncidentRouting.sample().responsibleUnit("IMTS"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("IMTS")
                .hasMessageContaining("[GTT22, KT559, QLRR, SLXNK, VICUM, XLDLDT]");
        assertThat(IncidentRouting.sample().route("IMTS")).isEmpty();
        assertThat(IncidentRouting.sample().route("QLRR")).contains("TCHQ-DTCBL");
    }

    @Test
    @DisplayName("MON-T-07: a default unit answers for the systems without a route of their own")
    void defaultUnit_answersForUnroutedSystems_butRoutesStillWin() {
        IncidentRouting routing = IncidentRouting.sample().toBuilder().defaultUnit("tchq-cntt").build();
        assertThat(routing.responsibleUnit("IMTS")).isEqualTo("TCHQ-CNTT");
        assertThat(routing.responsibleUnit("QLRR")).isEqualTo("TCHQ-DTCBL");
        assertThat(routing.defaultUnit()).isEqualTo("TCHQ-CNTT");
    }

    @Test
    @DisplayName("MON-T-07: units are given per directory, and each must exist in it")
    void qd3035_withAUnitMissingFromTheDirectory_isRefused() {
        assertThatThrownBy(() -> IncidentRouting.qd3035(UNITS, "TCHQ-CNTT", "TCHQ-XXX", "TCHQ-DTCBL"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("TCHQ-XXX")
                .hasMessageContaining("GTT22")
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("unitCode"));
        assertThatThrownBy(() -> IncidentRouting.builder(UNITS).defaultUnit("NOWHERE"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("NOWHERE");
        assertThatThrownBy(() -> IncidentRouting.builder(UNITS).route("SLXNK", "bad code!"))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void qd3035_onAnyDirectory_routesToTheUnitsGiven() {
        IncidentRouting routing = IncidentRouting.qd3035(UNITS, "HQ01", "HQ02", "HQ03");
        assertThat(routing.routes()).containsEntry("SLXNK", "HQ01").containsEntry("KT559", "HQ02")
                .containsEntry("QLRR", "HQ03").hasSize(6);
    }

    @Test
    void builder_withNeitherRouteNorDefault_isRefused() {
        assertThatThrownBy(() -> IncidentRouting.builder(UNITS).build())
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("no route and no default unit");
    }

    @Test
    @DisplayName("MON-T-07: the desk refuses a discrepancy of an unrouted system and keeps nothing")
    void desk_refusesADiscrepancyOfAnUnroutedSystem_andKeepsNothing() {
        InMemoryIncidentSink sink = InMemoryIncidentSink.create();
        IncidentDesk desk = IncidentDesk.builder(IncidentRouting.sample()).sink(sink).build();
        assertThatThrownBy(() -> desk.discrepancy(discrepancy(DiscrepancyKind.LATE, "IMTS", "01AB", "HQ01", T0)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("IMTS")
                .hasMessageContaining("SLXNK");
        assertThat(sink.size()).isZero();
    }
}
