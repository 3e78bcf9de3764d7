package io.github.vncustoms.core.statistics;

import io.github.vncustoms.core.error.ValidationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * Which releases to find: by kind, status, period type, the days the reference period lies within,
 * and when the current version was published. Every criterion left empty or {@code null} matches
 * everything; the criteria that are set must all match. A query always looks at the current version
 * of each release.
 *
 * <pre>{@code
 * ReleaseQuery q = ReleaseQuery.builder()
 *         .kinds(ContentKind.PERIODIC_REPORT)
 *         .statuses(ReleaseStatus.OFFICIAL)
 *         .within(ReferencePeriod.year(2026))     // the year, its quarters and its months
 *         .build();
 * }</pre>
 *
 * <p>The criteria translate directly to SQL: {@code kind IN (...)}, {@code status IN (...)},
 * {@code period_start >= ? AND period_end <= ?}, {@code published_at >= ? AND published_at < ?}.
 * Immutable and thread-safe.
 *
 * @param kinds the kinds wanted; empty for any
 * @param statuses the statuses wanted; empty for any
 * @param periodTypes the period types wanted; empty for any. When set, releases without a period
 *     do not match
 * @param periodFrom the first day the reference period may cover; {@code null} for no bound. When
 *     set, releases without a period do not match
 * @param periodTo the last day the reference period may cover; {@code null} for no bound. When set,
 *     releases without a period do not match
 * @param publishedFrom the earliest publication time of the current version, inclusive;
 *     {@code null} for no bound
 * @param publishedBefore the publication time the current version must be before, exclusive;
 *     {@code null} for no bound
 */
