package io.github.vncustoms.monitoring.transfer;

/**
 * Whether a recorded operation succeeded, for history look-ups by status (MON-T-06).
 *
 * <p>Immutable.
 */
public enum TransferStatus {
    /** The operation completed. */
    SUCCEEDED,
    /** The operation reported an error (an update error, MON-T-03). */
    FAILED;

    /**
     * Returns the status of an event.
     *
     * @param event the event
     * @return {@link #FAILED} if the event reports an error
     */
    public static TransferStatus of(TransferEvent event) {
        return event.failed() ? FAILED : SUCCEEDED;
    }
}
