package io.github.vncustoms.core.internal.audit;

import io.github.vncustoms.core.access.UnitFilter;
import io.github.vncustoms.core.audit.AuditCheckpoint;
import io.github.vncustoms.core.audit.AuditEntry;
import io.github.vncustoms.core.audit.AuditPage;
import io.github.vncustoms.core.audit.AuditQuery;
import io.github.vncustoms.core.audit.FlushPolicy;
import io.github.vncustoms.core.audit.RecoveredTail;
import io.github.vncustoms.core.audit.RotationPolicy;
import io.github.vncustoms.core.audit.spi.AuditStore;
import io.github.vncustoms.core.audit.spi.StoredEntry;
import io.github.vncustoms.core.error.IntegrityException;
import io.github.vncustoms.core.error.InvalidStateException;
import io.github.vncustoms.core.error.ValidationException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.GZIPOutputStream;

/**
 * The JSON Lines store's machinery: a directory of segment files (the last one current, the closed
 * ones gzipped), a checkpoints file, and a lock file that keeps a second writer out.
 *
 * <p>Thread-safe: appends, checkpoints, flushes and snapshots take one lock; reading a snapshot does
 * not.
 */
public final class JsonLinesEngine implements AuditStore {
    private static final System.Logger LOG = System.getLogger(JsonLinesEngine.class.getName());
    /** The name of the checkpoints file. */
    public static final String CHECKPOINTS = "checkpoints.jsonl";
    private static final String LOCK = "journal.lock";

    private final Path directory;
    private final RotationPolicy rotation;
    private final FlushPolicy flush;
    private final boolean compress;
    private final Object lock = new Object();
    private final JsonLines codec = new JsonLines();
    private final List<SegmentFile> closedSegments = new ArrayList<>();
    private final List<AuditCheckpoint> checkpoints = new ArrayList<>();
    private final List<RecoveredTail> recoveries = new ArrayList<>();
    private final FileChannel lockChannel;
    private final FileLock fileLock;
    private final FileChannel checkpointChannel;
    private final ScheduledExecutorService flusher;
    private SegmentWriter current;
    private Instant currentDayStart;
    private Instant currentDayEnd;
    private AuditEntry last;
    /** Entries appended since the last hand-over to the OS (PERIODICALLY). */
    private int pending;
    /** Bytes handed to the OS but not yet forced (PERIODICALLY). */
    private boolean unforced;
    /** A background force is queued (PERIODICALLY). */
    private boolean forceQueued;
    /** Checkpoints waiting for their entries to be forced before they are written (PERIODICALLY). */
    private final List<AuditCheckpoint> unwrittenCheckpoints = new ArrayList<>();
    /** Serialises writes to the checkpoints file, which the flusher thread does outside the main lock. */
    private final Object checkpointFileLock = new Object();
    private final JsonLines checkpointCodec = new JsonLines();
    private boolean closing;
    private boolean closed;

