package io.github.vncustoms.monitoring.transfer;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.paging.Page;
import io.github.vncustoms.core.paging.PageRequest;
import io.github.vncustoms.monitoring.internal.Fields;
import io.github.vncustoms.monitoring.transfer.spi.TransferLedger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The embedded {@link TransferLedger}: keeps every record in memory, numbered from 1 in the order
 * the appends claim their numbers (MON-T-01, MON-T-06).
 *
 * <pre>{@code
 * TransferLedger ledger = new InMemoryTransferLedger();
 * TransferMonitor monitor = TransferMonitor.builder(directory, policy).ledger(ledger).build();
 * }</pre>
 *
 * <p>Appends take no lock: an atomic counter hands out the sequence numbers and two concurrent maps
 * hold the records, one by sequence number and one in the order of
 * {@link TransferEvent#occurredAt()} then sequence. Arguments are checked before a number is taken,
 * so a refused append never leaves a gap. Look-ups are weakly consistent: a {@link #find} or
 * {@link #scan} that runs while other threads append sees each record appended before it started,
 * and may or may not see the ones appended meanwhile. Memory grows with every record; a
 * deployment that keeps a day of national traffic uses a database instead.
 *
 * <p>Thread-safe.
 */
public final class InMemoryTransferLedger implements TransferLedger {
    private final AtomicLong lastSequence = new AtomicLong();
    private final ConcurrentHashMap<Long, RecordedTransfer> bySequence = new ConcurrentHashMap<>();
    private final ConcurrentSkipListMap<Position, RecordedTransfer> byTime = new ConcurrentSkipListMap<>();

    /** Creates an empty ledger. */
    public InMemoryTransferLedger() {
    }

    /**
     * Stores an event and gives it the next sequence number.
     *
     * @param event the validated event
     * @param fromLevel the sender's level rank, 1 to 9
     * @param toLevel the receiver's level rank, 1 to 9
     * @param recordedAt when it is recorded
     * @return the stored record
     * @throws ValidationException if the event or the instant is missing or a level is out of range;
     *     no sequence number is used up then
     */
    @Override
    public RecordedTransfer append(TransferEvent event, int fromLevel, int toLevel, Instant recordedAt) {
        Fields.present(event, "event", "a transfer event");
        Fields.instant(recordedAt, "recordedAt");
        if (fromLevel < 1 || fromLevel > 9 || toLevel < 1 || toLevel > 9) {
            throw new ValidationException("level", "Levels " + fromLevel + "→" + toLevel
                    + " are out of range: expected ranks 1 to 9");
        }
        RecordedTransfer recorded = new RecordedTransfer(lastSequence.incrementAndGet(), recordedAt, fromLevel, toLevel, event);
        byTime.put(new Position(event.occurredAt(), recorded.sequence()), recorded);
        bySequence.put(recorded.sequence(), recorded);
        return recorded;
    }

    /**
     * Returns one record by its sequence number.
     *
     * @param sequence the sequence number
     * @return the record, or empty if none has that number
     */
    @Override
    public Optional<RecordedTransfer> get(long sequence) {
        return Optional.ofNullable(bySequence.get(sequence));
    }

    /**
     * Returns one page of the records that match a query and lie in a scope, ordered by
     * {@link TransferEvent#occurredAt()} then sequence; a time range in the query narrows the walk.
     *
     * @param query the conditions
     * @param scope what the caller may see
     * @param page the slice wanted
     * @return the page, with the total number of matches
     * @throws NullPointerException if an argument is {@code null}
     */
    @Override
    public Page<RecordedTransfer> find(TransferQuery query, TransferScope scope, PageRequest page) {
        Objects.requireNonNull(page, "page");
        List<RecordedTransfer> items = new ArrayList<>();
        long end = (long) page.offset() + page.limit();
        long total = 0;
        for (RecordedTransfer r : range(query, scope).values()) {
            if (query.matches(r) && scope.test(r)) {
                if (total >= page.offset() && total < end) {
                    items.add(r);
                }
                total++;
            }
        }
        return new Page<>(items, page, total);
    }

    /**
     * Passes every matching record in a scope to a consumer, in the order of {@link #find}.
     *
     * @param query the conditions
     * @param scope what may be seen
     * @param sink receives each record, on the calling thread
     * @throws NullPointerException if an argument is {@code null}
     */
    @Override
    public void scan(TransferQuery query, TransferScope scope, Consumer<? super RecordedTransfer> sink) {
        Objects.requireNonNull(sink, "sink");
        for (RecordedTransfer r : range(query, scope).values()) {
            if (query.matches(r) && scope.test(r)) {
                sink.accept(r);
            }
        }
    }

    /**
     * Returns how many records the ledger holds.
     *
     * @return the count
     */
    @Override
    public long size() {
        return bySequence.mappingCount();
    }

    @Override
    public String toString() {
        return "InMemoryTransferLedger[" + size() + " records]";
    }

    private ConcurrentNavigableMap<Position, RecordedTransfer> range(TransferQuery query, TransferScope scope) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(scope, "scope");
        // Sequence 0 is below every real record, so (from, 0) includes all of instant `from` and
        // (to, 0) excludes all of instant `to`.
        if (query.from() != null && query.to() != null) {
            return byTime.subMap(new Position(query.from(), 0), true, new Position(query.to(), 0), false);
        } else if (query.from() != null) {
            return byTime.tailMap(new Position(query.from(), 0), true);
        } else if (query.to() != null) {
            return byTime.headMap(new Position(query.to(), 0), false);
        }
        return byTime;
    }

    /**
     * Where a record sits in time order: occurrence, then sequence. Primitive fields, compared
     * directly: every insert makes about log2(n) of these comparisons.
     */
    private record Position(long second, int nano, long sequence) implements Comparable<Position> {
        Position(Instant at, long sequence) {
            this(at.getEpochSecond(), at.getNano(), sequence);
        }

        @Override
        public int compareTo(Position other) {
            int c = Long.compare(second, other.second);
            if (c == 0) {
                c = Integer.compare(nano, other.nano);
            }
            return c != 0 ? c : Long.compare(sequence, other.sequence);
        }
    }
}
