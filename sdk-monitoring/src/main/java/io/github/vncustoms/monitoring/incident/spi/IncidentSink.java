package io.github.vncustoms.monitoring.incident.spi;

import io.github.vncustoms.core.paging.Page;
import io.github.vncustoms.core.paging.PageRequest;
import io.github.vncustoms.monitoring.incident.Incident;
import io.github.vncustoms.monitoring.incident.IncidentQuery;
import io.github.vncustoms.monitoring.incident.IncidentScope;
import java.util.Optional;

/**
 * Where incidents live and go (MON-T-04): a store that keeps them and, if the deployment wishes, a
 * channel that passes each change on (a ticketing system, a message queue, e-mail to the responsible
 * unit). The {@link io.github.vncustoms.monitoring.incident.IncidentDesk} decides every change and
 * hands the sink the complete new incident; the sink keeps it, finds it and tells.
 *
 * <p>The embedded default is {@link io.github.vncustoms.monitoring.incident.InMemoryIncidentSink}. A
 * database serves it with one table keyed by {@link Incident#id()}, a unique index on
 * {@link Incident#problemKey()} over the open rows (at most one open incident per problem), and
 * indexes for the look-ups of {@link IncidentQuery}: responsible unit, flow units, system, state,
 * opening time.
 *
 * <p>Implementations must be thread-safe. One desk serialises the changes of one problem key; changes
 * of different problems, and look-ups, arrive concurrently. Several desks sharing one sink rely on
 * the sink to refuse a second open incident for a problem ({@link #opened(Incident)}).
 */
public interface IncidentSink {
    /**
     * Returns the open incident of a problem, if there is one.
     *
     * @param problemKey the problem, {@code kind|system|fromUnit|toUnit}
     * @return the open incident, or empty
     */
    Optional<Incident> findOpen(String problemKey);

    /**
     * Keeps a newly opened incident.
     *
     * @param incident an {@link io.github.vncustoms.monitoring.incident.IncidentState#OPEN} incident
     *     with a new id
     * @throws io.github.vncustoms.core.error.InvalidStateException if the id is taken, the incident is
     *     not open, or its problem already has an open incident
     */
    void opened(Incident incident);

    /**
     * Replaces an open incident by its next version: one more occurrence.
     *
     * @param incident the new version, still open, with the id of the stored one
     * @throws io.github.vncustoms.core.error.NotFoundException if no incident has that id
     * @throws io.github.vncustoms.core.error.InvalidStateException if either version is not open
     */
    void updated(Incident incident);

    /**
     * Replaces an open incident by its resolved version.
     *
     * @param incident the resolved version, with the id of the stored one
     * @throws io.github.vncustoms.core.error.NotFoundException if no incident has that id
     * @throws io.github.vncustoms.core.error.InvalidStateException if the stored incident is already
     *     resolved, or the given one is not
     */
    void resolved(Incident incident);

    /**
     * Returns an incident by its id, open or resolved.
     *
     * @param id the id
     * @return the incident, or empty
     */
    Optional<Incident> get(String id);

    /**
     * Returns one page of the incidents that match a query and lie in a scope, ordered by
     * {@link Incident#openedAt()} then {@link Incident#id()}.
     *
     * @param query the conditions
     * @param scope what the caller may see
     * @param page the slice wanted
     * @return the page, with the total number of matches in scope
     */
    Page<Incident> find(IncidentQuery query, IncidentScope scope, PageRequest page);
}
