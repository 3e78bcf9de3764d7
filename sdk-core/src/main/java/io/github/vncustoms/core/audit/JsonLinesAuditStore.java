package io.github.vncustoms.core.audit;

import io.github.vncustoms.core.access.UnitFilter;
import io.github.vncustoms.core.audit.spi.AuditStore;
import io.github.vncustoms.core.audit.spi.StoredEntry;
import io.github.vncustoms.core.error.IntegrityException;
import io.github.vncustoms.core.error.InvalidStateException;
import io.github.vncustoms.core.internal.audit.JsonLinesEngine;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An {@link AuditStore} in a directory of JSON Lines files: the journal files of STA-07, rotated by
 * day (Asia/Ho_Chi_Minh) or size, with closed files gzipped for archiving (Art. 10.3).
 *
 * <pre>{@code
 * try (JsonLinesAuditStore store = JsonLinesAuditStore.builder(Path.of("audit"))
 *         .rotation(RotationPolicy.dailyOrBySize(256L << 20))
 *         .flushPolicy(FlushPolicy.periodically(1000, Duration.ofMillis(200)))
 *         .build()) {
 *     store.recoveries().forEach(r -> log.warn("cut torn write: " + r));
 *     ...
 * }
 * }</pre>
 *
 * <h2>Files</h2>
 *
 * <ul>
 *   <li>{@code journal-<first sequence, 20 digits>-<yyyyMMdd>.jsonl}: one entry a line, the last
 *       file being the one appended to; closed files become {@code .jsonl.gz}. The hash chain runs on
 *       across files, and {@link #scan()} reads them all, archived or not.
 *   <li>{@code checkpoints.jsonl}: one signed checkpoint a line.
 *   <li>{@code journal.lock}: held while the store is open, so that a second store (in this process
 *       or another) cannot write the same journal.
 *   <li>{@code *.torn}: bytes cut away as torn writes, kept for inspection.
 * </ul>
 *
 * <h2>Crashes</h2>
 *
 * <p>An entry is committed once its line and newline are written. A crash in the middle of a write
 * can leave a partial last line; opening the store cuts it away (and a last line that does not
 * parse), reports it in {@link #recoveries()}, and appends continue from the last complete entry.
 * Lines before it are never touched. How many complete entries a crash can lose depends on the
 * {@link FlushPolicy}. Archiving writes the gzip file aside, forces it, renames it into place and
 * only then deletes the plain file, so an interrupted archiving is simply redone.
 *
 * <p>Queries read the files from the first one that can hold entries after the query's cursor:
 * fine for periodic reviews; a deployment that queries heavily puts the journal in a database store.
 *
 * <p>Thread-safe: one thread may append while others query and scan. Under
 * {@link FlushPolicy.Mode#PERIODICALLY} a background thread of the store writes and forces the
 * batches; {@link #close()} stops it after a last flush.
 */
public final class JsonLinesAuditStore implements AuditStore {
    private final JsonLinesEngine engine;
    private final Path directory;

    private JsonLinesAuditStore(Builder b) {
        this.directory = b.directory;
        this.engine = new JsonLinesEngine(b.directory, b.rotation, b.flush, b.compress);
    }

    /**
     * Starts a store over a directory, which is created if missing.
     *
     * @param directory the journal directory
     * @return a builder with daily rotation, gzip of closed files, and {@link FlushPolicy#everyEntry()}
     */
    public static Builder builder(Path directory) {
        return new Builder(directory);
    }

    /**
     * Returns the journal directory.
     *
     * @return the directory
     */
    public Path directory() {
        return directory;
    }

    /**
     * Returns the torn writes cut away when the store was opened.
     *
     * @return an unmodifiable list; empty after a clean shutdown
     */
    public List<RecoveredTail> recoveries() {
        return engine.recoveries();
    }

    /**
     * Returns the journal's files, oldest first, the current one last.
     *
     * @return the file names
     */
    public List<String> files() {
        return engine.files();
    }

    @Override
    public Optional<AuditEntry> last() {
        return engine.last();
    }

    /**
     * {@inheritDoc}
     *
     * @throws UncheckedIOException if the file cannot be written
     */
    @Override
    public void append(AuditEntry entry) {
        engine.append(entry);
    }

    /**
     * {@inheritDoc}
     *
     * @throws UncheckedIOException if the file cannot be written
     */
    @Override
    public void appendCheckpoint(AuditCheckpoint checkpoint) {
        engine.appendCheckpoint(checkpoint);
    }

    @Override
    public List<AuditCheckpoint> checkpoints() {
        return engine.checkpoints();
    }

    /**
     * {@inheritDoc}
     *
     * <p>A file that disappears because it was archived meanwhile is read from its archive; a line
     * that does not parse and a damaged archive become unreadable records.
     */
    @Override
    public Stream<StoredEntry> scan() {
        return engine.scan();
    }

    @Override
    public AuditPage query(UnitFilter visibleUnits, AuditQuery query) {
        return engine.query(visibleUnits, query);
    }

    /**
     * {@inheritDoc}
     *
     * @throws UncheckedIOException if the file cannot be written
     */
    @Override
    public void sync() {
        engine.sync();
    }

    @Override
    public void close() {
        engine.close();
    }

    @Override
    public String toString() {
        return "JsonLinesAuditStore[" + directory + "]";
    }

    /** Collects the settings of a {@link JsonLinesAuditStore}. Not thread-safe. */
    public static final class Builder {
        private final Path directory;
        private RotationPolicy rotation = RotationPolicy.daily();
        private FlushPolicy flush = FlushPolicy.everyEntry();
        private boolean compress = true;

        private Builder(Path directory) {
            this.directory = Objects.requireNonNull(directory, "directory");
        }

        /**
         * Sets when a new file starts.
         *
         * @param rotation the policy; default {@link RotationPolicy#daily()}
         * @return this builder
         */
        public Builder rotation(RotationPolicy rotation) {
            this.rotation = Objects.requireNonNull(rotation, "rotation");
            return this;
        }

        /**
         * Sets when entries are made durable.
         *
         * @param flush the policy; default {@link FlushPolicy#everyEntry()}
         * @return this builder
         */
        public Builder flushPolicy(FlushPolicy flush) {
            this.flush = Objects.requireNonNull(flush, "flush");
            return this;
        }

        /**
         * Sets whether closed files are gzipped.
         *
         * @param compress {@code true} (the default) to archive closed files as {@code .jsonl.gz}
         * @return this builder
         */
        public Builder compressClosedFiles(boolean compress) {
            this.compress = compress;
            return this;
        }

        /**
         * Opens the store: locks the directory, cuts a torn last write, archives closed files not yet
         * archived, and reads the checkpoints.
         *
         * @return the open store
         * @throws InvalidStateException if another store has the directory open
         * @throws IntegrityException if the last entry or a checkpoint cannot be read
         * @throws UncheckedIOException if the directory cannot be read or written
         */
        public JsonLinesAuditStore build() {
            return new JsonLinesAuditStore(this);
        }
    }
}
