package io.github.vncustoms.core.audit;

import java.util.List;
import java.util.Objects;

/**
 * One page of query results, in sequence order.
 *
 * <p>Immutable and thread-safe.
 *
 * @param entries the entries, at most the query's limit
 * @param hasMore whether more matching entries follow this page
 */
public record AuditPage(List<AuditEntry> entries, boolean hasMore) {
    /** Copies the entries. */
    public AuditPage {
        entries = List.copyOf(Objects.requireNonNull(entries, "entries"));
    }

    /**
     * Returns the sequence of the last entry on this page: the cursor
     * ({@link AuditQuery.Builder#afterSequence(long)}) of the next page.
     *
     * @return the sequence, or 0 when the page is empty
     */
    public long lastSequence() {
        return entries.isEmpty() ? 0 : entries.get(entries.size() - 1).sequence();
    }
}
