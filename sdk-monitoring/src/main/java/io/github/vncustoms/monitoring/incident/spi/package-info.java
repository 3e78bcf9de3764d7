/**
 * What an integrator implements to keep incidents elsewhere or pass them on (MON-T-04, MON-T-07):
 * the {@link io.github.vncustoms.monitoring.incident.spi.IncidentSink}, designed so that a database
 * can serve it (look-ups by responsible unit, flow units, system, state and time range; paging with
 * {@code io.github.vncustoms.core.paging}).
 */
package io.github.vncustoms.monitoring.incident.spi;
