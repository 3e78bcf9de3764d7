package io.github.vncustoms.core.statistics.spi;

import io.github.vncustoms.core.error.InvalidStateException;
import io.github.vncustoms.core.internal.statistics.InMemoryReleaseStore;
import io.github.vncustoms.core.paging.Page;
import io.github.vncustoms.core.paging.PageRequest;
import io.github.vncustoms.core.statistics.ReleaseHistory;
import io.github.vncustoms.core.statistics.ReleaseQuery;
import io.github.vncustoms.core.statistics.StatisticsRelease;
import java.util.Comparator;
import java.util.Optional;

/**
 * Keeps every version of every published release, append-only (STA-03). Integrators implement it
 * over their database; {@link #inMemory()} is the embedded default.
 *
 * <p>A table with one row per version, a unique key on {@code (id, version)} and the columns of
 * {@link ReleaseQuery} serves it: {@link #append} is an insert that the unique key turns into a
 * conflict when two revisions race, {@link #history} a select by id, {@link #search} a select of the
 * latest version per id with the query's filters, {@link #SEARCH_ORDER}, offset and limit.
 *
 * <p>Implementations must be thread-safe.
 */
public interface ReleaseStore {
    /**
     * The order of {@link #search} results: the most recently published current version first,
     * then by id ascending ({@code ORDER BY published_at DESC, id ASC}).
     */
    Comparator<StatisticsRelease> SEARCH_ORDER = Comparator.comparing(StatisticsRelease::publishedAt)
            .reversed().thenComparing(StatisticsRelease::id);

    /**
     * Returns a new, empty, thread-safe store that keeps everything in memory.
     *
     * @return the store
     */
    static ReleaseStore inMemory() {
        return new InMemoryReleaseStore();
    }

    /**
     * Appends a version atomically: version 1 of a new id, or the version right after the current
     * one of an existing id. Nothing already stored is ever changed.
     *
     * @param version the version to append
     * @throws InvalidStateException if version 1 is appended for an id that exists, or a later
     *     version is not exactly one more than the stored current version (a concurrent revision won)
     */
    void append(StatisticsRelease version);

    /**
     * Returns every version of a release.
     *
     * @param id the release's identifier
     * @return the history, or empty if no release has that id
     */
    Optional<ReleaseHistory> history(String id);

    /**
     * Returns the current version of a release.
     *
     * @param id the release's identifier
     * @return the latest version, or empty if no release has that id
     */
    default Optional<StatisticsRelease> current(String id) {
        return history(id).map(ReleaseHistory::current);
    }

    /**
     * Finds the current versions that match a query, in {@link #SEARCH_ORDER}.
     *
     * @param query the criteria, applied to the current version of each release
     * @param page which slice of the results
     * @return the page, with the total number of matches
     */
    Page<StatisticsRelease> search(ReleaseQuery query, PageRequest page);
}
