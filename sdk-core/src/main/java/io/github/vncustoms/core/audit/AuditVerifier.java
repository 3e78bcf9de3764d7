package io.github.vncustoms.core.audit;

import io.github.vncustoms.core.audit.spi.AuditStore;
import io.github.vncustoms.core.audit.spi.StoredEntry;
import io.github.vncustoms.core.internal.audit.ChainVerifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Checks a journal's hash chain and signed checkpoints and names the first entry that was
 * modified, deleted, inserted or reordered (STA-07, ACC-04). Needs only the public key, so an
 * auditor can verify a copy of the journal without being able to sign.
 *
 * <pre>{@code
 * VerificationReport report = AuditVerifier.create(publicKey).verify(store);
 * if (!report.ok()) {
 *     alert(report.problem(), report.sequence(), report.location(), report.explanation());
 * }
 * }</pre>
 *
 * <h2>What it can and cannot tell</h2>
 *
 * <ul>
 *   <li>A change to any field of any entry is found at that entry, as long as the hashes were not
 *       recomputed. A rewrite that recomputes the hash shows at the next entry (reported as the
 *       rewritten entry being {@link VerificationProblem#MODIFIED}); a rewrite that recomputes every
 *       hash to the end shows only against a checkpoint ({@link VerificationProblem#CHECKPOINT_MISMATCH}).
 *   <li>Deletion, insertion and reordering are told apart by sequence numbers and links: a gap is a
 *       deletion, a foreign or repeated record is an insertion, a genuine entry ahead of its place is a
 *       reordering. Moves further than 1,000
 *       records look like a deletion.
 *   <li>Entries cut off the end leave no gap: only a checkpoint beyond the new end reveals them
 *       ({@link VerificationProblem#TRUNCATED_TAIL}). If the checkpoints were cut too, pass the
 *       latest checkpoint kept elsewhere (sent to another system, printed in a report) to
 *       {@link #verify(AuditStore, AuditCheckpoint...)}.
 *   <li>Entries after the last checkpoint are not signed: someone who can write the store can
 *       append, replace or remove them consistently. Checkpoint often; the report's
 *       {@link VerificationReport#signedThrough()} says how far the signatures reach.
 *   <li>At the very end of the journal, an inserted entry and a rewritten one can look alike; the
 *       report then names the earlier of the two entries concerned.
 * </ul>
 *
 * <p>Immutable and thread-safe: each verification works on its own state.
 */
public final class AuditVerifier {
    private final byte[] publicKey;

    private AuditVerifier(JournalPublicKey publicKey) {
        this.publicKey = publicKey.encoded();
    }

    /**
     * Creates a verifier for a journal's public key.
     *
     * @param publicKey the key the journal signs checkpoints with
     * @return the verifier
     */
    public static AuditVerifier create(JournalPublicKey publicKey) {
        return new AuditVerifier(Objects.requireNonNull(publicKey, "publicKey"));
    }

    /**
     * Verifies everything a store holds, reading it once from start to end.
     *
     * @param store the store
     * @param trusted checkpoints kept outside the store (for example the latest one, sent to another
     *     system), checked like the stored ones
     * @return the report
     */
    public VerificationReport verify(AuditStore store, AuditCheckpoint... trusted) {
        Objects.requireNonNull(store, "store");
        List<AuditCheckpoint> checkpoints = new ArrayList<>(store.checkpoints());
        for (AuditCheckpoint t : Arrays.asList(trusted)) {
            if (!checkpoints.contains(Objects.requireNonNull(t, "trusted checkpoint"))) {
                checkpoints.add(t);
            }
        }
        try (Stream<StoredEntry> records = store.scan()) {
            return new ChainVerifier(publicKey).verify(records.iterator(), checkpoints);
        }
    }
}
