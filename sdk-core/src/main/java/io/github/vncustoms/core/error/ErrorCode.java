package io.github.vncustoms.core.error;

/**
 * Stable, machine-readable codes for every failure the SDK raises.
 *
 * <p>The names and {@link #id()} values never change once released, so programs can switch on them
 * and persist them; the exception message is for people and may be reworded. Immutable.
 */
public enum ErrorCode {
    /** An argument or input document is malformed or outside its allowed range. */
    INVALID_ARGUMENT("VNC-400"),
    /** The caller's account may not see or change the object (ACC-04). */
    ACCESS_DENIED("VNC-403"),
    /** The object named by a code or identifier does not exist. */
    NOT_FOUND("VNC-404"),
    /** The request conflicts with the object's current state, e.g. a forbidden state transition. */
    INVALID_STATE("VNC-409"),
    /** A remote service could not be reached or answered wrongly. */
    TRANSPORT("VNC-502"),
    /** A device (camera, recorder) answered with a fault or not as its standard requires. */
    DEVICE("VNC-503"),
    /** Stored data failed an integrity check, e.g. a tampered audit journal. */
    INTEGRITY("VNC-520"),
    /** The SDK was configured inconsistently, or a bundled resource is missing or unreadable. */
    CONFIGURATION("VNC-500");

    private final String id;

    ErrorCode(String id) {
        this.id = id;
    }

    /**
     * Returns the stable textual identifier, e.g. {@code VNC-400}.
     *
     * @return the identifier, never {@code null}
     */
    public String id() {
        return id;
    }
}
