package io.github.vncustoms.monitoring.transfer.spi;

import io.github.vncustoms.core.paging.Page;
import io.github.vncustoms.core.paging.PageRequest;
import io.github.vncustoms.monitoring.transfer.RecordedTransfer;
import io.github.vncustoms.monitoring.transfer.TransferEvent;
import io.github.vncustoms.monitoring.transfer.TransferQuery;
import io.github.vncustoms.monitoring.transfer.TransferScope;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where transfer events are kept. The SDK validates every event before it reaches the ledger; the
 * ledger only stores, numbers and finds. The embedded default is
 * {@link io.github.vncustoms.monitoring.transfer.InMemoryTransferLedger}; a deployment implements
 * this over its database.
 *
 * <p>Implementations must be thread-safe: {@link #append} is called from many threads at once and
 * must give each event exactly one sequence number, with no gaps and no event lost.
 */
public interface TransferLedger {
    /**
     * Stores an event and gives it the next sequence number.
     *
     * @param event the validated event
     * @param fromLevel the sender's level rank
     * @param toLevel the receiver's level rank
     * @param recordedAt when it is recorded
     * @return the stored record
     */
    RecordedTransfer append(TransferEvent event, int fromLevel, int toLevel, Instant recordedAt);

    /**
     * Returns one record by its sequence number.
     *
     * @param sequence the sequence number
     * @return the record, or empty
     */
    Optional<RecordedTransfer> get(long sequence);

    /**
     * Returns one page of the records that match a query and lie in a scope, ordered by
     * {@link TransferEvent#occurredAt()} then sequence.
     *
     * @param query the conditions
     * @param scope what the caller may see
     * @param page the slice wanted
     * @return the page, with the total number of matches
     */
    Page<RecordedTransfer> find(TransferQuery query, TransferScope scope, PageRequest page);

    /**
     * Passes every matching record in a scope to a consumer, in the order of {@link #find}, for
     * reports and reconciliation over a period.
     *
     * @param query the conditions
     * @param scope what may be seen
     * @param sink receives each record
     */
    void scan(TransferQuery query, TransferScope scope, Consumer<? super RecordedTransfer> sink);

    /**
     * Returns how many records the ledger holds.
     *
     * @return the count
     */
    long size();
}
