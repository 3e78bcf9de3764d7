package io.github.vncustoms.benchmarks;

import io.github.vncustoms.core.access.AccessPolicy;
import io.github.vncustoms.core.audit.AuditEntry;
import io.github.vncustoms.core.audit.AuditEvent;
import io.github.vncustoms.core.audit.AuditJournal;
import io.github.vncustoms.core.audit.AuditOutcome;
import io.github.vncustoms.core.audit.AuditVerifier;
import io.github.vncustoms.core.audit.FlushPolicy;
import io.github.vncustoms.core.audit.JournalSigningKey;
import io.github.vncustoms.core.audit.JsonLinesAuditStore;
import io.github.vncustoms.core.audit.RotationPolicy;
import io.github.vncustoms.core.audit.VerificationReport;
import io.github.vncustoms.core.org.UnitDirectories;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The audit journal's hot paths (STA-07): appending to the JSON Lines store from one thread, and
 * verifying a journal of 1,000,000 entries.
 *
 * <p>Durability of {@link #append}: {@link FlushPolicy#periodically(int, Duration)} with 1,000
 * entries or 100 ms. The appending thread hands each batch to the operating system; the store's
 * flusher thread then {@code fsync}s it (group commit). A process crash loses at most the last 1,000
 * entries (or 100 ms of them); a power loss, those plus the entries handed over while the last
 * {@code fsync} was running. Daily rotation; an Ed25519-signed checkpoint every 10,000 entries,
 * written after the entries it covers are forced. Each iteration appends to a fresh temporary
 * directory.
 *
 * <p>{@link #verify1M}: 1,000,000 entries built once per trial into a temporary directory, spread
 * over two days so that the first file is gzipped; each call reads both files, parses every line,
 * recomputes every hash and checks 100 checkpoint signatures.
 *
 * <p>JMH state; not thread-safe, as JMH expects.
 */
@Fork(1)
public class AuditJournalBenchmark {
    private static final AccessPolicy POLICY = AccessPolicy.builder(UnitDirectories.sample()).build();
    private static final String[] UNITS = {"TCHQ", "HQ01", "01AB", "01DD", "02XE"};

    /** Events appended, prepared once so the benchmark measures the journal, not the application. */
    static AuditEvent[] events(int n) {
        AuditEvent[] events = new AuditEvent[n];
        for (int i = 0; i < n; i++) {
            events[i] = AuditEvent.builder()
                    .actor("officer." + (i % 97), UNITS[i % UNITS.length])
                    .action(i % 3 == 0 ? "declaration.amend" : "declaration.read")
                    .object("DECLARATION", Long.toString(104_512_345_678L + i), UNITS[(i * 7) % UNITS.length])
                    .origin("10.2." + (i % 256) + "." + (i * 13 % 256))
                    .outcome(i % 50 == 0 ? AuditOutcome.DENIED : AuditOutcome.SUCCESS)
                    .detail("channel", i % 2 == 0 ? "cổng thông tin" : "VNACCS")
                    .detail("terminal", "T" + (i % 40))
                    .build();
        }
        return events;
    }

    /** A fresh journal per iteration, appended to by one thread. */
    @State(Scope.Benchmark)
    public static class AppendState {
        Path directory;
        AuditJournal journal;
        AuditEvent[] events;
        int next;

        /** Prepares the events. */
        @Setup(Level.Trial)
        public void prepare() {
            events = events(1024);
        }

        /**
         * Opens a journal in a new temporary directory.
         *
         * @throws IOException if the directory cannot be made
         */
        @Setup(Level.Iteration)
        public void open() throws IOException {
            directory = Files.createTempDirectory("audit-append-");
            JsonLinesAuditStore store = JsonLinesAuditStore.builder(directory)
                    .rotation(RotationPolicy.daily())
                    .flushPolicy(FlushPolicy.periodically(1000, Duration.ofMillis(100)))
                    .build();
            journal = AuditJournal.builder(store, JournalSigningKey.generate(), POLICY).checkpointEvery(10_000).build();
        }

        /** Closes the journal and deletes its directory. */
        @TearDown(Level.Iteration)
        public void close() {
            journal.close();
            delete(directory);
        }
    }

    /** A journal of 1,000,000 entries over two files, one of them gzipped. */
    @State(Scope.Benchmark)
    public static class VerifyState {
        Path directory;
        JsonLinesAuditStore store;
        AuditVerifier verifier;

        /**
         * Builds the journal.
         *
         * @throws IOException if the directory cannot be made
         */
        @Setup(Level.Trial)
        public void build() throws IOException {
            directory = Files.createTempDirectory("audit-verify-");
            JournalSigningKey key = JournalSigningKey.generate();
            AuditEvent[] events = events(4096);
            // 1,000,000 entries 150 ms apart span 41.7 hours: two daily files.
            SteppingClock clock = new SteppingClock(Instant.parse("2026-02-16T17:00:00Z"), Duration.ofMillis(150));
            try (AuditJournal journal = AuditJournal.builder(JsonLinesAuditStore.builder(directory)
                            .flushPolicy(FlushPolicy.periodically(10_000, Duration.ofSeconds(1))).build(), key, POLICY)
                    .clock(clock).checkpointEvery(10_000).build()) {
                for (int i = 0; i < 1_000_000; i++) {
                    journal.append(events[i & 4095]);
                }
            }
            store = JsonLinesAuditStore.builder(directory).build();
            verifier = AuditVerifier.create(key.publicKey());
        }

        /** Closes the store and deletes the directory. */
        @TearDown(Level.Trial)
        public void delete() {
            store.close();
            AuditJournalBenchmark.delete(directory);
        }
    }

    /**
     * Appends one entry: hash, JSON line, buffered write, periodic flush.
     *
     * @param s the journal
     * @return the entry
     */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 2, time = 2)
    @Measurement(iterations = 3, time = 2)
    public AuditEntry append(AppendState s) {
        return s.journal.append(s.events[s.next++ & 1023]);
    }

    /**
     * Verifies the 1,000,000-entry journal from its files.
     *
     * @param s the journal
     * @return the report
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2)
    @Measurement(iterations = 3)
    public VerificationReport verify1M(VerifyState s) {
        VerificationReport r = s.verifier.verify(s.store);
        if (!r.ok() || r.entriesChecked() != 1_000_000) {
            throw new IllegalStateException("Benchmark journal failed verification: " + r);
        }
        return r;
    }

    static void delete(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A clock that moves a fixed step at each reading. Not thread-safe. */
    static final class SteppingClock extends Clock {
        private Instant now;
        private final Duration step;

        SteppingClock(Instant start, Duration step) {
            this.now = start;
            this.step = step;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            Instant t = now;
            now = now.plus(step);
            return t;
        }
    }
}
