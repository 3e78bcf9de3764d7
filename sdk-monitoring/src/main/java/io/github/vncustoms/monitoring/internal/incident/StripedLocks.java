package io.github.vncustoms.monitoring.internal.incident;

import java.util.concurrent.locks.ReentrantLock;

/**
 * A fixed set of locks, one chosen per key, so that work on one key is serialised while work on
 * different keys mostly runs in parallel. Belongs to the object that owns it; thread-safe. Not API.
 */
public final class StripedLocks {
    private final ReentrantLock[] locks;

    /**
     * Creates the locks.
     *
     * @param stripes how many locks; rounded up to a power of two, at least 1
     */
    public StripedLocks(int stripes) {
        int n = Integer.highestOneBit(Math.max(1, stripes - 1)) << 1;
        locks = new ReentrantLock[n];
        for (int i = 0; i < n; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    /**
     * Returns the lock for a key; equal keys always get the same lock.
     *
     * @param key the key
     * @return its lock
     */
    public ReentrantLock lockFor(String key) {
        int h = key.hashCode();
        h ^= h >>> 16;
        return locks[h & (locks.length - 1)];
    }
}
