package io.github.vncustoms.valuation.observation;

import io.github.vncustoms.core.access.UnitFilter;
import io.github.vncustoms.core.error.InvalidStateException;
import io.github.vncustoms.core.error.NotFoundException;
import io.github.vncustoms.core.id.HsCode;
import io.github.vncustoms.core.paging.Page;
import io.github.vncustoms.core.paging.PageRequest;
import io.github.vncustoms.valuation.goods.GoodsDescriptor;
import io.github.vncustoms.valuation.observation.spi.ValuationStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The embedded {@link ValuationStore}: keeps every observation in memory, for tests, examples and
 * small deployments. Observations are indexed by goods and by HS heading, so that a query naming the
 * goods or an HS code looks only at the observations of those goods or of that heading.
 *
 * <pre>{@code
 * ValuationStore store = InMemoryValuationStore.create();
 * ValuationDatabase db = ValuationDatabase.builder(store, policy).clock(clock).journal(journal).build();
 * }</pre>
 *
 * <p>Thread-safe: look-ups run concurrently under a read lock; changes take the write lock, so each
 * look-up sees the observations as one whole.
 */
public final class InMemoryValuationStore implements ValuationStore {
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, PriceObservation> byId = new HashMap<>();
    private final Map<GoodsDescriptor, Map<String, PriceObservation>> byGoods = new HashMap<>();
    private final Map<HsCode, Map<String, PriceObservation>> byHeading = new HashMap<>();

    private InMemoryValuationStore() {
    }

    /**
     * Creates an empty store.
     *
     * @return the store
     */
    public static InMemoryValuationStore create() {
        return new InMemoryValuationStore();
    }

    @Override
    public void insert(PriceObservation observation) {
        Objects.requireNonNull(observation, "observation");
        lock.writeLock().lock();
        try {
            if (byId.containsKey(observation.id())) {
                throw new InvalidStateException("Price observation id " + observation.id()
                        + " is already taken: expected a new id; a decision on a stored observation is an update");
            }
            index(observation);
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public void update(PriceObservation observation) {
        Objects.requireNonNull(observation, "observation");
        lock.writeLock().lock();
        try {
            PriceObservation stored = byId.get(observation.id());
            if (stored == null) {
                throw new NotFoundException("No price observation has id " + observation.id()
                        + ": expected the id of a stored observation; a new one is inserted");
            }
            unindex(stored);
            index(observation);
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public Optional<PriceObservation> find(String id) {
        Objects.requireNonNull(id, "id");
        lock.readLock().lock();
        try {
            return Optional.ofNullable(byId.get(id));
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public Page<PriceObservation> find(ObservationQuery query, UnitFilter scope, PageRequest page) {
        Objects.requireNonNull(page, "page");
        return Page.slice(select(query, scope), page);
    }

    @Override
    public List<PriceObservation> select(ObservationQuery query, UnitFilter scope) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(scope, "scope");
        List<PriceObservation> matches = new ArrayList<>();
        if (!scope.unrestricted() && scope.unitCodes().isEmpty()) {
            return List.of();
        }
        lock.readLock().lock();
        try {
            for (PriceObservation o : candidates(query)) {
                if (query.matches(o) && scope.test(o.enteringUnit())) {
                    matches.add(o);
                }
            }
        } finally {
            lock.readLock().unlock();
        }
        matches.sort(ORDER);
        return List.copyOf(matches);
    }

    /**
     * Returns how many observations the store holds, in every state.
     *
     * @return the count
     */
    public int size() {
        lock.readLock().lock();
        try {
            return byId.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public String toString() {
        lock.readLock().lock();
        try {
            return "InMemoryValuationStore[" + byId.size() + " observations, " + byGoods.size() + " goods, "
                    + byHeading.size() + " headings]";
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The narrowest index that holds every possible match; the query still checks each one. */
    private Collection<PriceObservation> candidates(ObservationQuery query) {
        if (query.goods() != null) {
            return byGoods.getOrDefault(query.goods(), Map.of()).values();
        }
        if (query.hsCode() != null) {
            return byHeading.getOrDefault(query.hsCode().heading(), Map.of()).values();
        }
        return byId.values();
    }

    private void index(PriceObservation o) {
        byId.put(o.id(), o);
        byGoods.computeIfAbsent(o.goods(), g -> new HashMap<>()).put(o.id(), o);
        byHeading.computeIfAbsent(o.goods().hsCode().heading(), h -> new HashMap<>()).put(o.id(), o);
    }

    private void unindex(PriceObservation o) {
        byId.remove(o.id());
        remove(byGoods, o.goods(), o.id());
        remove(byHeading, o.goods().hsCode().heading(), o.id());
    }

    private static <K> void remove(Map<K, Map<String, PriceObservation>> index, K key, String id) {
        Map<String, PriceObservation> bucket = index.get(key);
        if (bucket != null) {
            bucket.remove(id);
            if (bucket.isEmpty()) {
                index.remove(key);
            }
        }
    }
}
