package io.github.vncustoms.core.error;

import java.util.List;
import java.util.Objects;

/**
 * An input was malformed or out of range: says which field, what was wrong and what was expected.
 *
 * <p>Thrown by every {@code parse} method, record constructor and loader of the SDK. Where several
 * problems were found at once (bean validation, a data file), {@link #problems()} lists them all.
 * Immutable.
 */
public class ValidationException extends CustomsSdkException {
    private static final long serialVersionUID = 1L;

    /** The field or input that was wrong; empty when the input as a whole was wrong. */
    private final String field;
    /** Each problem found, one sentence each; holds at least the message. */
    private final List<String> problems;

    /**
     * Creates an exception about one field.
     *
     * @param field the field or input name, e.g. {@code "taxCode"}
     * @param message what was wrong and what was expected
     */
    public ValidationException(String field, String message) {
        this(field, message, List.of(message), null);
    }

    /**
     * Creates an exception about one field, with the cause that revealed the problem.
     *
     * @param field the field or input name
     * @param message what was wrong and what was expected
     * @param cause the underlying cause
     */
    public ValidationException(String field, String message, Throwable cause) {
        this(field, message, List.of(message), cause);
    }

    /**
     * Creates an exception that reports several problems at once.
     *
     * @param field the input as a whole, e.g. {@code "unit directory"}
     * @param message a summary
     * @param problems every problem found, one sentence each
     * @param cause the underlying cause, may be {@code null}
     */
    public ValidationException(String field, String message, List<String> problems, Throwable cause) {
        super(ErrorCode.INVALID_ARGUMENT, message, cause);
        this.field = Objects.requireNonNull(field, "field");
        this.problems = List.copyOf(problems);
    }

    /**
     * Returns the field or input that was wrong.
     *
     * @return the field name, never {@code null}
     */
    public String field() {
        return field;
    }

    /**
     * Returns every problem found, one sentence each.
     *
     * @return an unmodifiable list, never empty
     */
    public List<String> problems() {
        return problems;
    }
}
