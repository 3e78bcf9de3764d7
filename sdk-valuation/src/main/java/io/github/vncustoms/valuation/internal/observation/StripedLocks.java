package io.github.vncustoms.valuation.internal.observation;

import java.util.concurrent.locks.ReentrantLock;

/**
 * A fixed set of locks chosen by key, so that changes to one observation are serialised without a
 * lock per observation. Thread-safe.
 */
public final class StripedLocks {
    private final ReentrantLock[] locks;

    /**
     * Creates the locks.
     *
     * @param stripes how many, at least one
     */
    public StripedLocks(int stripes) {
        locks = new ReentrantLock[Math.max(1, stripes)];
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    /**
     * Returns the lock of a key.
     *
     * @param key the key
     * @return its lock, not yet held
     */
    public ReentrantLock lockFor(String key) {
        return locks[Math.floorMod(key.hashCode(), locks.length)];
    }
}
