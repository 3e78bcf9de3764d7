package io.github.vncustoms.core.error;

import java.util.Objects;

/**
 * Root of every exception the SDK throws: unchecked, with a stable {@link ErrorCode}.
 *
 * <p>Catch this type to handle every SDK failure in one place; catch a subclass to handle one
 * family. Instances are immutable once thrown.
 */
public class CustomsSdkException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;

    /**
     * Creates an exception with a code and a message for people.
     *
     * @param code the stable code
     * @param message what was wrong and what was expected
     */
    public CustomsSdkException(ErrorCode code, String message) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
    }

    /**
     * Creates an exception with a code, a message and the underlying cause.
     *
     * @param code the stable code
     * @param message what was wrong and what was expected
     * @param cause the underlying cause, may be {@code null}
     */
    public CustomsSdkException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    /**
     * Returns the stable code of this failure.
     *
     * @return the code, never {@code null}
     */
    public ErrorCode code() {
        return code;
    }
}
