package io.github.vncustoms.core.internal.audit;

import io.github.vncustoms.core.audit.AuditEntry;
import io.github.vncustoms.core.audit.AuditEvent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Map;

/**
 * Computes entry hashes: SHA-256 over the canonical serialisation of an entry followed by the 32
 * bytes of the previous hash.
 *
 * <p>The canonical serialisation (version 1) is: the ASCII label {@code vncustoms-audit-entry-v1};
 * the sequence as a big-endian 64-bit integer; the time as big-endian 64-bit epoch seconds and 32-bit
 * nanoseconds; actor id, actor unit, action, object type, object id, object unit, origin and the
 * outcome's name, each as a big-endian 32-bit byte length followed by the UTF-8 bytes; the number of
 * details as a big-endian 32-bit integer, then each key and value, length-prefixed the same way, in
 * key order. Every field has a fixed place and an explicit length, so no two different entries
 * serialise alike. A store's format (JSON, SQL columns) does not enter the hash.
 *
 * <p>Not thread-safe: it reuses one digest and one buffer; each journal and each verification has
 * its own.
 */
public final class EntryHasher {
    private static final byte[] LABEL = "vncustoms-audit-entry-v1".getBytes(StandardCharsets.US_ASCII);

    private final MessageDigest sha256;
    private final ByteSink sink = new ByteSink(1024);
    private final byte[] previous = new byte[32];
    private final byte[] digest = new byte[32];

    /** Creates a hasher. */
    public EntryHasher() {
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /**
     * Hashes an entry's content and previous hash. The returned array is reused by the next call.
     *
     * @param sequence the sequence
     * @param timestamp the time
     * @param event the event
     * @param previousHash the previous hash, 64 hex digits
     * @return the 32-byte hash, valid until the next call
     */
    public byte[] hash(long sequence, Instant timestamp, AuditEvent event, String previousHash) {
        sink.reset();
        sink.put(LABEL);
        sink.int64(sequence);
        sink.int64(timestamp.getEpochSecond());
        sink.int32(timestamp.getNano());
        sink.lengthPrefixedUtf8(event.actorId());
        sink.lengthPrefixedUtf8(event.actorUnit());
        sink.lengthPrefixedUtf8(event.action());
        sink.lengthPrefixedUtf8(event.objectType());
        sink.lengthPrefixedUtf8(event.objectId());
        sink.lengthPrefixedUtf8(event.objectUnit());
        sink.lengthPrefixedUtf8(event.origin());
        sink.lengthPrefixedUtf8(event.outcome().name());
        Map<String, String> details = event.details();
        sink.int32(details.size());
        for (Map.Entry<String, String> d : details.entrySet()) {
            sink.lengthPrefixedUtf8(d.getKey());
            sink.lengthPrefixedUtf8(d.getValue());
        }
        Hex.decode32(previousHash, previous);
        sha256.update(sink.array(), 0, sink.size());
        sha256.update(previous);
        try {
            sha256.digest(digest, 0, 32);
        } catch (java.security.DigestException e) {
            throw new IllegalStateException("SHA-256 digest of 32 bytes", e);
        }
        return digest;
    }

    /**
     * Hashes and returns the hash as hex.
     *
     * @param sequence the sequence
     * @param timestamp the time
     * @param event the event
     * @param previousHash the previous hash
     * @return 64 lower-case hex digits
     */
    public String hashHex(long sequence, Instant timestamp, AuditEvent event, String previousHash) {
        return Hex.encode(hash(sequence, timestamp, event, previousHash));
    }

    /**
     * Tells whether an entry's stored hash is the hash of its content and previous hash.
     *
     * @param entry the entry
     * @return {@code true} if intact
     */
    public boolean isIntact(AuditEntry entry) {
        return Hex.matches(hash(entry.sequence(), entry.timestamp(), entry.event(), entry.previousHash()), entry.hash());
    }
}
