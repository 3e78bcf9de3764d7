package io.github.vncustoms.core.internal.statistics;

import io.github.vncustoms.core.error.InvalidStateException;
import io.github.vncustoms.core.paging.Page;
import io.github.vncustoms.core.paging.PageRequest;
import io.github.vncustoms.core.statistics.ReleaseHistory;
import io.github.vncustoms.core.statistics.ReleaseQuery;
import io.github.vncustoms.core.statistics.StatisticsRelease;
import io.github.vncustoms.core.statistics.spi.ReleaseStore;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The in-memory {@link ReleaseStore}: one immutable {@link ReleaseHistory} per id, replaced
 * atomically on append. Thread-safe; a search sees each history as of some moment during the call.
 */
public final class InMemoryReleaseStore implements ReleaseStore {
    private final ConcurrentMap<String, ReleaseHistory> histories = new ConcurrentHashMap<>();

    /** Creates an empty store. */
    public InMemoryReleaseStore() {}

    @Override
    public void append(StatisticsRelease version) {
        Objects.requireNonNull(version, "version");
        histories.compute(version.id(), (id, history) -> {
            if (history == null) {
                if (version.version() != 1) {
                    throw new InvalidStateException("Release " + id + " has not been published, so version "
                            + version.version() + " cannot be appended: expected version 1 first");
                }
                return ReleaseHistory.of(version);
            }
            if (version.version() == 1) {
                throw new InvalidStateException("Release " + id + " was already published (now at version "
                        + history.current().version() + "): expected a new id, or a revision of the current version");
            }
            return history.append(version);
        });
    }

    @Override
    public Optional<ReleaseHistory> history(String id) {
        Objects.requireNonNull(id, "id");
        return Optional.ofNullable(histories.get(id.strip()));
    }

    @Override
    public Page<StatisticsRelease> search(ReleaseQuery query, PageRequest page) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(page, "page");
        List<StatisticsRelease> matches = histories.values().stream()
                .map(ReleaseHistory::current)
                .filter(query::matches)
                .sorted(SEARCH_ORDER)
                .toList();
        return Page.slice(matches, page);
    }
}
