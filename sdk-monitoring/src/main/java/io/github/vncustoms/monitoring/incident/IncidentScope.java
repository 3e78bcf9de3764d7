package io.github.vncustoms.monitoring.incident;

import io.github.vncustoms.core.access.UnitFilter;
import io.github.vncustoms.monitoring.internal.Fields;

/**
 * Which incidents one caller may see: those where the problem shows at a unit the caller's access
 * policy reaches, or routed to such a unit. An incident is in scope when the unit filter passes its
 * {@link Incident#fromUnit() fromUnit}, its {@link Incident#toUnit() toUnit} or its
 * {@link Incident#responsibleUnit() responsibleUnit}.
 *
 * <p>Maps to SQL: {@code from_unit IN (...) OR to_unit IN (...) OR responsible_unit IN (...)}, or no
 * condition when the filter is unrestricted.
 *
 * <p>Immutable and thread-safe.
 *
 * @param units the units the caller may see, from
 *     {@link io.github.vncustoms.core.access.AccessPolicy#unitFilter(io.github.vncustoms.core.access.Account)}
 */
public record IncidentScope(UnitFilter units) {
    /**
     * Validates.
     *
     * @throws io.github.vncustoms.core.error.ValidationException if the filter is missing
     */
    public IncidentScope {
        Fields.present(units, "units", "a unit filter");
    }

    /**
     * Returns the scope that sees every incident, for the SDK's own processing; never hand it to a
     * caller's query.
     *
     * @return the scope
     */
    public static IncidentScope everything() {
        return new IncidentScope(UnitFilter.all());
    }

    /**
     * Tells whether an incident is in scope.
     *
     * @param incident the incident
     * @return {@code true} if the filter passes one of its flow's units or its responsible unit
     */
    public boolean test(Incident incident) {
        return units.unrestricted() || units.test(incident.fromUnit()) || units.test(incident.toUnit())
                || units.test(incident.responsibleUnit());
    }
}
