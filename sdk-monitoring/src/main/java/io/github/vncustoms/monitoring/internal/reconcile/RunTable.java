package io.github.vncustoms.monitoring.internal.reconcile;

/**
 * Runs by {@code (system, fromUnit, runId)}: an intrusive chained hash table, so that a look-up
 * builds no key object. Not thread-safe.
 */
final class RunTable {
    private RunState[] buckets = new RunState[1024];
    private int size;

    RunState get(String system, String fromUnit, String runId) {
        int h = RunState.hash(system, fromUnit, runId);
        for (RunState r = buckets[h & (buckets.length - 1)]; r != null; r = r.nextInTable) {
            if (r.hash == h && r.is(system, fromUnit, runId)) {
                return r;
            }
        }
        return null;
    }

    RunState create(String system, String fromUnit, String runId) {
        RunState run = new RunState(system, fromUnit, runId, RunState.hash(system, fromUnit, runId));
        if (++size > buckets.length - (buckets.length >>> 2)) {
            resize();
        }
        int i = run.hash & (buckets.length - 1);
        run.nextInTable = buckets[i];
        buckets[i] = run;
        return run;
    }

    void remove(RunState run) {
        int i = run.hash & (buckets.length - 1);
        RunState prev = null;
        for (RunState r = buckets[i]; r != null; prev = r, r = r.nextInTable) {
            if (r == run) {
                if (prev == null) {
                    buckets[i] = r.nextInTable;
                } else {
                    prev.nextInTable = r.nextInTable;
                }
                r.nextInTable = null;
                size--;
                return;
            }
        }
    }

    int size() {
        return size;
    }

    void clear() {
        buckets = new RunState[1024];
        size = 0;
    }

    private void resize() {
        RunState[] old = buckets;
        RunState[] next = new RunState[old.length * 2];
        for (RunState head : old) {
            for (RunState r = head; r != null; ) {
                RunState following = r.nextInTable;
                int i = r.hash & (next.length - 1);
                r.nextInTable = next[i];
                next[i] = r;
                r = following;
            }
        }
        buckets = next;
    }
}
