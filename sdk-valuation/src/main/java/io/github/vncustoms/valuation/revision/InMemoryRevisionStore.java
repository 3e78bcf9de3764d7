package io.github.vncustoms.valuation.revision;

import io.github.vncustoms.core.access.UnitFilter;
import io.github.vncustoms.core.error.InvalidStateException;
import io.github.vncustoms.core.error.NotFoundException;
import io.github.vncustoms.core.paging.Page;
import io.github.vncustoms.core.paging.PageRequest;
import io.github.vncustoms.valuation.approval.ApprovalState;
import io.github.vncustoms.valuation.revision.spi.RevisionStore;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The embedded {@link RevisionStore}: revision records in memory, never deleted (VAL-14).
 *
 * <p>Thread-safe: a decision replaces the pending version atomically.
 */
public final class InMemoryRevisionStore implements RevisionStore {
    private static final Comparator<RevisionRecord> ORDER = Comparator
            .comparing((RevisionRecord r) -> r.submission().submittedAt())
            .thenComparing(RevisionRecord::id);

    private final Map<String, RevisionRecord> records = new ConcurrentHashMap<>();

    private InMemoryRevisionStore() {
    }

    /**
     * Creates an empty store.
     *
     * @return the store
     */
    public static InMemoryRevisionStore create() {
        return new InMemoryRevisionStore();
    }

    @Override
    public void add(RevisionRecord record) {
        Objects.requireNonNull(record, "record");
        if (record.state() != ApprovalState.PENDING) {
            throw new InvalidStateException("Revision record " + record.id() + " is " + record.state()
                    + ": expected a new, PENDING record");
        }
        if (records.putIfAbsent(record.id(), record) != null) {
            throw new InvalidStateException("Revision record id " + record.id() + " is taken: expected a new id");
        }
    }

    @Override
    public void decided(RevisionRecord decided) {
        Objects.requireNonNull(decided, "decided");
        if (decided.state() == ApprovalState.PENDING) {
            throw new InvalidStateException("Revision record " + decided.id() + " carries no decision: expected a decided record");
        }
        records.compute(decided.id(), (id, stored) -> {
            if (stored == null) {
                throw new NotFoundException("No revision record has id " + id + ": expected the id of a stored record");
            }
            if (stored.state() != ApprovalState.PENDING) {
                throw new InvalidStateException("Revision record " + id + " was already decided ("
                        + stored.trail().decision().verdict().vietnamese() + " by " + stored.trail().decision().leaderId()
                        + "): expected a PENDING record");
            }
            if (!stored.decide(decided.trail().decision()).equals(decided)) {
                throw new InvalidStateException("Revision record " + id
                        + " differs from the stored one in more than its decision: expected only the decision added");
            }
            return decided;
        });
    }

    @Override
    public Optional<RevisionRecord> get(String id) {
        return Optional.ofNullable(records.get(Objects.requireNonNull(id, "id")));
    }

    @Override
    public Page<RevisionRecord> find(RevisionQuery query, UnitFilter visibleUnits, PageRequest page) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(visibleUnits, "visibleUnits");
        Objects.requireNonNull(page, "page");
        List<RevisionRecord> matches = records.values().stream()
                .filter(r -> visibleUnits.test(r.proposerUnit()) && query.matches(r))
                .sorted(ORDER)
                .toList();
        return Page.slice(matches, page);
    }

    @Override
    public String toString() {
        return "InMemoryRevisionStore[" + records.size() + " records]";
    }
}
