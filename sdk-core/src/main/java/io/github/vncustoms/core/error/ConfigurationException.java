package io.github.vncustoms.core.error;

/**
 * The SDK was configured inconsistently, or a bundled resource is missing or unreadable.
 *
 * <p>Immutable once thrown.
 */
public class ConfigurationException extends CustomsSdkException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was wrong and what was expected
     */
    public ConfigurationException(String message) {
        super(ErrorCode.CONFIGURATION, message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what was wrong and what was expected
     * @param cause the underlying cause, may be {@code null}
     */
    public ConfigurationException(String message, Throwable cause) {
        super(ErrorCode.CONFIGURATION, message, cause);
    }
}
