package io.github.vncustoms.valuation.screening;

import io.github.vncustoms.core.error.ValidationException;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How many lines of a batch came to each outcome: consistent, below the reference, and not matched
 * by reason. Counts only; like the outcomes it holds no amount (VAL-12).
 *
 * <pre>{@code
 * List<ScreeningOutcome> outcomes = screener.screenAll(lines);
 * ScreeningSummary summary = ScreeningSummary.of(outcomes);
 * summary.count(OutcomeKind.BELOW_REFERENCE);   // lines to raise a doubt about
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param consistent the number of {@link Consistent} outcomes
 * @param belowReference the number of {@link BelowReference} outcomes
 * @param noMatches the number of {@link NoMatch} outcomes per reason; every reason is present
 */
public record ScreeningSummary(long consistent, long belowReference, Map<NoMatchReason, Long> noMatches) {
    /**
     * Validates the counts and copies the map, adding absent reasons with 0.
     *
     * @throws NullPointerException if the map or a count in it is {@code null}
     * @throws ValidationException if a count is negative
     */
    public ScreeningSummary {
        Objects.requireNonNull(noMatches, "noMatches");
        requireCount("consistent", consistent);
        requireCount("belowReference", belowReference);
        EnumMap<NoMatchReason, Long> copy = new EnumMap<>(NoMatchReason.class);
        for (NoMatchReason reason : NoMatchReason.values()) {
            Long count = noMatches.getOrDefault(reason, 0L);
            requireCount("noMatches." + reason, Objects.requireNonNull(count, reason.name()));
            copy.put(reason, count);
        }
        noMatches = Collections.unmodifiableMap(copy);
    }

    /**
     * Counts outcomes.
     *
     * @param outcomes the outcomes of a batch
     * @return the counts
     * @throws NullPointerException if the collection or an outcome is {@code null}
     */
    public static ScreeningSummary of(Collection<? extends ScreeningOutcome> outcomes) {
        long consistent = 0;
        long below = 0;
        long[] noMatch = new long[NoMatchReason.values().length];
        for (ScreeningOutcome outcome : Objects.requireNonNull(outcomes, "outcomes")) {
            switch (Objects.requireNonNull(outcome, "outcome").kind()) {
                case CONSISTENT -> consistent++;
                case BELOW_REFERENCE -> below++;
                case NO_MATCH -> noMatch[((NoMatch) outcome).reason().ordinal()]++;
                default -> throw new IllegalStateException("unknown outcome kind " + outcome.kind());
            }
        }
        EnumMap<NoMatchReason, Long> byReason = new EnumMap<>(NoMatchReason.class);
        for (NoMatchReason reason : NoMatchReason.values()) {
            byReason.put(reason, noMatch[reason.ordinal()]);
        }
        return new ScreeningSummary(consistent, below, byReason);
    }

    /**
     * Returns the number of lines not compared, whatever the reason.
     *
     * @return the sum of {@link #noMatches()}
     */
    public long noMatch() {
        long sum = 0;
        for (long count : noMatches.values()) {
            sum += count;
        }
        return sum;
    }

    /**
     * Returns the number of outcomes of a kind.
     *
     * @param kind the kind
     * @return the count
     */
    public long count(OutcomeKind kind) {
        return switch (Objects.requireNonNull(kind, "kind")) {
            case CONSISTENT -> consistent;
            case BELOW_REFERENCE -> belowReference;
            case NO_MATCH -> noMatch();
        };
    }

    /**
     * Returns the number of lines not compared for a reason.
     *
     * @param reason the reason
     * @return the count
     */
    public long count(NoMatchReason reason) {
        return noMatches.get(Objects.requireNonNull(reason, "reason"));
    }

    /**
     * Returns the number of lines screened.
     *
     * @return consistent + below + not matched
     */
    public long total() {
        return consistent + belowReference + noMatch();
    }

    private static void requireCount(String field, long count) {
        if (count < 0) {
            throw new ValidationException(field, "Count " + field + " is " + count + ": expected 0 or more");
        }
    }
}
