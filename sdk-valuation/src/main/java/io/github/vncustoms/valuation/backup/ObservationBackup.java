package io.github.vncustoms.valuation.backup;

import io.github.vncustoms.core.access.UnitFilter;
import io.github.vncustoms.core.audit.AuditEvent;
import io.github.vncustoms.core.audit.AuditJournal;
import io.github.vncustoms.core.error.IntegrityException;
import io.github.vncustoms.core.error.InvalidStateException;
import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.json.CustomsJson;
import io.github.vncustoms.valuation.approval.ApprovalState;
import io.github.vncustoms.valuation.internal.observation.BackupLine;
import io.github.vncustoms.valuation.internal.observation.BackupLine.ManifestLine;
import io.github.vncustoms.valuation.internal.observation.BackupLine.ObservationLine;
import io.github.vncustoms.valuation.observation.ObservationQuery;
import io.github.vncustoms.valuation.observation.PriceObservation;
import io.github.vncustoms.valuation.observation.spi.ValuationStore;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Writes each day's or half day's updates of the valuation database to a backup file, and restores
 * such a file (QĐ 2344 Art. 10.1.đ–e; VAL-22).
 *
 * <pre>{@code
 * ObservationBackup backup = ObservationBackup.builder(store).clock(clock).journal(journal).build();
 * BackupPeriod afternoon = BackupPeriod.afternoon(LocalDate.of(2026, 11, 20));
 * BackupManifest m = backup.write(afternoon, dir.resolve(afternoon.fileName()));   // after 24:00 Hanoi time
 * RestoreReport r = ObservationBackup.builder(freshStore).build().restore(dir.resolve(afternoon.fileName()));
 * }</pre>
 *
 * <h2>What a backup holds</h2>
 * The updates of a period are the observations entered in it and the proposals decided in it, each
 * as it stands when the backup is written; an observation entered in the morning and decided in the
 * afternoon is in both half days' backups. The file is UTF-8 JSON Lines: one observation a line, in
 * entry-time then id order, then one manifest line with the format, the period, the count and the
 * SHA-256 of every byte before the manifest line. A backup is written to a temporary file in the same
 * directory, forced to the device, then moved into place: the named file is complete or absent. A
 * backup is never overwritten, and a period is backed up only once it has ended. The file holds every
 * unit's data: keep it on secure storage (Art. 10.1.e).
 *
 * <h2>Restoring</h2>
 * The whole file is verified before anything is stored: the manifest must be the last line, the
 * count and the SHA-256 must match, every line must be a valid observation of the period, and no id may
 * repeat; otherwise an {@link IntegrityException} says what is wrong and nothing is loaded. Then each
 * observation is inserted if the store lacks it, a pending one in the store is given the decision the
 * backup holds, and one the store holds already (the same, or already decided) is left alone. If the
 * store holds a different version of any of them, nothing is loaded. Restore the files of a series in
 * the order they were written, into a store nobody else writes to meanwhile; restoring a file again
 * changes nothing, so a restore interrupted by a failing store is completed by running it again.
 *
 * <h2>Journal</h2>
 * With a journal, each backup written and each restore is appended: action {@value #WRITTEN} or
 * {@value #RESTORED}, object type {@value #OBJECT_TYPE} and the file name, the
 * {@linkplain Builder#systemActor system actor} as actor, and the period, count and SHA-256 as details,
 * so that the journal, which is signed, vouches for the file's checksum.
 *
 * <p>Immutable and thread-safe; files are read and written by the calling thread.
 */
public final class ObservationBackup {
    /** The journal action of a backup written. */
    public static final String WRITTEN = "valuation.backup.written";
    /** The journal action of a backup restored. */
    public static final String RESTORED = "valuation.backup.restored";
    /** The journal object type of backups. */
    public static final String OBJECT_TYPE = "valuation-backup";
    /** The actor named in the journal unless the builder sets another. */
    public static final String DEFAULT_SYSTEM_ACTOR = "vncustoms-valuation-backup";
    /** The unit named in the journal unless the builder sets another: headquarters. */
    public static final String DEFAULT_SYSTEM_UNIT = "TCHQ";

    private static final int MAX_CONFLICTS_NAMED = 10;

    private final ValuationStore store;
    private final Clock clock;
    private final AuditJournal journal;
    private final String actorId;
    private final String actorUnit;
    private final String origin;

    private ObservationBackup(Builder b) {
        this.store = b.store;
        this.clock = b.clock;
        this.journal = b.journal;
        this.actorId = b.actorId;
        this.actorUnit = b.actorUnit;
        this.origin = b.origin;
    }

    /**
     * Starts a backup service over a store.
     *
     * @param store the store to back up and to restore into
     * @return a builder
     */
    public static Builder builder(ValuationStore store) {
        return new Builder(store);
    }

    /**
     * Writes the updates of a period to a new file.
     *
     * @param period the period, which must have ended
     * @param file the file to create; its directory must exist
     * @return the manifest written on the file's last line
     * @throws InvalidStateException if the period has not ended or the file exists
     * @throws UncheckedIOException if the file cannot be written
     */
    public BackupManifest write(BackupPeriod period, Path file) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(file, "file");
        Instant now = clock.instant();
        if (now.isBefore(period.end())) {
            throw new InvalidStateException("The period " + period.day() + " " + period.part() + " ends at " + period.end()
                    + ", after now (" + now + "): expected a period that has ended, so that its backup holds all its updates");
        }
        if (Files.exists(file)) {
            throw new InvalidStateException("Backup file " + file.getFileName() + " already exists: expected a new file; "
                    + "a backup is never overwritten");
        }
        List<PriceObservation> changed = store.select(
                ObservationQuery.builder().changedBetween(period.start(), period.end()).build(), UnitFilter.all());
        Path directory = file.toAbsolutePath().getParent();
        Path partial = null;
        try {
            partial = Files.createTempFile(directory, ".valuation-backup-", ".part");
            MessageDigest sha = sha256();
            BackupManifest manifest;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial))) {
                for (PriceObservation o : changed) {
                    byte[] line = line(new BackupLine(ObservationLine.of(o), null));
                    sha.update(line);
                    out.write(line);
                }
                manifest = new BackupManifest(period, changed.size(), HexFormat.of().formatHex(sha.digest()), now);
                out.write(line(new BackupLine(null, new ManifestLine(BackupManifest.FORMAT, BackupManifest.VERSION,
                        period.day(), period.part().name(), period.start(), period.end(), manifest.count(),
                        manifest.sha256(), now))));
            }
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(partial, file);
            partial = null;
            journal(WRITTEN, file, manifest, null);
            return manifest;
        } catch (FileAlreadyExistsException e) {
            throw new InvalidStateException("Backup file " + file.getFileName() + " appeared while the backup was written: "
                    + "expected a new file; a backup is never overwritten", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write backup file " + file.getFileName() + ": " + e.getMessage(), e);
        } finally {
            if (partial != null) {
                try {
                    Files.deleteIfExists(partial);
                } catch (IOException ignored) {
                    // the temporary file stays behind; its name starts with a dot and ends in .part
                }
            }
        }
    }

    /**
     * Verifies a backup file without loading it: the manifest, the count, the SHA-256, and every
     * observation line.
     *
     * @param file the backup file
     * @return its manifest
     * @throws IntegrityException if the file is truncated, altered or not a backup; the message says which
     * @throws UncheckedIOException if the file cannot be read
     */
    public BackupManifest verify(Path file) {
        return read(file).manifest();
    }

    /**
     * Restores a backup file into the store, after verifying all of it.
     *
     * @param file the backup file
     * @return what was inserted, updated, and already there
     * @throws IntegrityException if the file is truncated, altered or not a backup; nothing is loaded
     * @throws InvalidStateException if the store holds a different version of an observation in the
     *     file; nothing is loaded
     * @throws UncheckedIOException if the file cannot be read
     */
    public RestoreReport restore(Path file) {
        Contents contents = read(file);
        List<PriceObservation> inserts = new ArrayList<>();
        List<PriceObservation> updates = new ArrayList<>();
        List<String> conflicts = new ArrayList<>();
        int unchanged = 0;
        for (PriceObservation saved : contents.observations()) {
            Optional<PriceObservation> found = store.find(saved.id());
            if (found.isEmpty()) {
                inserts.add(saved);
                continue;
            }
            PriceObservation stored = found.get();
            if (stored.equals(saved)) {
                unchanged++;
            } else if (sameApartFromDecision(stored, saved)) {
                if (stored.approval().state() == ApprovalState.PENDING) {
                    updates.add(saved);
                } else {
                    unchanged++;
                }
            } else {
                conflicts.add(saved.id());
            }
        }
        if (!conflicts.isEmpty()) {
            throw new InvalidStateException("The store holds other versions of " + conflicts.size() + " observation(s) of backup "
                    + file.getFileName() + " (" + String.join(", ", conflicts.subList(0, Math.min(MAX_CONFLICTS_NAMED, conflicts.size())))
                    + (conflicts.size() > MAX_CONFLICTS_NAMED ? ", ..." : "") + "): expected the store to lack them, hold the same, "
                    + "or hold them pending or decided on the same proposal; nothing was restored");
        }
        inserts.forEach(store::insert);
        updates.forEach(store::update);
        RestoreReport report = new RestoreReport(contents.manifest(), inserts.size(), updates.size(), unchanged);
        journal(RESTORED, file, contents.manifest(), report);
        return report;
    }

    /** Two versions of one observation that differ at most by the decision on the same proposal. */
    private static boolean sameApartFromDecision(PriceObservation stored, PriceObservation saved) {
        if (stored.approval().submission() == null || !stored.approval().submission().equals(saved.approval().submission())) {
            return false;
        }
        if (stored.approval().decision() != null && saved.approval().decision() != null) {
            return false;
        }
        try {
            return stored.toBuilder().approval(saved.approval()).build().equals(saved);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private record Contents(BackupManifest manifest, List<PriceObservation> observations) {
    }

    private Contents read(Path file) {
        Objects.requireNonNull(file, "file");
        MessageDigest sha = sha256();
        List<ObservationLine> lines = new ArrayList<>();
        ManifestLine manifestLine = null;
        long lineNumber = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(2048);
            for (int b = in.read(); ; b = in.read()) {
                if (b == -1) {
                    if (buffer.size() > 0) {
                        throw damaged(file, "its line " + (lineNumber + 1) + " ends without a line break: the file is truncated");
                    }
                    break;
                }
                if (b != '\n') {
                    buffer.write(b);
                    continue;
                }
                lineNumber++;
                byte[] bytes = buffer.toByteArray();
                buffer.reset();
                if (manifestLine != null) {
                    throw damaged(file, "line " + lineNumber + " follows the manifest line: expected the manifest last");
                }
                BackupLine line = parse(file, bytes, lineNumber);
                if (line.manifest() != null && line.observation() == null) {
                    manifestLine = line.manifest();
                } else if (line.observation() != null && line.manifest() == null) {
                    sha.update(bytes);
                    sha.update((byte) '\n');
                    lines.add(line.observation());
                } else {
                    throw damaged(file, "line " + lineNumber + " is neither an observation nor a manifest");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read backup file " + file.getFileName() + ": " + e.getMessage(), e);
        }
        if (manifestLine == null) {
            throw damaged(file, "it has no manifest line: the file is truncated, or not a backup of price observations");
        }
        BackupManifest manifest = manifest(file, manifestLine);
        if (manifest.count() != lines.size()) {
            throw damaged(file, "it holds " + lines.size() + " observation line(s) but its manifest counts " + manifest.count()
                    + ": lines were cut off, added or removed");
        }
        String actual = HexFormat.of().formatHex(sha.digest());
        if (!actual.equals(manifest.sha256())) {
            throw damaged(file, "its observation lines have SHA-256 " + actual + " but the manifest says " + manifest.sha256()
                    + ": the file was altered");
        }
        List<PriceObservation> observations = new ArrayList<>(lines.size());
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            PriceObservation o;
            try {
                o = lines.get(i).toObservation();
            } catch (RuntimeException e) {
                throw new IntegrityException("Backup file " + file.getFileName() + " is damaged: line " + (i + 1)
                        + " holds no valid observation (" + e.getMessage() + ")", e);
            }
            if (!changedWithin(o, manifest.period())) {
                throw damaged(file, "observation " + o.id() + " on line " + (i + 1) + " was neither entered nor decided in "
                        + manifest.period().day() + " " + manifest.period().part());
            }
            if (!ids.add(o.id())) {
                throw damaged(file, "observation " + o.id() + " appears twice, again on line " + (i + 1));
            }
            observations.add(o);
        }
        return new Contents(manifest, List.copyOf(observations));
    }

    private static boolean changedWithin(PriceObservation o, BackupPeriod period) {
        return period.contains(o.enteredAt())
                || o.approval().decision() != null && period.contains(o.approval().decision().decidedAt());
    }

    private static BackupLine parse(Path file, byte[] bytes, long lineNumber) {
        BackupLine line;
        try {
            line = CustomsJson.read(new String(bytes, StandardCharsets.UTF_8), BackupLine.class);
        } catch (ValidationException e) {
            throw new IntegrityException("Backup file " + file.getFileName() + " is damaged: line " + lineNumber
                    + " is not a backup line (" + e.getMessage() + ")", e);
        }
        if (line == null) {
            throw damaged(file, "line " + lineNumber + " is empty");
        }
        return line;
    }

    private static BackupManifest manifest(Path file, ManifestLine m) {
        if (!BackupManifest.FORMAT.equals(m.format()) || m.version() != BackupManifest.VERSION) {
            throw damaged(file, "its manifest names format " + m.format() + " version " + m.version() + ": expected "
                    + BackupManifest.FORMAT + " version " + BackupManifest.VERSION);
        }
        try {
            BackupPeriod period = new BackupPeriod(m.day(), DayPart.valueOf(Objects.requireNonNull(m.part(), "part")));
            if (!period.start().equals(m.from()) || !period.end().equals(m.to())) {
                throw damaged(file, "its manifest's period " + m.from() + "–" + m.to() + " is not " + m.day() + " " + m.part());
            }
            return new BackupManifest(period, m.count(), Objects.requireNonNull(m.sha256(), "sha256"),
                    Objects.requireNonNull(m.writtenAt(), "writtenAt"));
        } catch (IntegrityException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IntegrityException("Backup file " + file.getFileName() + " is damaged: its manifest is incomplete or invalid ("
                    + e.getMessage() + ")", e);
        }
    }

    private static IntegrityException damaged(Path file, String what) {
        return new IntegrityException("Backup file " + file.getFileName() + " is refused: " + what + "; nothing was loaded");
    }

    private static byte[] line(BackupLine line) {
        return (CustomsJson.write(line) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides SHA-256", e);
        }
    }

    private void journal(String action, Path file, BackupManifest manifest, RestoreReport report) {
        if (journal == null) {
            return;
        }
        AuditEvent.Builder event = AuditEvent.builder()
                .actor(actorId, actorUnit)
                .action(action)
                .object(OBJECT_TYPE, String.valueOf(file.getFileName()), actorUnit)
                .origin(origin)
                .detail("day", manifest.period().day().toString())
                .detail("part", manifest.period().part().name())
                .detail("from", manifest.period().start().toString())
                .detail("to", manifest.period().end().toString())
                .detail("count", Long.toString(manifest.count()))
                .detail("sha256", manifest.sha256())
                .detail("writtenAt", manifest.writtenAt().toString());
        if (report != null) {
            event.detail("inserted", Integer.toString(report.inserted()))
                    .detail("updated", Integer.toString(report.updated()))
                    .detail("unchanged", Integer.toString(report.unchanged()));
        }
        journal.append(event.build());
    }

    /** Collects the settings of an {@link ObservationBackup}; each setter checks its argument at once. Not thread-safe. */
    public static final class Builder {
        private final ValuationStore store;
        private Clock clock = Clock.systemUTC();
        private AuditJournal journal;
        private String actorId = DEFAULT_SYSTEM_ACTOR;
        private String actorUnit = DEFAULT_SYSTEM_UNIT;
        private String origin = "local";

        private Builder(ValuationStore store) {
            this.store = Objects.requireNonNull(store, "store");
        }

        /**
         * Sets the clock that tells whether a period has ended and stamps manifests.
         *
         * @param value the clock; default {@link Clock#systemUTC()}
         * @return this builder
         */
        public Builder clock(Clock value) {
            clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * Sets the journal that backups written and restores are appended to; without one nothing is journaled.
         *
         * @param value the journal
         * @return this builder
         */
        public Builder journal(AuditJournal value) {
            journal = Objects.requireNonNull(value, "journal");
            return this;
        }

        /**
         * Sets who the journal names for backups and restores.
         *
         * @param id the job's or operator's name; default {@value ObservationBackup#DEFAULT_SYSTEM_ACTOR}
         * @param unitCode the unit running it; default {@value ObservationBackup#DEFAULT_SYSTEM_UNIT}
         * @return this builder
         * @throws ValidationException if either is blank or the id is over 100 or the unit over 32 characters
         */
        public Builder systemActor(String id, String unitCode) {
            actorId = text("systemActor", id, 100);
            actorUnit = text("systemUnit", unitCode, 32).toUpperCase(Locale.ROOT);
            return this;
        }

        /**
         * Sets the origin journaled with every backup and restore.
         *
         * @param value e.g. the backup server's host name; default {@code "local"}
         * @return this builder
         * @throws ValidationException if blank or over 100 characters
         */
        public Builder origin(String value) {
            origin = text("origin", value, 100);
            return this;
        }

        private static String text(String field, String value, int max) {
            String v = Objects.requireNonNull(value, field).strip();
            if (v.isEmpty() || v.length() > max) {
                throw new ValidationException(field, "The " + field + " '" + v + "' is blank or too long: expected 1–"
                        + max + " characters");
            }
            return v;
        }

        /**
         * Builds the backup service.
         *
         * @return an immutable, thread-safe service
         */
        public ObservationBackup build() {
            return new ObservationBackup(this);
        }
    }
}
