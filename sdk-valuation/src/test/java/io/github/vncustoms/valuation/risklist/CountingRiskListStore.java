package io.github.vncustoms.valuation.risklist;

import io.github.vncustoms.valuation.goods.GoodsDescriptor;
import io.github.vncustoms.valuation.risklist.spi.RiskListStore;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** A store that counts the calls that reach it, to see what the cache in front of it serves. Thread-safe. */
final class CountingRiskListStore implements RiskListStore {
    final RiskListStore inner;
    final AtomicInteger finds = new AtomicInteger();
    final AtomicInteger latestNumbers = new AtomicInteger();
    final AtomicInteger versions = new AtomicInteger();

    CountingRiskListStore(RiskListStore inner) {
        this.inner = inner;
    }

    int calls() {
        return finds.get() + latestNumbers.get() + versions.get();
    }

    @Override
    public int latestNumber() {
        latestNumbers.incrementAndGet();
        return inner.latestNumber();
    }

    @Override
    public Optional<RiskListVersion> version(int number) {
        versions.incrementAndGet();
        return inner.version(number);
    }

    @Override
    public Optional<RiskListItem> find(int number, GoodsDescriptor goods, LocalDate day) {
        finds.incrementAndGet();
        return inner.find(number, goods, day);
    }

    @Override
    public void append(RiskListVersion next) {
        inner.append(next);
    }
}
