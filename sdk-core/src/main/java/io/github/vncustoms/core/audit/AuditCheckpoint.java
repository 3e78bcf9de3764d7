package io.github.vncustoms.core.audit;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.internal.audit.Fields;
import io.github.vncustoms.core.internal.audit.Hex;
import io.github.vncustoms.core.internal.audit.Timestamps;
import java.time.Instant;
import java.util.Objects;

/**
 * A signed statement "the journal's entry {@code sequence} has hash {@code hash}", made at
 * {@code time} with the journal's Ed25519 key (STA-07).
 *
 * <p>Because each hash covers every entry before it, a valid checkpoint vouches for the whole
 * journal up to its sequence: a rewrite that recomputes the hashes no longer matches it, and entries
 * cut off the end of the journal are still announced by it. Sequence 0 with {@link
 * AuditEntry#GENESIS_HASH} is the checkpoint of an empty journal. The signature covers the label
 * {@code vncustoms-audit-checkpoint-v1}, the sequence, the 32 hash bytes and the time.
 *
 * <p>Immutable and thread-safe.
 *
 * @param sequence the sequence of the last entry covered, 0 or more
 * @param hash that entry's hash, 64 lower-case hex digits
 * @param time when the checkpoint was signed
 * @param signature the Ed25519 signature, 128 lower-case hex digits
 */
public record AuditCheckpoint(long sequence, String hash, Instant time, String signature) {
    /**
     * Checks the parts.
     *
     * @throws ValidationException if the sequence is negative or a hex value is malformed
     */
    public AuditCheckpoint {
        if (sequence < 0) {
            throw new ValidationException("sequence", "Checkpoint sequence " + sequence + " is negative: expected 0 or more");
        }
        Fields.sha256Hex("checkpoint hash", hash);
        Objects.requireNonNull(time, "time");
        if (time.isBefore(Timestamps.MIN) || time.isAfter(Timestamps.MAX)) {
            throw new ValidationException("time", "Checkpoint time " + time + " is out of range: expected years 0000 to 9999");
        }
        Objects.requireNonNull(signature, "signature");
        if (!Hex.isLowerHex(signature, 128)) {
            throw new ValidationException("signature", "Checkpoint signature is malformed: expected 128 lower-case hex digits of an Ed25519 signature");
        }
    }
}
