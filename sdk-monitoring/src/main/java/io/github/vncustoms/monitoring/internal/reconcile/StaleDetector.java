package io.github.vncustoms.monitoring.internal.reconcile;

import io.github.vncustoms.monitoring.transfer.FileApplied;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Finds updates whose version is older than one already applied earlier, by event time, at the same
 * unit for the same system (STALE_VERSION, MON-T-03).
 *
 * <p>Updates wait until the watermark passes their time, so that every earlier update is known; then
 * they are taken in time order and compared with the newest version applied strictly before them.
 * Updates at the same instant are compared with what came before that instant, never with each
 * other, so the result does not depend on arrival order. Per unit and system only the newest version
 * and the versions of the current instant are kept; waiting updates are held in arrival order while
 * they arrive in time order (the usual case, no heap work) and in a heap otherwise. An update that
 * arrives after the watermark has passed its time is compared with the newest version known then.
 * Not thread-safe.
 */
final class StaleDetector {
    /** Receives each stale update. */
    interface Sink {
        void stale(FileApplied update, String current);
    }


    private static final class Tracker {
        String newest;
        Instant instant;
        String newestAtInstant;
    }

    private static final Comparator<FileApplied> BY_TIME = Comparator.comparing(FileApplied::endedAt);

    private final ArrayDeque<FileApplied> inOrder = new ArrayDeque<>();
    private final PriorityQueue<FileApplied> outOfOrder = new PriorityQueue<>(BY_TIME);
    private final Map<String, Map<String, Tracker>> trackers = new HashMap<>();

    void add(FileApplied update) {
        if (inOrder.isEmpty() || !update.endedAt().isBefore(inOrder.peekLast().endedAt())) {
            inOrder.addLast(update);
        } else {
            outOfOrder.add(update);
        }
    }

    /**
     * Compares every waiting update up to an instant, in time order.
     *
     * @param upTo the watermark, or {@code null} for all
     * @param sink receives the stale ones
     */
    void drain(Instant upTo, Sink sink) {
        while (true) {
            FileApplied a = inOrder.peekFirst();
            FileApplied b = outOfOrder.peek();
            FileApplied next = a == null ? b : b == null || !b.endedAt().isBefore(a.endedAt()) ? a : b;
            if (next == null || upTo != null && next.endedAt().isAfter(upTo)) {
                return;
            }
            if (next == a) {
                inOrder.pollFirst();
            } else {
                outOfOrder.poll();
            }
            check(next, sink);
        }
    }

    int waiting() {
        return inOrder.size() + outOfOrder.size();
    }

    void clear() {
        inOrder.clear();
        outOfOrder.clear();
        trackers.clear();
    }

    private void check(FileApplied u, Sink sink) {
        Tracker t = trackers.computeIfAbsent(u.toUnit(), k -> new HashMap<>()).computeIfAbsent(u.system(), k -> new Tracker());
        Instant at = u.endedAt();
        if (t.instant == null || at.isAfter(t.instant)) {
            t.newest = newer(t.newest, t.newestAtInstant);
            t.instant = at;
            t.newestAtInstant = null;
        }
        String v = u.version();
        if (t.newest != null && !v.equals(t.newest) && Versions.compare(v, t.newest) < 0) {
            sink.stale(u, t.newest);
        }
        t.newestAtInstant = newer(t.newestAtInstant, v);
    }

    private static String newer(String a, String b) {
        if (a == null) {
            return b;
        }
        if (b == null || a.equals(b)) {
            return a;
        }
        return Versions.compare(b, a) > 0 ? b : a;
    }
}
