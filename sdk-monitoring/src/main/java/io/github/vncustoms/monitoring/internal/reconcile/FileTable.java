package io.github.vncustoms.monitoring.internal.reconcile;

/**
 * Files by their run and name: an intrusive chained hash table, so that a look-up builds no key
 * object. Not thread-safe.
 */
final class FileTable {
    private FileState[] buckets = new FileState[4096];
    private int size;

    FileState get(RunState run, String name) {
        int h = FileState.hash(run, name);
        for (FileState f = buckets[h & (buckets.length - 1)]; f != null; f = f.nextInTable) {
            if (f.hash == h && f.run == run && f.name.equals(name)) {
                return f;
            }
        }
        return null;
    }

    /** Creates a file, links it into its run's chain and counts it there. */
    FileState create(RunState run, String name) {
        FileState file = new FileState(run, name, FileState.hash(run, name));
        if (++size > buckets.length - (buckets.length >>> 2)) {
            resize();
        }
        int i = file.hash & (buckets.length - 1);
        file.nextInTable = buckets[i];
        buckets[i] = file;
        file.nextInRun = run.files;
        run.files = file;
        run.fileCount++;
        return file;
    }

    void remove(FileState file) {
        int i = file.hash & (buckets.length - 1);
        FileState prev = null;
        for (FileState f = buckets[i]; f != null; prev = f, f = f.nextInTable) {
            if (f == file) {
                if (prev == null) {
                    buckets[i] = f.nextInTable;
                } else {
                    prev.nextInTable = f.nextInTable;
                }
                f.nextInTable = null;
                size--;
                return;
            }
        }
    }

    int size() {
        return size;
    }

    void clear() {
        buckets = new FileState[4096];
        size = 0;
    }

    private void resize() {
        FileState[] old = buckets;
        FileState[] next = new FileState[old.length * 2];
        for (FileState head : old) {
            for (FileState f = head; f != null; ) {
                FileState following = f.nextInTable;
                int i = f.hash & (next.length - 1);
                f.nextInTable = next[i];
                next[i] = f;
                f = following;
            }
        }
        buckets = next;
    }
}
