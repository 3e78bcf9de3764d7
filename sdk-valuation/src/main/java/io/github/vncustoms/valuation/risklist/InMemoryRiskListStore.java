package io.github.vncustoms.valuation.risklist;

import io.github.vncustoms.core.error.InvalidStateException;
import io.github.vncustoms.valuation.goods.GoodsDescriptor;
import io.github.vncustoms.valuation.risklist.spi.RiskListStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The embedded {@link RiskListStore}: every version in memory, kept for good (VAL-14).
 *
 * <p>Thread-safe: appends are serialised; reads see a version only once it is complete.
 */
public final class InMemoryRiskListStore implements RiskListStore {
    private final List<RiskListVersion> versions = new ArrayList<>();

    private InMemoryRiskListStore() {
    }

    /**
     * Creates an empty store.
     *
     * @return the store
     */
    public static InMemoryRiskListStore create() {
        return new InMemoryRiskListStore();
    }

    @Override
    public synchronized int latestNumber() {
        return versions.size();
    }

    @Override
    public synchronized Optional<RiskListVersion> version(int number) {
        return number >= 1 && number <= versions.size() ? Optional.of(versions.get(number - 1)) : Optional.empty();
    }

    @Override
    public Optional<RiskListItem> find(int number, GoodsDescriptor goods, LocalDate day) {
        Objects.requireNonNull(goods, "goods");
        Objects.requireNonNull(day, "day");
        return version(number).flatMap(v -> v.find(goods, day));
    }

    @Override
    public synchronized void append(RiskListVersion next) {
        Objects.requireNonNull(next, "next");
        if (next.number() != versions.size() + 1) {
            throw new InvalidStateException("Risk-list version " + next.number() + " cannot follow version "
                    + versions.size() + ": expected version " + (versions.size() + 1)
                    + " (another version may have been issued meanwhile)");
        }
        versions.add(next);
    }

    @Override
    public synchronized String toString() {
        return "InMemoryRiskListStore[" + versions.size() + " versions]";
    }
}
