package io.github.vncustoms.core.text;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of {@link VietnameseText#check(String)}: the text checked and every problem found,
 * in order of position. Immutable.
 *
 * @param text the text checked
 * @param problems every problem, by index then kind; empty when the text is well formed
 */
public record TextReport(String text, List<TextProblem> problems) {
    /**
     * Validates and copies.
     *
     * @param text the text checked
     * @param problems every problem, by index then kind; empty when the text is well formed
     * @throws NullPointerException if a part is null
     */
    public TextReport {
        Objects.requireNonNull(text, "text");
        problems = List.copyOf(problems);
    }

    /**
     * Tells whether no problem was found: the text is well-formed Vietnamese Unicode per
     * TCVN 6909:2001 as far as the documented rules can tell.
     *
     * @return whether {@link #problems()} is empty
     */
    public boolean isWellFormed() {
        return problems.isEmpty();
    }

    /**
     * Returns the problems of one kind.
     *
     * @param kind the kind
     * @return those problems, in order of position
     * @throws NullPointerException if {@code kind} is null
     */
    public List<TextProblem> problemsOf(TextProblemKind kind) {
        Objects.requireNonNull(kind, "kind");
        return problems.stream().filter(p -> p.kind() == kind).toList();
    }
}
