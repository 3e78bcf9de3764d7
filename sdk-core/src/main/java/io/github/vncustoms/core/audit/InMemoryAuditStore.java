package io.github.vncustoms.core.audit;

import io.github.vncustoms.core.access.UnitFilter;
import io.github.vncustoms.core.audit.spi.AuditStore;
import io.github.vncustoms.core.audit.spi.StoredEntry;
import io.github.vncustoms.core.error.InvalidStateException;
import io.github.vncustoms.core.internal.audit.QueryPager;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * An {@link AuditStore} in memory: the embedded default, for tests and examples, and for verifying
 * a journal exported from elsewhere ({@link #of(List, List)}). Nothing survives the process.
 *
 * <pre>{@code
 * AuditStore store = InMemoryAuditStore.create();
 * VerificationReport r = AuditVerifier.create(key).verify(InMemoryAuditStore.of(exported, checkpoints));
 * }</pre>
 *
 * <p>Thread-safe: appends, queries and scans may run concurrently; a scan or query sees the entries
 * stored when it began.
 */
public final class InMemoryAuditStore implements AuditStore {
    private final List<AuditEntry> entries = new ArrayList<>();
    private final List<AuditCheckpoint> checkpoints = new ArrayList<>();
    private boolean closed;

    private InMemoryAuditStore() {}

    /**
     * Creates an empty store.
     *
     * @return the store
     */
    public static InMemoryAuditStore create() {
        return new InMemoryAuditStore();
    }

    /**
     * Creates a store holding entries and checkpoints exactly as given, in that order, without any
     * check: to verify a journal read from elsewhere, or a damaged one.
     *
     * @param entries the entries in storage order
     * @param checkpoints the checkpoints
     * @return the store
     */
    public static InMemoryAuditStore of(List<AuditEntry> entries, List<AuditCheckpoint> checkpoints) {
        InMemoryAuditStore store = new InMemoryAuditStore();
        store.entries.addAll(List.copyOf(entries));
        store.checkpoints.addAll(List.copyOf(checkpoints));
        return store;
    }

    /**
     * Returns every stored entry in storage order.
     *
     * @return an unmodifiable snapshot
     */
    public synchronized List<AuditEntry> entries() {
        return List.copyOf(entries);
    }

    @Override
    public synchronized Optional<AuditEntry> last() {
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(entries.size() - 1));
    }

    @Override
    public synchronized void append(AuditEntry entry) {
        Objects.requireNonNull(entry, "entry");
        requireOpen();
        long expected = entries.isEmpty() ? 1 : entries.get(entries.size() - 1).sequence() + 1;
        if (entry.sequence() != expected) {
            throw new InvalidStateException("Audit entry " + entry.sequence() + " cannot follow the stored journal: expected sequence " + expected);
        }
        entries.add(entry);
    }

    @Override
    public synchronized void appendCheckpoint(AuditCheckpoint checkpoint) {
        Objects.requireNonNull(checkpoint, "checkpoint");
        requireOpen();
        checkpoints.add(checkpoint);
    }

    @Override
    public synchronized List<AuditCheckpoint> checkpoints() {
        return List.copyOf(checkpoints);
    }

    @Override
    public Stream<StoredEntry> scan() {
        List<AuditEntry> snapshot = entries();
        return IntStream.range(0, snapshot.size()).mapToObj(i -> StoredEntry.of(i, "memory", i + 1L, snapshot.get(i)));
    }

    @Override
    public AuditPage query(UnitFilter visibleUnits, AuditQuery query) {
        Objects.requireNonNull(visibleUnits, "visibleUnits");
        Objects.requireNonNull(query, "query");
        List<AuditEntry> snapshot;
        synchronized (this) {
            // Entries are stored in sequence order, so the cursor is a binary search away.
            int from = firstAfter(query.afterSequence());
            snapshot = List.copyOf(entries.subList(from, entries.size()));
        }
        return QueryPager.page(snapshot.iterator(), visibleUnits, query);
    }

    private int firstAfter(long sequence) {
        int lo = 0;
        int hi = entries.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (entries.get(mid).sequence() <= sequence) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Override
    public synchronized void sync() {
        requireOpen();
    }

    private void requireOpen() {
        if (closed) {
            throw new InvalidStateException("The in-memory audit store is closed: expected an open store");
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
    }

    @Override
    public synchronized String toString() {
        return "InMemoryAuditStore[" + entries.size() + " entries, " + checkpoints.size() + " checkpoints]";
    }
}
