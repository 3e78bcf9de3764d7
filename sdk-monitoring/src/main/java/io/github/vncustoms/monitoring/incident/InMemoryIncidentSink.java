package io.github.vncustoms.monitoring.incident;

import io.github.vncustoms.core.error.InvalidStateException;
import io.github.vncustoms.core.error.NotFoundException;
import io.github.vncustoms.core.paging.Page;
import io.github.vncustoms.core.paging.PageRequest;
import io.github.vncustoms.monitoring.incident.spi.IncidentSink;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The embedded {@link IncidentSink}: keeps every incident in memory, for tests, examples and small
 * deployments. Look-ups scan all incidents; nothing is passed on.
 *
 * <pre>{@code
 * InMemoryIncidentSink sink = InMemoryIncidentSink.create();
 * IncidentDesk desk = IncidentDesk.builder(IncidentRouting.sample()).sink(sink).build();
 * }</pre>
 *
 * <p>Thread-safe: every method holds the sink's lock, so each sees the incidents as one whole.
 */
public final class InMemoryIncidentSink implements IncidentSink {
    private static final Comparator<Incident> ORDER =
            Comparator.comparing(Incident::openedAt).thenComparing(Incident::id);

    private final Map<String, Incident> byId = new HashMap<>();
    private final Map<String, String> openByProblem = new HashMap<>();

    private InMemoryIncidentSink() {
    }

    /**
     * Creates an empty sink.
     *
     * @return the sink
     */
    public static InMemoryIncidentSink create() {
        return new InMemoryIncidentSink();
    }

    @Override
    public synchronized Optional<Incident> findOpen(String problemKey) {
        String id = openByProblem.get(Objects.requireNonNull(problemKey, "problemKey"));
        return id == null ? Optional.empty() : Optional.of(byId.get(id));
    }

    @Override
    public synchronized void opened(Incident incident) {
        Objects.requireNonNull(incident, "incident");
        if (!incident.isOpen()) {
            throw new InvalidStateException("Incident " + incident.id() + " is " + incident.state()
                    + ": expected a newly opened, OPEN incident");
        }
        if (byId.containsKey(incident.id())) {
            throw new InvalidStateException("Incident id " + incident.id() + " is already taken: expected a new id");
        }
        String open = openByProblem.get(incident.problemKey());
        if (open != null) {
            throw new InvalidStateException("Problem " + incident.problemKey() + " already has the open incident "
                    + open + ": expected at most one open incident per problem; update that one instead");
        }
        byId.put(incident.id(), incident);
        openByProblem.put(incident.problemKey(), incident.id());
    }

    @Override
    public synchronized void updated(Incident incident) {
        Objects.requireNonNull(incident, "incident");
        requireOpen(stored(incident.id()), "updated");
        if (!incident.isOpen()) {
            throw new InvalidStateException("Incident " + incident.id() + " is " + incident.state()
                    + ": expected an OPEN version; pass a resolution to resolved(...)");
        }
        byId.put(incident.id(), incident);
    }

    @Override
    public synchronized void resolved(Incident incident) {
        Objects.requireNonNull(incident, "incident");
        Incident stored = stored(incident.id());
        requireOpen(stored, "resolved");
        if (incident.isOpen()) {
            throw new InvalidStateException("Incident " + incident.id() + " is still OPEN: expected its RESOLVED version");
        }
        byId.put(incident.id(), incident);
        openByProblem.remove(stored.problemKey(), stored.id());
    }

    private Incident stored(String id) {
        Incident stored = byId.get(id);
        if (stored == null) {
            throw new NotFoundException("No incident has id " + id + ": expected the id of an opened incident");
        }
        return stored;
    }

    private static void requireOpen(Incident stored, String what) {
        if (!stored.isOpen()) {
            throw new InvalidStateException("Incident " + stored.id() + " was resolved at " + stored.resolvedAt()
                    + " and cannot be " + what + ": expected an OPEN incident");
        }
    }

    @Override
    public synchronized Optional<Incident> get(String id) {
        return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id")));
    }

    @Override
    public Page<Incident> find(IncidentQuery query, IncidentScope scope, PageRequest page) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(page, "page");
        List<Incident> matches = new ArrayList<>();
        synchronized (this) {
            for (Incident incident : byId.values()) {
                if (query.matches(incident) && scope.test(incident)) {
                    matches.add(incident);
                }
            }
        }
        matches.sort(ORDER);
        return Page.slice(matches, page);
    }

    /**
     * Returns how many incidents the sink holds, open or resolved.
     *
     * @return the count
     */
    public synchronized int size() {
        return byId.size();
    }

    @Override
    public synchronized String toString() {
        return "InMemoryIncidentSink[" + byId.size() + " incidents, " + openByProblem.size() + " open]";
    }
}
