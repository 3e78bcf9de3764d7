package io.github.vncustoms.monitoring.transfer;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.monitoring.internal.Fields;
import java.time.Instant;

/**
 * A transfer event as the ledger keeps it: with the sequence number the ledger gave it, when it was
 * recorded, and the levels of its two units at that time, so that scope can be decided (and a
 * database can filter) without the unit directory.
 *
 * <p>Immutable and thread-safe.
 *
 * @param sequence the ledger's sequence number, from 1, unique and gap-free in one ledger
 * @param recordedAt when the ledger recorded the event
 * @param fromLevel the level rank of the sending unit (after mapping divisions to their office)
 * @param toLevel the level rank of the receiving unit
 * @param event the event
 */
public record RecordedTransfer(long sequence, Instant recordedAt, int fromLevel, int toLevel, TransferEvent event) {
    /**
     * Validates.
     *
     * @throws ValidationException if the sequence is below 1, a level outside 1–9, or a field missing
     */
    public RecordedTransfer {
        if (sequence < 1) {
            throw new ValidationException("sequence", "Sequence " + sequence + " is below 1: expected 1 or more");
        }
        Fields.instant(recordedAt, "recordedAt");
        if (fromLevel < 1 || fromLevel > 9 || toLevel < 1 || toLevel > 9) {
            throw new ValidationException("level", "Levels " + fromLevel + "→" + toLevel + " are out of range: expected ranks 1 to 9");
        }
        Fields.present(event, "event", "a transfer event");
    }

    /**
     * Returns the event's status.
     *
     * @return succeeded or failed
     */
    public TransferStatus status() {
        return TransferStatus.of(event);
    }
}
