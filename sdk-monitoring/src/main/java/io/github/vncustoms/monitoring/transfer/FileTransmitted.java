package io.github.vncustoms.monitoring.transfer;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.monitoring.internal.Fields;
import java.time.Instant;

/**
 * One file transmitted by the sending unit (MON-T-01).
 *
 * <p>Immutable and thread-safe.
 *
 * @param runId the run the file was exported in
 * @param system the business system's code
 * @param fromUnit the sending unit
 * @param toUnit the unit it is sent to
 * @param fileName the file name, as exported
 * @param size the size sent, in bytes
 * @param startedAt when the transmission started
 * @param endedAt when it ended; not before the start
 */
public record FileTransmitted(String runId, String system, String fromUnit, String toUnit, String fileName, long size,
        Instant startedAt, Instant endedAt) implements TransferEvent {

    /**
     * Validates and normalises.
     *
     * @throws ValidationException if a field is missing or malformed, the size negative, the units
     *     the same, or the end before the start
     */
    public FileTransmitted {
        runId = Fields.id(runId, "runId");
        system = Fields.system(system);
        fromUnit = Fields.unit(fromUnit, "fromUnit");
        toUnit = Fields.unit(toUnit, "toUnit");
        if (fromUnit.equals(toUnit)) {
            throw new ValidationException("toUnit", "File " + fileName + " is sent from " + fromUnit + " to itself: expected another unit");
        }
        fileName = Fields.fileName(fileName, "fileName");
        size = Fields.size(size, "size");
        Fields.interval(startedAt, endedAt, "transmission");
    }

    @Override
    public TransferOperation operation() {
        return TransferOperation.TRANSMIT;
    }

    @Override
    public Instant occurredAt() {
        return endedAt;
    }
}
