package io.github.vncustoms.valuation.observation;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.id.HsCode;
import io.github.vncustoms.valuation.approval.ApprovalState;
import io.github.vncustoms.valuation.approval.LeaderDecision;
import io.github.vncustoms.valuation.goods.GoodsDescriptor;
import io.github.vncustoms.valuation.source.PriceSource;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What a look-up in the valuation database asks for (VAL-05, VAL-18, VAL-20, VAL-22): the exact goods,
 * an HS code the goods lie within, sources, approval states, only counting observations, and ranges
 * over the price date, the day the value was determined, the entry time, the time of the last change,
 * and entering units. A {@code null} bound or an empty set means any; the empty query matches
 * everything. Each condition maps to one SQL predicate, e.g. {@code hs_code LIKE '8517%'} for
 * {@link #hsCode()}, so that a database can serve it.
 *
 * <pre>{@code
 * ObservationQuery recentPhones = ObservationQuery.builder()
 *         .hsCode(HsCode.parse("8517.13"))
 *         .countsOnly()
 *         .priceDates(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 10, 31))
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param goods the exact goods (equal descriptors), or {@code null} for any
 * @param hsCode an HS code the goods' code equals or lies within ({@link HsCode#isWithin}), or {@code null} for any
 * @param sources the sources; empty for any
 * @param states the approval states; empty for any
 * @param countsOnly whether only observations that {@linkplain PriceObservation#counts() count} match
 * @param priceFrom the earliest price date, inclusive, or {@code null}
 * @param priceTo the latest price date, inclusive, or {@code null}
 * @param determinedFrom the earliest day the value was determined, inclusive, or {@code null}
 * @param determinedTo the latest day the value was determined, inclusive, or {@code null}
 * @param enteredFrom the earliest entry time, inclusive, or {@code null}
 * @param enteredTo the latest entry time, exclusive, or {@code null}
 * @param changedFrom with {@code changedTo}: the observation was entered or decided at or after this
 *     time, or {@code null}
 * @param changedTo with {@code changedFrom}: ... and before this time, exclusive, or {@code null}
 * @param enteringUnits the codes of the units that entered the observations, upper case; empty for any
 */
public record ObservationQuery(GoodsDescriptor goods, HsCode hsCode, Set<PriceSource> sources, Set<ApprovalState> states,
        boolean countsOnly, LocalDate priceFrom, LocalDate priceTo, LocalDate determinedFrom, LocalDate determinedTo,
        Instant enteredFrom, Instant enteredTo, Instant changedFrom, Instant changedTo, Set<String> enteringUnits) {
    private static final ObservationQuery ALL = new Builder().build();

    /**
     * Validates, normalises and copies.
     *
     * @throws ValidationException if a range ends before it starts, or a unit code is blank or over
     *     32 characters
     * @throws NullPointerException if a set is missing or holds {@code null}
     */
    public ObservationQuery {
        sources = Set.copyOf(Objects.requireNonNull(sources, "sources"));
        states = Set.copyOf(Objects.requireNonNull(states, "states"));
        Set<String> units = new HashSet<>();
        for (String unit : Objects.requireNonNull(enteringUnits, "enteringUnits")) {
            units.add(unitCode(unit));
        }
        enteringUnits = Set.copyOf(units);
        range("priceTo", priceFrom, priceTo);
        range("determinedTo", determinedFrom, determinedTo);
        range("enteredTo", enteredFrom, enteredTo);
        range("changedTo", changedFrom, changedTo);
    }

    /**
     * Returns the query that matches every observation.
     *
     * @return the empty query
     */
    public static ObservationQuery all() {
        return ALL;
    }

    /**
     * Starts a query.
     *
     * @return a builder with no conditions
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this query's conditions, to make a variant.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.goods = goods;
        b.hsCode = hsCode;
        b.sources.addAll(sources);
        b.states.addAll(states);
        b.countsOnly = countsOnly;
        b.priceFrom = priceFrom;
        b.priceTo = priceTo;
        b.determinedFrom = determinedFrom;
        b.determinedTo = determinedTo;
        b.enteredFrom = enteredFrom;
        b.enteredTo = enteredTo;
        b.changedFrom = changedFrom;
        b.changedTo = changedTo;
        b.enteringUnits.addAll(enteringUnits);
        return b;
    }

    /**
     * Tells whether an observation meets every condition; who may see it is another question.
     *
     * @param observation the observation
     * @return {@code true} if it matches
     */
    public boolean matches(PriceObservation observation) {
        Objects.requireNonNull(observation, "observation");
        return (goods == null || goods.equals(observation.goods()))
                && (hsCode == null || observation.goods().hsCode().isWithin(hsCode))
                && (sources.isEmpty() || sources.contains(observation.source()))
                && (states.isEmpty() || states.contains(observation.approval().state()))
                && (!countsOnly || observation.counts())
                && within(observation.priceDate(), priceFrom, priceTo)
                && within(observation.determinedOn(), determinedFrom, determinedTo)
                && within(observation.enteredAt(), enteredFrom, enteredTo)
                && changedWithin(observation)
                && (enteringUnits.isEmpty() || enteringUnits.contains(observation.enteringUnit()));
    }

    private boolean changedWithin(PriceObservation observation) {
        if (changedFrom == null && changedTo == null) {
            return true;
        }
        if (within(observation.enteredAt(), changedFrom, changedTo)) {
            return true;
        }
        LeaderDecision decision = observation.approval().decision();
        return decision != null && within(decision.decidedAt(), changedFrom, changedTo);
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    private static boolean within(Instant at, Instant from, Instant to) {
        return (from == null || !at.isBefore(from)) && (to == null || at.isBefore(to));
    }

    private static <T extends Comparable<? super T>> void range(String field, T from, T to) {
        if (from != null && to != null && to.compareTo(from) < 0) {
            throw new ValidationException(field, "The range ends at " + to + " before it starts at " + from
                    + ": expected an end at or after the start");
        }
    }

    private static String unitCode(String unit) {
        String code = Objects.requireNonNull(unit, "entering unit").strip().toUpperCase(Locale.ROOT);
        if (code.isEmpty() || code.length() > 32) {
            throw new ValidationException("enteringUnits", "Entering unit '" + code
                    + "' is malformed: expected a unit code of 1–32 characters");
        }
        return code;
    }

    /** Collects the conditions of an {@link ObservationQuery}; each setter checks its argument at once. Not thread-safe. */
    public static final class Builder {
        private GoodsDescriptor goods;
        private HsCode hsCode;
        private final Set<PriceSource> sources = EnumSet.noneOf(PriceSource.class);
        private final Set<ApprovalState> states = EnumSet.noneOf(ApprovalState.class);
        private boolean countsOnly;
        private LocalDate priceFrom;
        private LocalDate priceTo;
        private LocalDate determinedFrom;
        private LocalDate determinedTo;
        private Instant enteredFrom;
        private Instant enteredTo;
        private Instant changedFrom;
        private Instant changedTo;
        private final Set<String> enteringUnits = new HashSet<>();

        private Builder() {
        }

        /**
         * Keeps only observations of exactly these goods (equal descriptors, VAL-03).
         *
         * @param value the goods
         * @return this builder
         */
        public Builder goods(GoodsDescriptor value) {
            goods = Objects.requireNonNull(value, "goods");
            return this;
        }

        /**
         * Keeps only goods whose code equals this one or lies within it: {@code 8517} keeps
         * {@code 8517.13.00}.
         *
         * @param value the HS code
         * @return this builder
         */
        public Builder hsCode(HsCode value) {
            hsCode = Objects.requireNonNull(value, "hsCode");
            return this;
        }

        /**
         * Adds sources to keep.
         *
         * @param values the sources
         * @return this builder
         */
        public Builder sources(PriceSource... values) {
            for (PriceSource s : values) {
                sources.add(Objects.requireNonNull(s, "source"));
            }
            return this;
        }

        /**
         * Adds sources to keep.
         *
         * @param values the sources
         * @return this builder
         */
        public Builder sources(Set<PriceSource> values) {
            return sources(Objects.requireNonNull(values, "sources").toArray(PriceSource[]::new));
        }

        /**
         * Adds approval states to keep.
         *
         * @param values the states
         * @return this builder
         */
        public Builder states(ApprovalState... values) {
            for (ApprovalState s : values) {
                states.add(Objects.requireNonNull(s, "state"));
            }
            return this;
        }

        /**
         * Keeps only observations that may feed a reference price: no approval needed or accepted,
         * and not doubtful (VAL-05, VAL-15).
         *
         * @return this builder
         */
        public Builder countsOnly() {
            countsOnly = true;
            return this;
        }

        /**
         * Keeps only prices dated within a range, both ends inclusive.
         *
         * @param from the first day, or {@code null} for no bound
         * @param to the last day, or {@code null} for no bound
         * @return this builder
         * @throws ValidationException if the range ends before it starts
         */
        public Builder priceDates(LocalDate from, LocalDate to) {
            range("priceTo", from, to);
            priceFrom = from;
            priceTo = to;
            return this;
        }

        /**
         * Keeps only values determined within a range of days, both ends inclusive (VAL-18).
         *
         * @param from the first day, or {@code null} for no bound
         * @param to the last day, or {@code null} for no bound
         * @return this builder
         * @throws ValidationException if the range ends before it starts
         */
        public Builder determinedBetween(LocalDate from, LocalDate to) {
            range("determinedTo", from, to);
            determinedFrom = from;
            determinedTo = to;
            return this;
        }

        /**
         * Keeps only observations entered within a time range.
         *
         * @param from the earliest entry time, inclusive, or {@code null}
         * @param to the latest, exclusive, or {@code null}
         * @return this builder
         * @throws ValidationException if the range ends before it starts
         */
        public Builder enteredBetween(Instant from, Instant to) {
            range("enteredTo", from, to);
            enteredFrom = from;
            enteredTo = to;
            return this;
        }

        /**
         * Keeps only observations entered, or decided by a leader, within a time range: the changes of
         * a period, as a backup takes them (VAL-22).
         *
         * @param from the earliest change, inclusive, or {@code null}
         * @param to the latest, exclusive, or {@code null}
         * @return this builder
         * @throws ValidationException if the range ends before it starts
         */
        public Builder changedBetween(Instant from, Instant to) {
            range("changedTo", from, to);
            changedFrom = from;
            changedTo = to;
            return this;
        }

        /**
         * Adds entering units to keep.
         *
         * @param codes unit codes, any case
         * @return this builder
         * @throws ValidationException if a code is blank or over 32 characters
         */
        public Builder enteringUnits(String... codes) {
            for (String code : Arrays.asList(codes)) {
                enteringUnits.add(unitCode(code));
            }
            return this;
        }

        /**
         * Builds the query.
         *
         * @return the query
         */
        public ObservationQuery build() {
            return new ObservationQuery(goods, hsCode, sources, states, countsOnly, priceFrom, priceTo, determinedFrom,
                    determinedTo, enteredFrom, enteredTo, changedFrom, changedTo, enteringUnits);
        }
    }
}
