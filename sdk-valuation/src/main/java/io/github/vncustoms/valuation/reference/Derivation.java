package io.github.vncustoms.valuation.reference;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.money.Money;
import io.github.vncustoms.valuation.goods.UnitOfMeasure;
import java.util.List;
import java.util.Objects;

/**
 * What a reference-price rule gives: the figure and the trail that explains it (VAL-05..11): which
 * rule, which requirements, the steps with their figures, and the sources used with their approvals.
 * A person can check a derivation by hand from {@link #explain()}.
 *
 * <p>A derivation is a candidate for a proposal (VAL-11), never a customs value.
 *
 * <p>Immutable and thread-safe.
 *
 * @param rule the rule's name, e.g. {@code "internet offer price"}
 * @param requirements the requirement IDs it implements, e.g. {@code ["VAL-08"]}
 * @param value the figure
 * @param unit the unit the figure is per
 * @param steps the steps, in order
 * @param sources the observations used, with their approvals; may be empty for a figure typed in
 */
public record Derivation(String rule, List<String> requirements, Money value, UnitOfMeasure unit, List<DerivationStep> steps,
        List<SourceCitation> sources) {
    /**
     * Validates and copies the trail.
     *
     * @throws ValidationException if the rule is blank, no requirement or step is given, or the value is not positive
     */
    public Derivation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        requirements = List.copyOf(requirements);
        steps = List.copyOf(steps);
        sources = List.copyOf(sources);
        if (rule.isBlank() || requirements.isEmpty() || steps.isEmpty()) {
            throw new ValidationException("derivation", "A derivation needs its rule, requirement IDs and steps: got rule '"
                    + rule + "', " + requirements.size() + " requirement(s), " + steps.size() + " step(s)");
        }
        if (value.amount().signum() <= 0) {
            throw new ValidationException("value", "Rule " + rule + " derived " + value + ": expected a positive price");
        }
    }

    /**
     * Explains the derivation, one line per step, then the sources.
     *
     * @return a multi-line text
     */
    public String explain() {
        StringBuilder out = new StringBuilder().append(rule).append(" (").append(String.join(", ", requirements))
                .append("): ").append(value).append(" per ").append(unit).append('\n');
        int n = 1;
        for (DerivationStep step : steps) {
            out.append("  ").append(n++).append(". ").append(step.description()).append(" → ").append(step.result()).append('\n');
        }
        for (SourceCitation c : sources) {
            out.append("  source ").append(c.observationId()).append(" (").append(c.source()).append(", ")
                    .append(c.approval()).append(c.approvedBy().isEmpty() ? "" : " by " + c.approvedBy()).append(")\n");
        }
        return out.toString();
    }
}
