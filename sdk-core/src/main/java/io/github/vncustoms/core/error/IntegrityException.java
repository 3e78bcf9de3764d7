package io.github.vncustoms.core.error;

/**
 * Stored data failed an integrity check, e.g. an audit journal entry was modified, deleted, inserted or reordered.
 *
 * <p>Immutable once thrown.
 */
public class IntegrityException extends CustomsSdkException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was wrong and what was expected
     */
    public IntegrityException(String message) {
        super(ErrorCode.INTEGRITY, message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what was wrong and what was expected
     * @param cause the underlying cause, may be {@code null}
     */
    public IntegrityException(String message, Throwable cause) {
        super(ErrorCode.INTEGRITY, message, cause);
    }
}