public record ReleaseQuery(
        Set<ContentKind> kinds,
        Set<ReleaseStatus> statuses,
        Set<PeriodType> periodTypes,
        LocalDate periodFrom,
        LocalDate periodTo,
        Instant publishedFrom,
        Instant publishedBefore) {

    private static final ReleaseQuery ALL = new ReleaseQuery(Set.of(), Set.of(), Set.of(), null, null, null, null);

    /**
     * Validates and copies.
     *
     * @throws ValidationException if a range is empty (from after to)
     */
    public ReleaseQuery {
        kinds = Set.copyOf(Objects.requireNonNull(kinds, "kinds"));
        statuses = Set.copyOf(Objects.requireNonNull(statuses, "statuses"));
        periodTypes = Set.copyOf(Objects.requireNonNull(periodTypes, "periodTypes"));
        if (periodFrom != null && periodTo != null && periodFrom.isAfter(periodTo)) {
            throw new ValidationException("periodFrom", "The period range " + periodFrom + " to " + periodTo
                    + " is empty: expected the first day on or before the last");
        }
        if (publishedFrom != null && publishedBefore != null && !publishedFrom.isBefore(publishedBefore)) {
            throw new ValidationException("publishedFrom", "The publication range [" + publishedFrom + ", "
                    + publishedBefore + ") is empty: expected the start before the end");
        }
    }

    /**
     * Returns the query that matches every release.
     *
     * @return the query
     */
    public static ReleaseQuery all() {
        return ALL;
    }

    /**
     * Starts a query that matches everything until narrowed.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Tells whether a release matches. Stores that cannot translate the query may filter with this.
     *
     * @param release the current version of a release
     * @return {@code true} if every criterion that is set matches
     */
    public boolean matches(StatisticsRelease release) {
        Objects.requireNonNull(release, "release");
        if (!kinds.isEmpty() && !kinds.contains(release.kind())) {
            return false;
        }
        if (!statuses.isEmpty() && !statuses.contains(release.status())) {
            return false;
        }
        ReferencePeriod p = release.period();
        if (!periodTypes.isEmpty() && (p == null || !periodTypes.contains(p.type()))) {
            return false;
        }
        if (periodFrom != null && (p == null || p.start().isBefore(periodFrom))) {
            return false;
        }
        if (periodTo != null && (p == null || p.end().isAfter(periodTo))) {
            return false;
        }
        if (publishedFrom != null && release.publishedAt().isBefore(publishedFrom)) {
            return false;
        }
        return publishedBefore == null || release.publishedAt().isBefore(publishedBefore);
    }

    /** Narrows a query criterion by criterion. Not thread-safe. */
    public static final class Builder {
        private Set<ContentKind> kinds = Set.of();
        private Set<ReleaseStatus> statuses = Set.of();
        private Set<PeriodType> periodTypes = Set.of();
        private LocalDate periodFrom;
        private LocalDate periodTo;
        private Instant publishedFrom;
        private Instant publishedBefore;

        private Builder() {}

        /**
         * Keeps releases of these kinds.
         *
         * @param values the kinds; none for any
         * @return this builder
         */
        public Builder kinds(ContentKind... values) {
            this.kinds = Set.copyOf(Arrays.asList(values));
            return this;
        }

        /**
         * Keeps releases of these kinds.
         *
         * @param values the kinds; empty for any
         * @return this builder
         */
        public Builder kinds(Collection<ContentKind> values) {
            this.kinds = Set.copyOf(values);
            return this;
        }

        /**
         * Keeps releases whose current version has one of these statuses.
         *
         * @param values the statuses; none for any
         * @return this builder
         */
        public Builder statuses(ReleaseStatus... values) {
            this.statuses = Set.copyOf(Arrays.asList(values));
            return this;
        }

        /**
         * Keeps releases whose current version has one of these statuses.
         *
         * @param values the statuses; empty for any
         * @return this builder
         */
        public Builder statuses(Collection<ReleaseStatus> values) {
            this.statuses = Set.copyOf(values);
            return this;
        }

        /**
         * Keeps releases whose period is of one of these types.
         *
         * @param values the types; none for any
         * @return this builder
         */
        public Builder periodTypes(PeriodType... values) {
            this.periodTypes = Set.copyOf(Arrays.asList(values));
            return this;
        }

        /**
         * Keeps releases whose reference period lies within a range of days.
         *
         * @param from the first day, inclusive; {@code null} for no lower bound
         * @param to the last day, inclusive; {@code null} for no upper bound
         * @return this builder
         * @throws ValidationException if {@code from} is after {@code to}
         */
        public Builder periodWithin(LocalDate from, LocalDate to) {
            if (from != null && to != null && from.isAfter(to)) {
                throw new ValidationException("periodFrom", "The period range " + from + " to " + to
                        + " is empty: expected the first day on or before the last");
            }
            this.periodFrom = from;
            this.periodTo = to;
            return this;
        }

        /**
         * Keeps releases whose reference period lies within a period: the period itself and, for a
         * quarter or a year, the shorter periods inside it.
         *
         * @param period the enclosing period
         * @return this builder
         */
        public Builder within(ReferencePeriod period) {
            Objects.requireNonNull(period, "period");
            return periodWithin(period.start(), period.end());
        }

        /**
         * Keeps releases whose current version was published in a time range.
         *
         * @param from the start, inclusive; {@code null} for no lower bound
         * @param before the end, exclusive; {@code null} for no upper bound
         * @return this builder
         * @throws ValidationException if the range is empty
         */
        public Builder publishedBetween(Instant from, Instant before) {
            if (from != null && before != null && !from.isBefore(before)) {
                throw new ValidationException("publishedFrom", "The publication range [" + from + ", " + before
                        + ") is empty: expected the start before the end");
            }
            this.publishedFrom = from;
            this.publishedBefore = before;
            return this;
        }

        /**
         * Builds the query.
         *
         * @return an immutable query
         */
        public ReleaseQuery build() {
            return new ReleaseQuery(kinds, statuses, periodTypes, periodFrom, periodTo, publishedFrom, publishedBefore);
        }
    }
}
