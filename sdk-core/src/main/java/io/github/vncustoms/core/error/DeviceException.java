package io.github.vncustoms.core.error;

/**
 * A device such as a camera or recorder answered with a fault, or its answer contradicts the standard it claims.
 *
 * <p>Immutable once thrown.
 */
public class DeviceException extends CustomsSdkException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was wrong and what was expected
     */
    public DeviceException(String message) {
        super(ErrorCode.DEVICE, message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what was wrong and what was expected
     * @param cause the underlying cause, may be {@code null}
     */
    public DeviceException(String message, Throwable cause) {
        super(ErrorCode.DEVICE, message, cause);
    }
}
