package io.github.vncustoms.core.error;

/**
 * A remote service could not be reached, timed out, or answered with something other than what its protocol promises.
 *
 * <p>Immutable once thrown.
 */
public class TransportException extends CustomsSdkException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was wrong and what was expected
     */
    public TransportException(String message) {
        super(ErrorCode.TRANSPORT, message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what was wrong and what was expected
     * @param cause the underlying cause, may be {@code null}
     */
    public TransportException(String message, Throwable cause) {
        super(ErrorCode.TRANSPORT, message, cause);
    }
}
