package io.github.vncustoms.core.audit;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.internal.audit.Fields;
import io.github.vncustoms.core.internal.audit.Timestamps;
import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the audit journal: an {@link AuditEvent} with its place in the journal, its time,
 * and the SHA-256 hashes that chain it to the entry before it (STA-07, ACC-04).
 *
 * <p>{@code hash} is SHA-256 over the entry's canonical serialisation (version label, sequence,
 * time, every event field length-prefixed in UTF-8, details in key order) followed by the 32 bytes of
 * {@code previousHash}; the first entry's previous hash is {@link #GENESIS_HASH}. Changing any field
 * of any entry therefore changes its hash, and breaks the link from the entry after it. The journal
 * computes the hashes; this record only checks their form, and {@link AuditVerifier} checks their
 * values.
 *
 * <p>Immutable and thread-safe.
 *
 * @param sequence the entry's number, 1 for the first entry of a journal, without gaps
 * @param timestamp when the journal recorded it, between years 0000 and 9999
 * @param event what happened
 * @param previousHash the hash of the entry before, or {@link #GENESIS_HASH}; 64 lower-case hex digits
 * @param hash this entry's hash, 64 lower-case hex digits
 */
public record AuditEntry(long sequence, Instant timestamp, AuditEvent event, String previousHash, String hash) {
    /** The previous hash of entry 1: sixty-four zeros. */
    public static final String GENESIS_HASH = "0".repeat(64);

    /**
     * Checks the parts.
     *
     * @throws ValidationException if the sequence is below 1, the time is outside years 0000–9999,
     *     or a hash is not 64 lower-case hex digits
     */
    public AuditEntry {
        if (sequence < 1) {
            throw new ValidationException("sequence", "Audit entry sequence " + sequence + " is below 1: expected 1 or more");
        }
        Objects.requireNonNull(timestamp, "timestamp");
        if (timestamp.isBefore(Timestamps.MIN) || timestamp.isAfter(Timestamps.MAX)) {
            throw new ValidationException("timestamp", "Audit entry time " + timestamp + " is out of range: expected years 0000 to 9999");
        }
        Objects.requireNonNull(event, "event");
        Fields.sha256Hex("previousHash", previousHash);
        Fields.sha256Hex("hash", hash);
    }

    /**
     * Returns the actor's account id, a shortcut for {@code event().actorId()}.
     *
     * @return the account id
     */
    public String actorId() {
        return event.actorId();
    }

    /**
     * Returns the unit the object belongs to, a shortcut for {@code event().objectUnit()}.
     *
     * @return the unit code
     */
    public String objectUnit() {
        return event.objectUnit();
    }

    /**
     * Returns how the action ended, a shortcut for {@code event().outcome()}.
     *
     * @return the outcome
     */
    public AuditOutcome outcome() {
        return event.outcome();
    }
}
