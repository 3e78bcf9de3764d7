package io.github.vncustoms.monitoring.transfer;

import java.time.Instant;

/**
 * One monitored operation of a transfer, reported as it happens (MON-T-01): an {@link ExportRun},
 * a {@link FileTransmitted}, a {@link FileReceived} or a {@link FileApplied}.
 *
 * <p>Every event names its business system, its run and the two ends of the flow: the unit that
 * exports and sends ({@link #fromUnit()}) and the unit that receives and applies
 * ({@link #toUnit()}). Together {@code (system, fromUnit, runId)} identify the run, and with the
 * file name they identify a file across its four operations.
 *
 * <p>Implementations are immutable records that validate their own fields; whether the flow exists
 * and the units are known is checked against a {@link TransferMatrix} and a unit directory when the
 * event is recorded.
 */
public sealed interface TransferEvent permits ExportRun, FileTransmitted, FileReceived, FileApplied {
    /**
     * Returns the run's identifier, unique per system and exporting unit.
     *
     * @return the run id
     */
    String runId();

    /**
     * Returns the business system's code, e.g. {@code SLXNK}.
     *
     * @return the code, upper case
     */
    String system();

    /**
     * Returns the unit that exports and sends the data.
     *
     * @return a unit code
     */
    String fromUnit();

    /**
     * Returns the unit that receives and applies the data.
     *
     * @return a unit code
     */
    String toUnit();

    /**
     * Returns which of the four operations this is.
     *
     * @return the operation
     */
    TransferOperation operation();

    /**
     * Returns when the operation finished (the export time, or the end of a transmission, receipt or
     * update).
     *
     * @return the instant
     */
    Instant occurredAt();

    /**
     * Returns the unit where the operation happened: the sender for export and transmission, the
     * receiver for receipt and update. Access scopes are decided on this unit (MON-T-05).
     *
     * @return a unit code
     */
    default String unitCode() {
        return operation().atSender() ? fromUnit() : toUnit();
    }

    /**
     * Tells whether the operation failed (an update error, MON-T-03).
     *
     * @return {@code true} for an update that reported an error
     */
    default boolean failed() {
        return false;
    }
}
