package io.github.vncustoms.monitoring.transfer;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.monitoring.internal.Fields;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a history look-up asks for (MON-T-06): the units where operations happened, systems,
 * operations, statuses, a time range over {@link TransferEvent#occurredAt()} and optionally one run
 * or one file. An empty set means any. Every condition maps to a SQL predicate.
 *
 * <pre>{@code
 * TransferQuery q = TransferQuery.builder()
 *         .units("01AB").systems("SLXNK").statuses(TransferStatus.FAILED)
 *         .between(Instant.parse("2026-11-20T00:00:00Z"), Instant.parse("2026-11-21T00:00:00Z"))
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param units the units where the operations happened; empty for any
 * @param systems the system codes; empty for any
 * @param operations the operations; empty for any
 * @param statuses the statuses; empty for any
 * @param from the earliest occurrence, inclusive; {@code null} for no bound
 * @param to the latest occurrence, exclusive; {@code null} for no bound
 * @param runId one run only, or {@code ""} for any
 * @param fileName one file only, or {@code ""} for any
 */
public record TransferQuery(Set<String> units, Set<String> systems, Set<TransferOperation> operations,
        Set<TransferStatus> statuses, Instant from, Instant to, String runId, String fileName) {

    /**
     * Validates, normalises and copies.
     *
     * @throws ValidationException if a code is malformed or the range ends before it starts
     */
    public TransferQuery {
        units = Set.copyOf(Fields.present(units, "units", "a set, empty for any").stream().map(u -> Fields.unit(u, "units")).toList());
        systems = Set.copyOf(Fields.present(systems, "systems", "a set, empty for any").stream().map(Fields::system).toList());
        operations = Set.copyOf(Fields.present(operations, "operations", "a set, empty for any"));
        statuses = Set.copyOf(Fields.present(statuses, "statuses", "a set, empty for any"));
        if (from != null && to != null && to.isBefore(from)) {
            throw new ValidationException("to", "The range ends at " + to + " before it starts at " + from + ": expected to ≥ from");
        }
        runId = runId == null || runId.isBlank() ? "" : Fields.id(runId, "runId");
        fileName = fileName == null || fileName.isBlank() ? "" : Fields.fileName(fileName, "fileName");
    }

    /**
     * Returns the query that matches everything.
     *
     * @return the query
     */
    public static TransferQuery all() {
        return builder().build();
    }

    /**
     * Starts a query.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Tells whether a recorded event matches, scope aside.
     *
     * @param recorded the recorded event
     * @return {@code true} if every condition holds
     */
    public boolean matches(RecordedTransfer recorded) {
        TransferEvent e = recorded.event();
        Instant at = e.occurredAt();
        return (units.isEmpty() || units.contains(e.unitCode()))
                && (systems.isEmpty() || systems.contains(e.system()))
                && (operations.isEmpty() || operations.contains(e.operation()))
                && (statuses.isEmpty() || statuses.contains(recorded.status()))
                && (from == null || !at.isBefore(from))
                && (to == null || at.isBefore(to))
                && (runId.isEmpty() || runId.equals(e.runId()))
                && (fileName.isEmpty() || fileName.equals(fileNameOf(e)));
    }

    private static String fileNameOf(TransferEvent e) {
        if (e instanceof FileTransmitted t) {
            return t.fileName();
        } else if (e instanceof FileReceived r) {
            return r.fileName();
        } else if (e instanceof FileApplied a) {
            return a.fileName();
        }
        return null;
    }

    /** Collects the conditions of a {@link TransferQuery}. Not thread-safe. */
    public static final class Builder {
        private final Set<String> units = new HashSet<>();
        private final Set<String> systems = new HashSet<>();
        private final Set<TransferOperation> operations = new HashSet<>();
        private final Set<TransferStatus> statuses = new HashSet<>();
        private Instant from;
        private Instant to;
        private String runId = "";
        private String fileName = "";

        private Builder() {
        }

        /**
         * Adds units where the operations happened.
         *
         * @param codes unit codes
         * @return this builder
         */
        public Builder units(String... codes) {
            units.addAll(Arrays.asList(codes));
            return this;
        }

        /**
         * Adds systems.
         *
         * @param codes system codes
         * @return this builder
         */
        public Builder systems(String... codes) {
            Arrays.stream(codes).map(c -> c == null ? null : c.strip().toUpperCase(Locale.ROOT)).forEach(systems::add);
            return this;
        }

        /**
         * Adds operations.
         *
         * @param ops operations
         * @return this builder
         */
        public Builder operations(TransferOperation... ops) {
            operations.addAll(Arrays.asList(ops));
            return this;
        }

        /**
         * Adds statuses.
         *
         * @param values statuses
         * @return this builder
         */
        public Builder statuses(TransferStatus... values) {
            statuses.addAll(Arrays.asList(values));
            return this;
        }

        /**
         * Sets the time range.
         *
         * @param fromInclusive the start, or {@code null}
         * @param toExclusive the end, or {@code null}
         * @return this builder
         */
        public Builder between(Instant fromInclusive, Instant toExclusive) {
            this.from = fromInclusive;
            this.to = toExclusive;
            return this;
        }

        /**
         * Restricts to one run.
         *
         * @param id the run id
         * @return this builder
         */
        public Builder run(String id) {
            this.runId = id;
            return this;
        }

        /**
         * Restricts to one file name.
         *
         * @param name the file name
         * @return this builder
         */
        public Builder file(String name) {
            this.fileName = name;
            return this;
        }

        /**
         * Builds the query.
         *
         * @return the query
         * @throws ValidationException if a condition is malformed
         */
        public TransferQuery build() {
            return new TransferQuery(units, systems, operations, statuses, from, to, runId, fileName);
        }
    }
}
