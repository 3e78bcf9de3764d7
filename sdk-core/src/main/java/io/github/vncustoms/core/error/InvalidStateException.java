package io.github.vncustoms.core.error;

/**
 * The request conflicts with the object's current state, e.g. activating a closed account or approving a price twice.
 *
 * <p>Immutable once thrown.
 */
public class InvalidStateException extends CustomsSdkException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was wrong and what was expected
     */
    public InvalidStateException(String message) {
        super(ErrorCode.INVALID_STATE, message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what was wrong and what was expected
     * @param cause the underlying cause, may be {@code null}
     */
    public InvalidStateException(String message, Throwable cause) {
        super(ErrorCode.INVALID_STATE, message, cause);
    }
}
