package io.github.vncustoms.core.statistics;

import io.github.vncustoms.core.paging.Page;
import io.github.vncustoms.core.paging.PageRequest;
import io.github.vncustoms.core.error.InvalidStateException;
import io.github.vncustoms.core.error.NotFoundException;
import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.statistics.spi.ReleaseStore;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Publishes statistics and reports, revises them with an explanation, and finds them (STA-02,
 * STA-03). Every version is kept in a {@link ReleaseStore}; the clock stamps each publication.
 *
 * <pre>{@code
 * StatisticsPublisher publisher = StatisticsPublisher.builder().clock(clock).build();
 * StatisticsRelease v1 = publisher.publish("XNK-2026-03", ContentKind.PERIODIC_REPORT,
 *         ReferencePeriod.month(2026, 3),
 *         ReleaseContent.of("Tình hình xuất khẩu, nhập khẩu hàng hóa tháng 3/2026", ReleaseStatus.PRELIMINARY));
 * StatisticsRelease v2 = publisher.changeStatus(v1, ReleaseStatus.OFFICIAL,
 *         "Số liệu chính thức sau khi tổng hợp đầy đủ tờ khai");
 * publisher.history("XNK-2026-03").versions();      // [v1, v2]
 * }</pre>
 *
 * <p>A revision names the version it revises; if another revision was published in between, it is
 * refused with {@link InvalidStateException} rather than silently overwriting it. Immutable and
 * thread-safe if its store is.
 */
public final class StatisticsPublisher {
    private final ReleaseStore store;
    private final Clock clock;

    private StatisticsPublisher(ReleaseStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Starts a publisher with an in-memory store and the system UTC clock.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder with this publisher's settings.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder().store(store).clock(clock);
    }

    /**
     * Publishes version 1 of a release, stamped with the clock's time.
     *
     * @param id the release's identifier, new to the store
     * @param kind the kind of content (STA-02)
     * @param period the period covered; {@code null} only where the kind allows
     * @param content the title, status, summary and indicator values
     * @return version 1
     * @throws ValidationException if a part is malformed or a required period missing
     * @throws InvalidStateException if a release with that id was already published
     */
    public StatisticsRelease publish(String id, ContentKind kind, ReferencePeriod period, ReleaseContent content) {
        StatisticsRelease first = StatisticsRelease.first(id, kind, period, content, clock.instant());
        store.append(first);
        return first;
    }

    /**
     * Publishes a revision of the current version with new content and an explanation (STA-03).
     *
     * @param revised the version being revised, which must be the current one
     * @param content what the new version says
     * @param explanation why the information changed; must not be blank
     * @return the new version
     * @throws ValidationException if the explanation is blank or the content unchanged
     * @throws NotFoundException if the release was never published
     * @throws InvalidStateException if {@code revised} is no longer the current version, or the
     *     status would move back towards forecast
     */
    public StatisticsRelease revise(StatisticsRelease revised, ReleaseContent content, String explanation) {
        Objects.requireNonNull(revised, "revised");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(explanation, "explanation");
        StatisticsRelease.requireExplanation(explanation, revised.id(), revised.version() + 1);
        StatisticsRelease current = current(revised.id());
        if (current.version() != revised.version()) {
            throw new InvalidStateException("Release " + revised.id() + " is at version " + current.version()
                    + " but the revision was made from version " + revised.version()
                    + ": expected a revision of the current version; reload it and revise again");
        }
        StatisticsRelease next = current.revise(content, explanation, clock.instant());
        store.append(next);
        return next;
    }

    /**
     * Publishes a revision that changes only the status, e.g. preliminary to official (STA-03).
     *
     * @param revised the version being revised, which must be the current one
     * @param status the new status
     * @param explanation why; must not be blank
     * @return the new version
     * @throws ValidationException if the explanation is blank or the status unchanged
     * @throws NotFoundException if the release was never published
     * @throws InvalidStateException if {@code revised} is no longer current, or the status would move
     *     back towards forecast
     */
    public StatisticsRelease changeStatus(StatisticsRelease revised, ReleaseStatus status, String explanation) {
        Objects.requireNonNull(revised, "revised");
        return revise(revised, revised.content().withStatus(Objects.requireNonNull(status, "status")), explanation);
    }

    /**
     * Finds the current version of a release.
     *
     * @param id the release's identifier
     * @return the current version, or empty if none has that id
     */
    public Optional<StatisticsRelease> find(String id) {
        return store.current(Objects.requireNonNull(id, "id"));
    }

    /**
     * Returns the current version of a release.
     *
     * @param id the release's identifier
     * @return the current version
     * @throws NotFoundException if none has that id
     */
    public StatisticsRelease current(String id) {
        return find(id).orElseThrow(() -> notFound(id));
    }

    /**
     * Returns every version of a release, oldest first.
     *
     * @param id the release's identifier
     * @return the history
     * @throws NotFoundException if none has that id
     */
    public ReleaseHistory history(String id) {
        return store.history(Objects.requireNonNull(id, "id")).orElseThrow(() -> notFound(id));
    }

    /**
     * Finds the current versions of the releases that match a query, most recently published
     * first.
     *
     * @param query the criteria
     * @param page which slice of the results
     * @return the page
     */
    public Page<StatisticsRelease> search(ReleaseQuery query, PageRequest page) {
        return store.search(Objects.requireNonNull(query, "query"), Objects.requireNonNull(page, "page"));
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("No release has id '" + id + "': expected the id of a published release");
    }

    /** Configures a {@link StatisticsPublisher}. Not thread-safe. */
    public static final class Builder {
        private ReleaseStore store;
        private Clock clock = Clock.systemUTC();

        private Builder() {}

        /**
         * Sets where versions are kept. Default: a new {@link ReleaseStore#inMemory()} store.
         *
         * @param store the store
         * @return this builder
         */
        public Builder store(ReleaseStore store) {
            this.store = Objects.requireNonNull(store, "store");
            return this;
        }

        /**
         * Sets the clock that stamps publications. Default: {@link Clock#systemUTC()}.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Builds the publisher.
         *
         * @return an immutable publisher
         */
        public StatisticsPublisher build() {
            return new StatisticsPublisher(store == null ? ReleaseStore.inMemory() : store, clock);
        }
    }
}