    /**
     * Opens (or creates) a journal directory, cutting away a torn last write.
     *
     * @param directory the directory
     * @param rotation when to start a new file
     * @param flush when to make entries durable
     * @param compress whether to gzip closed files
     * @throws InvalidStateException if another store has the directory open
     * @throws IntegrityException if the last stored entry or a checkpoint cannot be read
     * @throws UncheckedIOException if the directory cannot be read or written
     */
    public JsonLinesEngine(Path directory, RotationPolicy rotation, FlushPolicy flush, boolean compress) {
        this.directory = directory;
        this.rotation = rotation;
        this.flush = flush;
        this.compress = compress;
        FileChannel lc = null;
        FileChannel cc = null;
        try {
            Files.createDirectories(directory);
            lc = FileChannel.open(directory.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock fl;
            try {
                fl = lc.tryLock();
            } catch (OverlappingFileLockException e) {
                fl = null;
            }
            if (fl == null) {
                throw new InvalidStateException("The audit journal in " + directory.getFileName()
                        + " is already open by another store: expected one writer per directory");
            }
            this.lockChannel = lc;
            this.fileLock = fl;
            openSegments();
            cc = openCheckpoints();
            this.checkpointChannel = cc;
        } catch (IOException e) {
            abandon(cc, lc);
            throw new UncheckedIOException("Cannot open the audit journal in " + directory, e);
        } catch (RuntimeException e) {
            abandon(cc, lc);
            throw e;
        }
        if (flush.mode() == FlushPolicy.Mode.PERIODICALLY) {
            long ms = Math.max(1, flush.interval().toMillis());
            flusher = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "vncustoms-audit-flush-" + directory.getFileName());
                t.setDaemon(true);
                return t;
            });
            flusher.scheduleWithFixedDelay(this::forceInBackground, ms, ms, TimeUnit.MILLISECONDS);
        } else {
            flusher = null;
        }
    }

    private void openSegments() throws IOException {
        List<SegmentFile> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String name = p.getFileName().toString();
                if (name.endsWith(".jsonl.gz.tmp")) {
                    // An archive interrupted by a crash; its source is still there.
                    Files.deleteIfExists(p);
                    continue;
                }
                SegmentFile s = SegmentFile.parse(directory, name);
                if (s != null) {
                    found.add(s);
                }
            }
        }
        found.sort((a, b) -> a.firstSequence() != b.firstSequence() ? Long.compare(a.firstSequence(), b.firstSequence())
                : Boolean.compare(b.gzipped(), a.gzipped()));
        List<SegmentFile> segments = new ArrayList<>();
        for (SegmentFile s : found) {
            if (!segments.isEmpty() && segments.get(segments.size() - 1).firstSequence() == s.firstSequence()
                    && segments.get(segments.size() - 1).day().equals(s.day())) {
                // Both the file and its archive: the archive was completed before its source is deleted.
                Files.deleteIfExists(s.path());
                continue;
            }
            segments.add(s);
        }
        byte[] lastLine = null;
        if (!segments.isEmpty() && !segments.get(segments.size() - 1).gzipped()) {
            SegmentFile tail = segments.remove(segments.size() - 1);
            TailRepair.Result r = TailRepair.repair(tail.path(), line -> codec.parseEntry(line, 0, line.length));
            if (r.recovered() != null) {
                recoveries.add(r.recovered());
                LOG.log(System.Logger.Level.WARNING, "Audit journal: cut a torn write of {0} bytes off {1} at offset {2} ({3})",
                        r.recovered().discardedBytes(), tail.fileName(), r.recovered().offset(), r.recovered().reason());
            }
            if (Files.size(tail.path()) == 0) {
                Files.delete(tail.path());
            } else {
                lastLine = r.lastLine();
                current = new SegmentWriter(tail, false);
                currentDayStart = tail.dayStart();
                currentDayEnd = tail.dayEnd();
            }
        }
        closedSegments.addAll(segments);
        if (compress) {
            for (int i = 0; i < closedSegments.size(); i++) {
                if (!closedSegments.get(i).gzipped()) {
                    closedSegments.set(i, archive(closedSegments.get(i)));
                }
            }
        }
        if (lastLine != null) {
            last = parseLast(lastLine, current.segment());
        } else if (!closedSegments.isEmpty()) {
            last = lastEntryOf(closedSegments.get(closedSegments.size() - 1));
        }
    }

    private AuditEntry parseLast(byte[] line, SegmentFile segment) {
        try {
            return codec.parseEntry(line, 0, line.length);
        } catch (ValidationException e) {
            throw new IntegrityException("The last entry of " + segment.fileName() + " cannot be read (" + e.getMessage()
                    + "): expected a readable entry to continue the chain from");
        }
    }

    private AuditEntry lastEntryOf(SegmentFile segment) {
        AuditEntry found = null;
        try (SegmentReader reader = new SegmentReader(List.of(new SegmentReader.Part(segment, -1)))) {
            while (reader.hasNext()) {
                StoredEntry r = reader.next();
                if (!r.readable() && !reader.hasNext()) {
                    throw new IntegrityException("The last entry of " + segment.fileName() + " cannot be read ("
                            + r.unreadable() + "): expected a readable entry to continue the chain from");
                }
                found = r.entry();
            }
        }
        return found;
    }

    private FileChannel openCheckpoints() throws IOException {
        Path file = directory.resolve(CHECKPOINTS);
        if (Files.exists(file)) {
            TailRepair.Result r = TailRepair.repair(file, line -> codec.parseCheckpoint(line, 0, line.length));
            if (r.recovered() != null) {
                recoveries.add(r.recovered());
                LOG.log(System.Logger.Level.WARNING, "Audit journal: cut a torn write of {0} bytes off {1} ({2})",
                        r.recovered().discardedBytes(), CHECKPOINTS, r.recovered().reason());
            }
            try (LineReader reader = new LineReader(Files.newInputStream(file), -1)) {
                while (reader.next()) {
                    try {
                        checkpoints.add(codec.parseCheckpoint(reader.buffer(), reader.lineStart(), reader.lineEnd()));
                    } catch (ValidationException e) {
                        throw new IntegrityException(CHECKPOINTS + " line " + reader.lineNumber() + " cannot be read ("
                                + e.getMessage() + "): expected one signed checkpoint a line");
                    }
                }
            }
        }
        return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    }

    /**
     * Returns the torn writes cut away when the directory was opened.
     *
     * @return an unmodifiable list, empty after a clean shutdown
     */
    public List<RecoveredTail> recoveries() {
        synchronized (lock) {
            return List.copyOf(recoveries);
        }
    }

    /**
     * Returns the files of the journal, oldest first.
     *
     * @return the file names
     */
    public List<String> files() {
        synchronized (lock) {
            List<String> names = new ArrayList<>();
            closedSegments.forEach(s -> names.add(s.fileName()));
            if (current != null) {
                names.add(current.segment().fileName());
            }
            return List.copyOf(names);
        }
    }

    @Override
    public Optional<AuditEntry> last() {
        synchronized (lock) {
            return Optional.ofNullable(last);
        }
    }

    @Override
    public void append(AuditEntry entry) {
        Objects.requireNonNull(entry, "entry");
        synchronized (lock) {
            requireOpen();
            long expected = last == null ? 1 : last.sequence() + 1;
            if (entry.sequence() != expected) {
                throw new InvalidStateException("Audit entry " + entry.sequence()
                        + " cannot follow the stored journal: expected sequence " + expected);
            }
            try {
                ByteSink line = codec.entryLine(entry);
                if (current == null) {
                    startSegment(entry);
                } else if (needsRotation(entry, line.size())) {
                    rotate(entry);
                }
                current.write(line.array(), line.size());
                last = entry;
                switch (flush.mode()) {
                    case EVERY_ENTRY -> {
                        current.flushToOs();
                        current.force();
                    }
                    case OS_BUFFERED -> current.flushToOs();
                    case PERIODICALLY -> {
                        unforced = true;
                        if (++pending >= flush.entries()) {
                            // Group commit: hand the batch to the OS here, force it on the flusher
                            // thread, so that appends never wait for the device.
                            current.flushToOs();
                            pending = 0;
                            requestForce();
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot append audit entry " + entry.sequence() + " to " + directory, e);
            }
        }
    }

    private boolean needsRotation(AuditEntry entry, int lineLength) {
        if (rotation.byDay() && (entry.timestamp().compareTo(currentDayEnd) >= 0 || entry.timestamp().isBefore(currentDayStart))) {
            return true;
        }
        return current.size() > 0 && current.size() + lineLength > rotation.maxBytes();
    }

    private void startSegment(AuditEntry first) throws IOException {
        SegmentFile s = SegmentFile.startingWith(directory, first.sequence(), first.timestamp());
        current = new SegmentWriter(s, true);
        currentDayStart = s.dayStart();
        currentDayEnd = s.dayEnd();
        syncDirectory();
    }

    private void rotate(AuditEntry next) throws IOException {
        SegmentWriter old = current;
        old.close();
        pending = 0;
        closedSegments.add(old.segment());
        startSegment(next);
        if (compress) {
            try {
                closedSegments.set(closedSegments.size() - 1, archive(old.segment()));
            } catch (IOException e) {
                // The entries are safe in the plain file; the next opening archives it.
                LOG.log(System.Logger.Level.WARNING, "Audit journal: could not gzip " + old.segment().fileName(), e);
            }
        }
    }

    /** Gzips a closed file: to a temporary file, forced, renamed, then the source deleted. */
    private SegmentFile archive(SegmentFile plain) throws IOException {
        SegmentFile gz = plain.archived();
        Path tmp = directory.resolve(gz.fileName() + ".tmp");
        try (OutputStream zip = new GZIPOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
            Files.copy(plain.path(), zip);
        }
        try (FileChannel written = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            written.force(true);
        }
        Files.move(tmp, gz.path(), StandardCopyOption.ATOMIC_MOVE);
        syncDirectory();
        Files.delete(plain.path());
        return gz;
    }

    private void syncDirectory() {
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not every platform can force a directory; the files themselves are forced.
        }
    }

    @Override
    public void appendCheckpoint(AuditCheckpoint checkpoint) {
        Objects.requireNonNull(checkpoint, "checkpoint");
        synchronized (lock) {
            requireOpen();
            checkpoints.add(checkpoint);
            try {
                if (flush.mode() == FlushPolicy.Mode.PERIODICALLY) {
                    // Written by the flusher right after it has forced the entries it covers.
                    unwrittenCheckpoints.add(checkpoint);
                    if (current != null) {
                        current.flushToOs();
                    }
                    pending = 0;
                    requestForce();
                    return;
                }
                syncLocked();
                writeCheckpoints(List.of(checkpoint));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot store audit checkpoint " + checkpoint.sequence() + " in " + directory, e);
            }
        }
    }

    /** Appends checkpoint lines and forces them; the entries they cover must already be forced. */
    private void writeCheckpoints(List<AuditCheckpoint> written) throws IOException {
        if (written.isEmpty()) {
            return;
        }
        synchronized (checkpointFileLock) {
            for (AuditCheckpoint c : written) {
                ByteSink line = checkpointCodec.checkpointLine(c);
                ByteBuffer b = ByteBuffer.wrap(line.array(), 0, line.size());
                while (b.hasRemaining()) {
                    checkpointChannel.write(b);
                }
            }
            checkpointChannel.force(false);
        }
    }

    @Override
    public List<AuditCheckpoint> checkpoints() {
        synchronized (lock) {
            return List.copyOf(checkpoints);
        }
    }

    @Override
    public Stream<StoredEntry> scan() {
        return stream(new SegmentReader(snapshot(0)));
    }

    @Override
    public AuditPage query(UnitFilter visibleUnits, AuditQuery query) {
        Objects.requireNonNull(visibleUnits, "visibleUnits");
        Objects.requireNonNull(query, "query");
        try (SegmentReader reader = new SegmentReader(snapshot(query.afterSequence()))) {
            Iterator<AuditEntry> entries = new Iterator<>() {
                private AuditEntry ahead;

                @Override
                public boolean hasNext() {
                    while (ahead == null && reader.hasNext()) {
                        ahead = reader.next().entry();
                    }
                    return ahead != null;
                }

                @Override
                public AuditEntry next() {
                    hasNext();
                    AuditEntry e = ahead;
                    ahead = null;
                    return e;
                }
            };
            return QueryPager.page(entries, visibleUnits, query);
        }
    }

    /** The files holding entries after a sequence, with the current file cut at what was handed to the OS. */
    private List<SegmentReader.Part> snapshot(long afterSequence) {
        synchronized (lock) {
            List<SegmentFile> all = new ArrayList<>(closedSegments);
            long currentLimit = -1;
            if (current != null) {
                try {
                    current.flushToOs();
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot write the audit journal in " + directory, e);
                }
                all.add(current.segment());
                currentLimit = current.committed();
            }
            List<SegmentReader.Part> parts = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                boolean isCurrent = current != null && i == all.size() - 1;
                boolean before = i + 1 < all.size() && all.get(i + 1).firstSequence() - 1 <= afterSequence;
                if (!before) {
                    parts.add(new SegmentReader.Part(all.get(i), isCurrent ? currentLimit : -1));
                }
            }
            return parts;
        }
    }

    private static Stream<StoredEntry> stream(SegmentReader reader) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(reader, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(reader::close);
    }

    @Override
    public void sync() {
        List<AuditCheckpoint> cps;
        synchronized (lock) {
            requireOpen();
            try {
                syncLocked();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot sync the audit journal in " + directory, e);
            }
            cps = takeUnwrittenCheckpoints();
        }
        try {
            writeCheckpoints(cps);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot sync the audit checkpoints in " + directory, e);
        }
    }

    private void syncLocked() throws IOException {
        if (current != null) {
            current.flushToOs();
            current.force();
        }
        pending = 0;
        unforced = false;
    }

    private List<AuditCheckpoint> takeUnwrittenCheckpoints() {
        if (unwrittenCheckpoints.isEmpty()) {
            return List.of();
        }
        List<AuditCheckpoint> taken = List.copyOf(unwrittenCheckpoints);
        unwrittenCheckpoints.clear();
        return taken;
    }

    private void requestForce() {
        if (!forceQueued) {
            forceQueued = true;
            flusher.execute(this::forceInBackground);
        }
    }

    /**
     * The flusher's work (PERIODICALLY): hand waiting entries to the OS under the lock, force them
     * outside it while appends go on, then write the checkpoints that waited for them.
     */
    private void forceInBackground() {
        FileChannel channel;
        List<AuditCheckpoint> cps;
        synchronized (lock) {
            forceQueued = false;
            if (closed || (!unforced && pending == 0 && unwrittenCheckpoints.isEmpty())) {
                return;
            }
            try {
                if (current != null) {
                    current.flushToOs();
                }
            } catch (IOException e) {
                LOG.log(System.Logger.Level.ERROR, "Audit journal: periodic write to " + directory + " failed", e);
                return;
            }
            pending = 0;
            unforced = false;
            channel = current == null ? null : current.channel();
            cps = takeUnwrittenCheckpoints();
        }
        try {
            if (channel != null) {
                channel.force(false);
            }
            writeCheckpoints(cps);
        } catch (ClosedChannelException e) {
            // The file was rotated or the store closed meanwhile; both force the file when closing it.
            try {
                writeCheckpoints(cps);
            } catch (IOException again) {
                LOG.log(System.Logger.Level.ERROR, "Audit journal: writing checkpoints to " + directory + " failed", again);
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.ERROR, "Audit journal: periodic flush of " + directory + " failed", e);
        }
    }

    private void requireOpen() {
        if (closed || closing) {
            throw new InvalidStateException("The audit journal store in " + directory.getFileName() + " is closed: expected an open store");
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            if (closed || closing) {
                return;
            }
            closing = true;
        }
        if (flusher != null) {
            flusher.shutdown();
            try {
                if (!flusher.awaitTermination(1, TimeUnit.MINUTES)) {
                    LOG.log(System.Logger.Level.WARNING, "Audit journal: the flusher of " + directory + " did not stop in time");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        List<AuditCheckpoint> cps;
        synchronized (lock) {
            closed = true;
            try {
                if (current != null) {
                    current.close();
                }
                cps = takeUnwrittenCheckpoints();
                writeCheckpoints(cps);
                checkpointChannel.close();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot close the audit journal in " + directory, e);
            } finally {
                try {
                    fileLock.release();
                } catch (IOException e) {
                    LOG.log(System.Logger.Level.WARNING, "Audit journal: could not release the lock of " + directory, e);
                }
                closeQuietly(lockChannel);
            }
        }
    }

    /** Releases what a failed opening had acquired; closing the lock file's channel releases the lock. */
    private void abandon(FileChannel checkpointFile, FileChannel lockFile) {
        if (current != null) {
            closeQuietly(current.channel());
            current = null;
        }
        closeQuietly(checkpointFile);
        closeQuietly(lockFile);
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c != null) {
            try {
                c.close();
            } catch (Exception e) {
                // Already failing; the first exception is the one to report.
            }
        }
    }
}
