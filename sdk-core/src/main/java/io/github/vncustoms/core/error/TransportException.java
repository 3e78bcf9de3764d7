package io.github.vncustoms.core.error;

import java.util.OptionalInt;

/**
 * A remote service could not be reached, timed out, or answered with something other than what its protocol promises.
 *
 * <p>Besides the message and cause, it says whether {@linkplain #retryable() a later retry could
 * help} (a timeout, a reset connection, a 503 could pass; an untrusted certificate, an oversized
 * answer or malformed JSON will not), the {@linkplain #statusCode() HTTP status} when the server
 * answered at all, and how many {@linkplain #attempts() attempts} were made.
 *
 * <p>Immutable once thrown.
 */
public class TransportException extends CustomsSdkException {
    private static final long serialVersionUID = 1L;

    /** Whether the failure is of a transient kind. */
    private final boolean retryable;
    /** The HTTP status of the last answer, or 0 when there was none. */
    private final int statusCode;
    /** The number of attempts made, or 0 when the thrower did not count them. */
    private final int attempts;

    /**
     * Creates the exception: not retryable, without status, attempts not counted.
     *
     * @param message what was wrong and what was expected
     */
    public TransportException(String message) {
        super(ErrorCode.TRANSPORT, message);
        this.retryable = false;
        this.statusCode = 0;
        this.attempts = 0;
    }

    /**
     * Creates the exception with its cause: not retryable, without status, attempts not counted.
     *
     * @param message what was wrong and what was expected
     * @param cause the underlying cause, may be {@code null}
     */
    public TransportException(String message, Throwable cause) {
        super(ErrorCode.TRANSPORT, message, cause);
        this.retryable = false;
        this.statusCode = 0;
        this.attempts = 0;
    }

    /**
     * Creates the exception for a failure where no HTTP status was received.
     *
     * @param message what was wrong and what was expected
     * @param cause the underlying cause, may be {@code null}
     * @param retryable whether a later retry of the same request could succeed
     * @param attempts the number of attempts made, or 0 when they were not counted
     * @throws ValidationException if {@code attempts} is negative
     */
    public TransportException(String message, Throwable cause, boolean retryable, int attempts) {
        super(ErrorCode.TRANSPORT, message, cause);
        this.retryable = retryable;
        this.statusCode = 0;
        this.attempts = requireCount(attempts);
    }

    /**
     * Creates the exception for a failure after the server answered with an HTTP status.
     *
     * @param message what was wrong and what was expected
     * @param cause the underlying cause, may be {@code null}
     * @param retryable whether a later retry of the same request could succeed
     * @param statusCode the HTTP status of the last answer, 100 to 599
     * @param attempts the number of attempts made, or 0 when they were not counted
     * @throws ValidationException if {@code statusCode} is outside 100 to 599 or
     *     {@code attempts} is negative
     */
    public TransportException(String message, Throwable cause, boolean retryable, int statusCode, int attempts) {
        super(ErrorCode.TRANSPORT, message, cause);
        this.retryable = retryable;
        this.statusCode = requireStatus(statusCode);
        this.attempts = requireCount(attempts);
    }

    private static int requireStatus(int statusCode) {
        if (statusCode < 100 || statusCode > 599) {
            throw new ValidationException("statusCode", "HTTP status " + statusCode + " is outside 100 to 599");
        }
        return statusCode;
    }

    private static int requireCount(int attempts) {
        if (attempts < 0) {
            throw new ValidationException("attempts", "Attempts " + attempts + " is negative: expected the number of"
                    + " attempts made, or 0 when they were not counted");
        }
        return attempts;
    }

    /**
     * Says whether the failure is of a transient kind, so that repeating the same request later
     * could succeed: timeouts, refused or reset connections, and the statuses 429, 502, 503 and 504.
     * Whether repeating is <em>safe</em> (a {@code POST} may already have taken effect) is the
     * caller's decision.
     *
     * @return {@code true} if a retry could help
     */
    public boolean retryable() {
        return retryable;
    }

    /**
     * Returns the HTTP status of the last answer, when the server answered at all.
     *
     * @return the status, or empty when no answer was received
     */
    public OptionalInt statusCode() {
        return statusCode == 0 ? OptionalInt.empty() : OptionalInt.of(statusCode);
    }

    /**
     * Returns the number of attempts made before giving up.
     *
     * @return the attempts, or 0 when the thrower did not count them
     */
    public int attempts() {
        return attempts;
    }
}
