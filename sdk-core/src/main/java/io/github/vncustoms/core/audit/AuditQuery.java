package io.github.vncustoms.core.audit;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.internal.audit.Fields;
import java.time.Instant;
import java.util.Objects;

/**
 * What to look for in the journal: by actor, by object, by time range and by outcome, a page at a
 * time (STA-07's periodic review of access history). Unset criteria match everything. Results come
 * in sequence order and are always limited to the units the caller may see.
 *
 * <pre>{@code
 * AuditQuery q = AuditQuery.builder()
 *         .actor("nguyen.van.a")
 *         .between(Instant.parse("2026-02-01T00:00:00Z"), Instant.parse("2026-03-01T00:00:00Z"))
 *         .outcome(AuditOutcome.DENIED)
 *         .limit(50)
 *         .build();
 * AuditPage page = journal.query(reviewer, q);
 * AuditPage next = journal.query(reviewer, q.toBuilder().afterSequence(page.lastSequence()).build());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param actorId only entries by this account; {@code null} for any
 * @param objectType only entries about objects of this kind; {@code null} for any
 * @param objectId only entries about the object with this id (needs {@code objectType}); {@code null} for any
 * @param from only entries at or after this instant; {@code null} for no lower bound
 * @param to only entries before this instant (exclusive); {@code null} for no upper bound
 * @param outcome only entries with this outcome; {@code null} for any
 * @param afterSequence the cursor: only entries with a greater sequence; 0 to start at the beginning
 * @param offset how many matching entries to skip after the cursor
 * @param limit the most entries to return, 1 to {@value #MAX_LIMIT}
 */
