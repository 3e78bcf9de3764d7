package io.github.vncustoms.core.error;

/**
 * The caller's account may not see or change the requested object (ACC-04, STA-08); the message names the scope that would have been needed.
 *
 * <p>Immutable once thrown.
 */
public class AccessDeniedException extends CustomsSdkException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was wrong and what was expected
     */
    public AccessDeniedException(String message) {
        super(ErrorCode.ACCESS_DENIED, message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what was wrong and what was expected
     * @param cause the underlying cause, may be {@code null}
     */
    public AccessDeniedException(String message, Throwable cause) {
        super(ErrorCode.ACCESS_DENIED, message, cause);
    }
}
