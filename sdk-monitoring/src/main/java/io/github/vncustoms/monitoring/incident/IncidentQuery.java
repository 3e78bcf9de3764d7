package io.github.vncustoms.monitoring.incident;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.monitoring.internal.Fields;
import io.github.vncustoms.monitoring.reconcile.DiscrepancyKind;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * What an incident look-up asks for: responsible units, units of the flow (either end), systems,
 * kinds, states, and a time range over {@link Incident#openedAt()}. An empty set means any. Every
 * condition maps to a SQL predicate, e.g. {@code (from_unit IN (...) OR to_unit IN (...))} for
 * {@link #flowUnits()}.
 *
 * <pre>{@code
 * IncidentQuery open = IncidentQuery.builder()
 *         .responsibleUnits("TCHQ-CNTT").states(IncidentState.OPEN)
 *         .between(Instant.parse("2026-11-20T00:00:00Z"), Instant.parse("2026-11-21T00:00:00Z"))
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param responsibleUnits the units incidents are routed to; empty for any
 * @param flowUnits units at either end of the flow ({@code fromUnit} or {@code toUnit}); empty for any
 * @param systems the system codes; empty for any
 * @param kinds the kinds of discrepancy; empty for any
 * @param states the states; empty for any
 * @param from the earliest opening, inclusive; {@code null} for no bound
 * @param to the latest opening, exclusive; {@code null} for no bound
 */
public record IncidentQuery(Set<String> responsibleUnits, Set<String> flowUnits, Set<String> systems,
        Set<DiscrepancyKind> kinds, Set<IncidentState> states, Instant from, Instant to) {

    /**
     * Validates, normalises and copies.
     *
     * @throws ValidationException if a code is malformed, a set missing or holds a {@code null}, or
     *     the range ends before it starts
     */
    public IncidentQuery {
        responsibleUnits = Set.copyOf(Fields.present(responsibleUnits, "responsibleUnits", "a set, empty for any")
                .stream().map(u -> Fields.unit(u, "responsibleUnits")).toList());
        flowUnits = Set.copyOf(Fields.present(flowUnits, "flowUnits", "a set, empty for any")
                .stream().map(u -> Fields.unit(u, "flowUnits")).toList());
        systems = Set.copyOf(Fields.present(systems, "systems", "a set, empty for any")
                .stream().map(Fields::system).toList());
        kinds = Set.copyOf(Fields.present(kinds, "kinds", "a set, empty for any")
                .stream().map(k -> Fields.present(k, "kinds", "no missing kind")).toList());
        states = Set.copyOf(Fields.present(states, "states", "a set, empty for any")
                .stream().map(s -> Fields.present(s, "states", "no missing state")).toList());
        if (from != null && to != null && to.isBefore(from)) {
            throw new ValidationException("to", "The range ends at " + to + " before it starts at " + from
                    + ": expected to at or after from");
        }
    }

    /**
     * Returns the query that matches every incident.
     *
     * @return the query
     */
    public static IncidentQuery all() {
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
     * Tells whether an incident matches, scope aside.
     *
     * @param incident the incident
     * @return {@code true} if every condition holds
     */
    public boolean matches(Incident incident) {
        Instant at = incident.openedAt();
        return (responsibleUnits.isEmpty() || responsibleUnits.contains(incident.responsibleUnit()))
                && (flowUnits.isEmpty() || flowUnits.contains(incident.fromUnit()) || flowUnits.contains(incident.toUnit()))
                && (systems.isEmpty() || systems.contains(incident.system()))
                && (kinds.isEmpty() || kinds.contains(incident.kind()))
                && (states.isEmpty() || states.contains(incident.state()))
                && (from == null || !at.isBefore(from))
                && (to == null || at.isBefore(to));
    }

    /** Collects the conditions of an {@link IncidentQuery}; they are checked by {@link #build()}. Not thread-safe. */
    public static final class Builder {
        private final Set<String> responsibleUnits = new HashSet<>();
        private final Set<String> flowUnits = new HashSet<>();
        private final Set<String> systems = new HashSet<>();
        private final Set<DiscrepancyKind> kinds = new HashSet<>();
        private final Set<IncidentState> states = new HashSet<>();
        private Instant from;
        private Instant to;

        private Builder() {
        }

        /**
         * Adds units incidents are routed to.
         *
         * @param codes unit codes
         * @return this builder
         */
        public Builder responsibleUnits(String... codes) {
            responsibleUnits.addAll(Arrays.asList(codes));
            return this;
        }

        /**
         * Adds units at either end of the flow.
         *
         * @param codes unit codes
         * @return this builder
         */
        public Builder flowUnits(String... codes) {
            flowUnits.addAll(Arrays.asList(codes));
            return this;
        }

        /**
         * Adds systems.
         *
         * @param codes system codes
         * @return this builder
         */
        public Builder systems(String... codes) {
            systems.addAll(Arrays.asList(codes));
            return this;
        }

        /**
         * Adds kinds of discrepancy.
         *
         * @param values kinds
         * @return this builder
         */
        public Builder kinds(DiscrepancyKind... values) {
            kinds.addAll(Arrays.asList(values));
            return this;
        }

        /**
         * Adds states.
         *
         * @param values states
         * @return this builder
         */
        public Builder states(IncidentState... values) {
            states.addAll(Arrays.asList(values));
            return this;
        }

        /**
         * Sets the range of opening times.
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
         * Builds the query.
         *
         * @return the query
         * @throws ValidationException if a condition is malformed
         */
        public IncidentQuery build() {
            return new IncidentQuery(responsibleUnits, flowUnits, systems, kinds, states, from, to);
        }
    }
}
