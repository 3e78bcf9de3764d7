/**
 * Incidents raised from transfer discrepancies (QĐ 3035/QĐ-TCHQ Art. 4.3 and Art. 13; MON-T-04,
 * MON-T-07): each {@link io.github.vncustoms.monitoring.reconcile.Discrepancy} opens an
 * {@link io.github.vncustoms.monitoring.incident.Incident} for the unit responsible for its system,
 * as the {@link io.github.vncustoms.monitoring.incident.IncidentRouting} says (IT &amp; Statistics for
 * declarations, violations and e-customs; Import-Export Tax for goods price and tax accounting;
 * Anti-smuggling for risk management); a repeat of an open problem updates that incident; incidents
 * close when the discrepancy is resolved.
 *
 * <p>The {@link io.github.vncustoms.monitoring.incident.IncidentDesk} does all of this as a
 * {@link io.github.vncustoms.monitoring.reconcile.ReconciliationListener}, answers look-ups within the
 * caller's scope, and journals every state change. Incidents are kept through the
 * {@link io.github.vncustoms.monitoring.incident.spi.IncidentSink} SPI;
 * {@link io.github.vncustoms.monitoring.incident.InMemoryIncidentSink} is the embedded default.
 * Titles and descriptions are Vietnamese by default, English on request.
 */
package io.github.vncustoms.monitoring.incident;
