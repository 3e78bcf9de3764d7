package io.github.vncustoms.core.audit.spi;

import io.github.vncustoms.core.access.UnitFilter;
import io.github.vncustoms.core.audit.AuditCheckpoint;
import io.github.vncustoms.core.audit.AuditEntry;
import io.github.vncustoms.core.audit.AuditPage;
import io.github.vncustoms.core.audit.AuditQuery;
import io.github.vncustoms.core.error.InvalidStateException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where an {@link io.github.vncustoms.core.audit.AuditJournal} keeps its entries and checkpoints
 * (STA-07). The SDK ships {@link io.github.vncustoms.core.audit.InMemoryAuditStore} and
 * {@link io.github.vncustoms.core.audit.JsonLinesAuditStore}; a database store implements the same
 * contract:
 *
 * <ul>
 *   <li>storage is append-only: entries arrive from one journal, in sequence order, and are never
 *       changed by the store;
 *   <li>{@link #scan()} returns what is stored as it is stored, including records that cannot be
 *       read, so that the verifier sees tampering rather than a store's repair of it;
 *   <li>{@link #query(UnitFilter, AuditQuery)} receives the caller's visible units, so a database
 *       can answer with {@code WHERE object_unit IN (...) AND ... ORDER BY sequence} and never load
 *       rows the caller may not see;
 *   <li>a checkpoint is stored only once the entries it covers are durable.
 * </ul>
 *
 * <p>Implementations must be thread-safe: one thread appends while others query and scan.
 */
public interface AuditStore extends AutoCloseable {
    /**
     * Returns the last entry stored, from which the journal continues the chain.
     *
     * @return the last entry, or empty for an empty store
     */
    Optional<AuditEntry> last();

    /**
     * Appends the next entry, durable as the store's flush policy says.
     *
     * @param entry the entry; its sequence is one more than the last stored
     * @throws InvalidStateException if the sequence does not follow the last one, or the store is closed
     */
    void append(AuditEntry entry);

    /**
     * Makes every appended entry durable, then stores the checkpoint durably.
     *
     * @param checkpoint a signed checkpoint for an appended entry
     * @throws InvalidStateException if the store is closed
     */
    void appendCheckpoint(AuditCheckpoint checkpoint);

    /**
     * Returns the stored checkpoints in the order stored.
     *
     * @return an unmodifiable list
     */
    List<AuditCheckpoint> checkpoints();

    /**
     * Reads every stored record in storage order, for verification: a snapshot of what was stored
     * when the call was made. The caller closes the stream.
     *
     * @return the records, unreadable ones included
     */
    Stream<StoredEntry> scan();

    /**
     * Returns one page of the entries that match the query and belong to a visible unit, in sequence
     * order. Never returns an entry whose object unit the filter rejects.
     *
     * @param visibleUnits the units the caller may see
     * @param query the criteria and paging
     * @return the page
     */
    AuditPage query(UnitFilter visibleUnits, AuditQuery query);

    /**
     * Makes every appended entry durable now, whatever the flush policy.
     *
     * @throws InvalidStateException if the store is closed
     */
    void sync();

    /** Makes everything durable and releases the store's resources; later appends fail. Idempotent. */
    @Override
    void close();
}
