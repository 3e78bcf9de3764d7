package io.github.vncustoms.monitoring.transfer;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.monitoring.internal.Fields;
import java.time.Instant;

/**
 * One file received, with the Annex I receipt information (MON-T-03): the receiving unit, the start
 * and end of the receipt, the file name, its size and, when known, its checksum.
 *
 * <p>Immutable and thread-safe.
 *
 * @param runId the run the file was exported in
 * @param system the business system's code
 * @param fromUnit the unit that sent it
 * @param toUnit the receiving unit (đơn vị nhận dữ liệu)
 * @param fileName the received file name (tên file nhận)
 * @param size the received size in bytes (dung lượng file nhận)
 * @param checksum the checksum computed on receipt, or {@code ""} when unknown
 * @param startedAt when the receipt started (thời gian bắt đầu nhận)
 * @param endedAt when it ended (thời gian kết thúc nhận); not before the start
 */
public record FileReceived(String runId, String system, String fromUnit, String toUnit, String fileName, long size,
        String checksum, Instant startedAt, Instant endedAt) implements TransferEvent {

    /**
     * Validates and normalises.
     *
     * @throws ValidationException if a field is missing or malformed, the size negative, the units
     *     the same, or the end before the start
     */
    public FileReceived {
        runId = Fields.id(runId, "runId");
        system = Fields.system(system);
        fromUnit = Fields.unit(fromUnit, "fromUnit");
        toUnit = Fields.unit(toUnit, "toUnit");
        if (fromUnit.equals(toUnit)) {
            throw new ValidationException("toUnit", "File " + fileName + " is received at " + toUnit + " from itself: expected another sending unit");
        }
        fileName = Fields.fileName(fileName, "fileName");
        size = Fields.size(size, "size");
        checksum = Fields.checksum(checksum, "checksum");
        Fields.interval(startedAt, endedAt, "receipt");
    }

    @Override
    public TransferOperation operation() {
        return TransferOperation.RECEIVE;
    }

    @Override
    public Instant occurredAt() {
        return endedAt;
    }

    /**
     * Tells whether the receiver reported a checksum.
     *
     * @return {@code true} if {@link #checksum()} is not empty
     */
    public boolean hasChecksum() {
        return !checksum.isEmpty();
    }
}
