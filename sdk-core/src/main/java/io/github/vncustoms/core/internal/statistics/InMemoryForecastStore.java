package io.github.vncustoms.core.internal.statistics;

import io.github.vncustoms.core.error.InvalidStateException;
import io.github.vncustoms.core.error.NotFoundException;
import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.statistics.ForecastEstimate;
import io.github.vncustoms.core.statistics.ForecastRound;
import io.github.vncustoms.core.paging.Page;
import io.github.vncustoms.core.paging.PageRequest;
import io.github.vncustoms.core.statistics.RoundState;
import io.github.vncustoms.core.statistics.spi.ForecastStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The in-memory {@link ForecastStore}: per round, an immutable snapshot of the round and its
 * estimates, replaced atomically on each change. Thread-safe.
 */
public final class InMemoryForecastStore implements ForecastStore {
    private record Entry(ForecastRound round, List<ForecastEstimate> estimates) {}

    private final ConcurrentMap<String, Entry> rounds = new ConcurrentHashMap<>();

    /** Creates an empty store. */
    public InMemoryForecastStore() {}

    @Override
    public void create(ForecastRound round) {
        Objects.requireNonNull(round, "round");
        if (rounds.putIfAbsent(round.id(), new Entry(round, List.of())) != null) {
            throw new InvalidStateException("Forecast round " + round.id() + " already exists: expected a new round id");
        }
    }

    @Override
    public Optional<ForecastRound> find(String roundId) {
        Objects.requireNonNull(roundId, "roundId");
        return Optional.ofNullable(rounds.get(roundId.strip())).map(Entry::round);
    }

    @Override
    public ForecastRound close(String roundId, Instant at) {
        Objects.requireNonNull(roundId, "roundId");
        Objects.requireNonNull(at, "at");
        Entry updated = rounds.computeIfPresent(roundId.strip(),
                (id, entry) -> new Entry(entry.round().closeEarly(at), entry.estimates()));
        if (updated == null) {
            throw notFound(roundId);
        }
        return updated.round();
    }

    @Override
    public void append(List<ForecastEstimate> estimates) {
        List<ForecastEstimate> batch = List.copyOf(Objects.requireNonNull(estimates, "estimates"));
        if (batch.isEmpty()) {
            return;
        }
        String roundId = batch.get(0).roundId();
        for (ForecastEstimate e : batch) {
            if (!e.roundId().equals(roundId)) {
                throw new ValidationException("estimates", "A batch mixes rounds " + roundId + " and " + e.roundId()
                        + ": expected the estimates of one round");
            }
        }
        Entry updated = rounds.computeIfPresent(roundId, (id, entry) -> {
            Map<List<String>, Integer> revisions = new HashMap<>();
            for (ForecastEstimate e : entry.estimates()) {
                revisions.merge(List.of(e.indicatorCode(), e.organisationCode()), e.revision(), Math::max);
            }
            for (ForecastEstimate e : batch) {
                if (entry.round().closedEarlyAt() != null && entry.round().stateAt(e.submittedAt()) == RoundState.CLOSED) {
                    throw new InvalidStateException("Forecast round " + id + " was closed at "
                            + entry.round().closingTime() + ", so the estimate of " + e.organisationCode() + " made at "
                            + e.submittedAt() + " is refused: expected estimates before the round closes");
                }
                List<String> key = List.of(e.indicatorCode(), e.organisationCode());
                int expected = revisions.getOrDefault(key, 0) + 1;
                if (e.revision() != expected) {
                    throw new InvalidStateException("The estimate of " + e.organisationCode() + " for "
                            + e.indicatorCode() + " in round " + id + " has revision " + e.revision()
                            + ": expected revision " + expected + "; another submission was recorded meanwhile");
                }
                revisions.put(key, expected);
            }
            List<ForecastEstimate> longer = new ArrayList<>(entry.estimates());
            longer.addAll(batch);
            return new Entry(entry.round(), List.copyOf(longer));
        });
        if (updated == null) {
            throw notFound(roundId);
        }
    }

    @Override
    public List<ForecastEstimate> estimates(String roundId) {
        Objects.requireNonNull(roundId, "roundId");
        Entry entry = rounds.get(roundId.strip());
        return entry == null ? List.of() : entry.estimates();
    }

    @Override
    public Page<ForecastRound> rounds(PageRequest page) {
        Objects.requireNonNull(page, "page");
        return Page.slice(rounds.values().stream().map(Entry::round).sorted(ROUND_ORDER).toList(), page);
    }

    private static NotFoundException notFound(String roundId) {
        return new NotFoundException("No forecast round has id '" + roundId + "': expected the id of an opened round");
    }
}
