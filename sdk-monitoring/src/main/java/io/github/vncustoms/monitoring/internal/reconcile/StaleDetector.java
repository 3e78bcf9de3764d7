package io.github.vncustoms.monitoring.internal.reconcile;

import io.github.vncustoms.monitoring.transfer.FileApplied;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds updates whose version is older than one already applied earlier, by event time, at the same
 * unit for the same system (STALE_VERSION, MON-T-03).
 *
 * <p>Updates wait until the watermark passes their time, so that every earlier update is known; then
 * each unit's updates are taken in time order and compared with the newest version applied strictly
 * before them. Updates at the same instant are compared with what came before that instant, never
 * with each other, so the result does not depend on arrival order. Per unit and system only the
 * newest version is kept, with the updates still waiting: a buffer in arrival order, sorted (a
 * merge of the few sorted runs it usually holds) only if it arrived out of order. An update that
 * arrives after the watermark has passed its time is compared with the newest version known then.
 * Not thread-safe.
 */
final class StaleDetector {
    /** Receives each stale update. */
    interface Sink {
        void stale(FileApplied update, String current);
    }

    private static final Comparator<FileApplied> BY_TIME = Comparator.comparing(FileApplied::endedAt);

    private static final class Tracker {
        final String unit;
        final String system;
        String newest;
        Instant instant;
        String newestAtInstant;
        FileApplied[] waiting = new FileApplied[8];
        int size;
        boolean sorted = true;
        boolean queued;

        Tracker(String unit, String system) {
            this.unit = unit;
            this.system = system;
        }
    }

    private final Map<String, Map<String, Tracker>> trackers = new HashMap<>();
    private final List<Tracker> queued = new ArrayList<>();
    private Tracker last;

    void add(FileApplied update) {
        Tracker t = last;
        if (t == null || !t.unit.equals(update.toUnit()) || !t.system.equals(update.system())) {
            t = trackers.computeIfAbsent(update.toUnit(), k -> new HashMap<>())
                    .computeIfAbsent(update.system(), k -> new Tracker(update.toUnit(), update.system()));
            last = t;
        }
        if (t.size == t.waiting.length) {
            t.waiting = Arrays.copyOf(t.waiting, t.size * 2);
        }
        if (t.size > 0 && update.endedAt().isBefore(t.waiting[t.size - 1].endedAt())) {
            t.sorted = false;
        }
        t.waiting[t.size++] = update;
        if (!t.queued) {
            t.queued = true;
            queued.add(t);
        }
    }

    /**
     * Compares every waiting update up to an instant, in time order per unit and system.
     *
     * @param upTo the watermark, or {@code null} for all
     * @param sink receives the stale ones
     */
    void drain(Instant upTo, Sink sink) {
        int kept = 0;
        for (Tracker t : queued) {
            if (!t.sorted) {
                Arrays.sort(t.waiting, 0, t.size, BY_TIME);
                t.sorted = true;
            }
            int done = 0;
            while (done < t.size && (upTo == null || !t.waiting[done].endedAt().isAfter(upTo))) {
                check(t, t.waiting[done++], sink);
            }
            if (done > 0) {
                System.arraycopy(t.waiting, done, t.waiting, 0, t.size - done);
                Arrays.fill(t.waiting, t.size - done, t.size, null);
                t.size -= done;
            }
            if (t.size > 0) {
                queued.set(kept++, t);
            } else {
                t.queued = false;
            }
        }
        queued.subList(kept, queued.size()).clear();
    }

    void clear() {
        trackers.clear();
        queued.clear();
        last = null;
    }

    private static void check(Tracker t, FileApplied u, Sink sink) {
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