public record AuditQuery(String actorId, String objectType, String objectId, Instant from, Instant to,
        AuditOutcome outcome, long afterSequence, int offset, int limit) {
    /** The default page size. */
    public static final int DEFAULT_LIMIT = 100;
    /** The largest page size. */
    public static final int MAX_LIMIT = 10_000;

    /**
     * Checks the criteria.
     *
     * @throws ValidationException if the range is empty or reversed, the paging is out of range, or
     *     an object id is given without its type
     */
    public AuditQuery {
        if (actorId != null) {
            Fields.text("actorId", actorId, 128, false);
        }
        if (objectType != null) {
            Fields.text("objectType", objectType, 128, false);
        }
        if (objectId != null) {
            Fields.text("objectId", objectId, 512, true);
            if (objectType == null) {
                throw new ValidationException("objectId", "Query names object id '" + objectId
                        + "' without its type: expected an object type with the id");
            }
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new ValidationException("to", "Query range [" + from + ", " + to
                    + ") is empty: expected 'from' strictly before 'to'");
        }
        if (afterSequence < 0) {
            throw new ValidationException("afterSequence", "Query cursor " + afterSequence + " is negative: expected 0 or a sequence number");
        }
        if (offset < 0) {
            throw new ValidationException("offset", "Query offset " + offset + " is negative: expected 0 or more");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ValidationException("limit", "Query limit " + limit + " is out of range: expected 1 to " + MAX_LIMIT);
        }
    }

    /**
     * Starts a query that matches every entry, first page of {@value #DEFAULT_LIMIT}.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A query for every entry, first page of {@value #DEFAULT_LIMIT}.
     *
     * @return the query
     */
    public static AuditQuery all() {
        return builder().build();
    }

    /**
     * Tells whether an entry meets the criteria and lies after the cursor; the offset, the limit and
     * the caller's scope are not considered. Stores use it to filter; a database store translates
     * the same criteria into its query.
     *
     * @param entry the entry
     * @return {@code true} if it matches
     */
    public boolean matches(AuditEntry entry) {
        AuditEvent e = entry.event();
        return entry.sequence() > afterSequence
                && (actorId == null || actorId.equals(e.actorId()))
                && (objectType == null || objectType.equals(e.objectType()))
                && (objectId == null || objectId.equals(e.objectId()))
                && (from == null || !entry.timestamp().isBefore(from))
                && (to == null || entry.timestamp().isBefore(to))
                && (outcome == null || outcome == e.outcome());
    }

    /**
     * Returns a builder holding this query, to make the next page or a variant.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.actorId = actorId;
        b.objectType = objectType;
        b.objectId = objectId;
        b.from = from;
        b.to = to;
        b.outcome = outcome;
        b.afterSequence = afterSequence;
        b.offset = offset;
        b.limit = limit;
        return b;
    }

    /** Collects the criteria of an {@link AuditQuery}. Not thread-safe. */
    public static final class Builder {
        private String actorId;
        private String objectType;
        private String objectId;
        private Instant from;
        private Instant to;
        private AuditOutcome outcome;
        private long afterSequence;
        private int offset;
        private int limit = DEFAULT_LIMIT;

        private Builder() {}

        /**
         * Only entries by this account.
         *
         * @param id the account id
         * @return this builder
         * @throws ValidationException if blank or too long
         */
        public Builder actor(String id) {
            this.actorId = Fields.text("actorId", id, 128, false);
            return this;
        }

        /**
         * Only entries about objects of this kind.
         *
         * @param type the object type
         * @return this builder
         * @throws ValidationException if blank or too long
         */
        public Builder objectType(String type) {
            this.objectType = Fields.text("objectType", type, 128, false);
            return this;
        }

        /**
         * Only entries about one object.
         *
         * @param type the object type
         * @param id the object id
         * @return this builder
         * @throws ValidationException if either is malformed
         */
        public Builder object(String type, String id) {
            this.objectType = Fields.text("objectType", type, 128, false);
            this.objectId = Fields.text("objectId", id, 512, true);
            return this;
        }

        /**
         * Only entries in the range [from, to).
         *
         * @param from the first instant included
         * @param to the first instant excluded
         * @return this builder
         * @throws ValidationException if {@code from} is not before {@code to}
         */
        public Builder between(Instant from, Instant to) {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (!from.isBefore(to)) {
                throw new ValidationException("to", "Query range [" + from + ", " + to + ") is empty: expected 'from' strictly before 'to'");
            }
            this.from = from;
            this.to = to;
            return this;
        }

        /**
         * Only entries at or after an instant.
         *
         * @param from the first instant included
         * @return this builder
         */
        public Builder from(Instant from) {
            this.from = Objects.requireNonNull(from, "from");
            return this;
        }

        /**
         * Only entries before an instant.
         *
         * @param to the first instant excluded
         * @return this builder
         */
        public Builder to(Instant to) {
            this.to = Objects.requireNonNull(to, "to");
            return this;
        }

        /**
         * Only entries with this outcome.
         *
         * @param outcome the outcome
         * @return this builder
         */
        public Builder outcome(AuditOutcome outcome) {
            this.outcome = Objects.requireNonNull(outcome, "outcome");
            return this;
        }

        /**
         * Starts after a sequence number: the cursor of the previous page.
         *
         * @param sequence the last sequence already seen, 0 for the start
         * @return this builder
         * @throws ValidationException if negative
         */
        public Builder afterSequence(long sequence) {
            if (sequence < 0) {
                throw new ValidationException("afterSequence", "Query cursor " + sequence + " is negative: expected 0 or a sequence number");
            }
            this.afterSequence = sequence;
            return this;
        }

        /**
         * Skips matching entries after the cursor.
         *
         * @param offset how many to skip
         * @return this builder
         * @throws ValidationException if negative
         */
        public Builder offset(int offset) {
            if (offset < 0) {
                throw new ValidationException("offset", "Query offset " + offset + " is negative: expected 0 or more");
            }
            this.offset = offset;
            return this;
        }

        /**
         * Sets the page size.
         *
         * @param limit 1 to {@value AuditQuery#MAX_LIMIT}
         * @return this builder
         * @throws ValidationException if out of range
         */
        public Builder limit(int limit) {
            if (limit < 1 || limit > MAX_LIMIT) {
                throw new ValidationException("limit", "Query limit " + limit + " is out of range: expected 1 to " + MAX_LIMIT);
            }
            this.limit = limit;
            return this;
        }

        /**
         * Builds the query.
         *
         * @return the query
         * @throws ValidationException if the criteria contradict each other
         */
        public AuditQuery build() {
            return new AuditQuery(actorId, objectType, objectId, from, to, outcome, afterSequence, offset, limit);
        }
    }
}
