package io.github.vncustoms.monitoring.internal.reconcile;

import io.github.vncustoms.core.error.ConfigurationException;
import io.github.vncustoms.core.error.InvalidStateException;
import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.monitoring.internal.Fields;
import io.github.vncustoms.monitoring.reconcile.Discrepancy;
import io.github.vncustoms.monitoring.reconcile.DiscrepancyKind;
import io.github.vncustoms.monitoring.reconcile.ReconciliationListener;
import io.github.vncustoms.monitoring.reconcile.RunSummary;
import io.github.vncustoms.monitoring.transfer.ExportRun;
import io.github.vncustoms.monitoring.transfer.ExportedFile;
import io.github.vncustoms.monitoring.transfer.FileApplied;
import io.github.vncustoms.monitoring.transfer.FileReceived;
import io.github.vncustoms.monitoring.transfer.FileTransmitted;
import io.github.vncustoms.monitoring.transfer.RecordedTransfer;
import io.github.vncustoms.monitoring.transfer.TransferEvent;
import io.github.vncustoms.monitoring.transfer.TransferOperation;
import io.github.vncustoms.monitoring.transfer.TransferRule;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The state machine behind a reconciliation session: it matches events per file and per run as they
 * come, settles each run when the watermark passes its deadline, and reports what it found.
 *
 * <p>A run's deadline is its export time plus the settle time; a run known only from file events
 * (no export reported yet) is settled at its earliest event plus the settle time. Once settled, a
 * run and its files are dropped, or kept in compact form for the remember time so that late
 * receipts are still recognised as duplicates. Not thread-safe: one thread drives a session.
 */
public final class Engine {
    private record Queued(Instant at, RunState run) {
    }

    private static final Comparator<Queued> BY_TIME = Comparator.comparing(Queued::at);

    private final EngineConfig config;
    private final ReconciliationListener listener;
    private final Duration settleAfter;
    private final Texts texts;
    private final RunTable runs = new RunTable();
    private final FileTable files = new FileTable();
    private final PriorityQueue<Queued> deadlines = new PriorityQueue<>(BY_TIME);
    private final PriorityQueue<Queued> remembered = new PriorityQueue<>(BY_TIME);
    private final StaleDetector stale = new StaleDetector();
    private final Schedules schedules;
    private final List<FileState> afterSettlement = new ArrayList<>();
    private final Outcomes outcomes = new Outcomes();
    private Instant watermark;
    private int pendingFiles;
    private int pendingRuns;
    private String closedBecause;

    /**
     * Opens a session.
     *
     * @param config the reconciler's settings
     * @param start where the session starts: its first watermark and the start of its schedules
     * @param listener receives what is found
     */
    public Engine(EngineConfig config, Instant start, ReconciliationListener listener) {
        this.config = config;
        this.listener = listener;
        this.settleAfter = config.settleAfter();
        this.texts = new Texts(config.locale(), config.calendar().zone());
        this.watermark = start;
        this.schedules = config.lanes().isEmpty() ? null
                : new Schedules(config.lanes(), start, config.calendar(), settleAfter, texts);
    }

    // ------------------------------------------------------------------ intake

    /**
     * Takes an event whose levels must be resolved through the directory.
     *
     * @param event the event
     */
    public void accept(TransferEvent event) {
        open();
        Fields.present(event, "event", "a transfer event");
        UnitIndex units = config.units();
        if (units == null) {
            throw new ConfigurationException("A reconciler without a unit directory cannot place " + event.system()
                    + " event of run " + event.runId() + " from " + event.fromUnit() + ": expected Reconciler.Builder.directory(...)"
                    + " or RecordedTransfer events, which carry their levels");
        }
        UnitIndex.Unit from = units.find(event.fromUnit());
        UnitIndex.Unit to = units.find(event.toUnit());
        if (from != null && to != null && UnitIndex.related(from, to)
                && config.flows().has(event.system(), from.level(), to.level(), event.operation())) {
            ingest(event, from.level(), to.level(), from, to);
        } else {
            TransferRule rule = config.matrix().resolve(event, config.directory());
            ingest(event, rule.fromLevel(), rule.toLevel(), from, to);
        }
    }

    /**
     * Takes an event as a ledger recorded it, with its levels.
     *
     * @param record the record
     */
    public void accept(RecordedTransfer record) {
        open();
        Fields.present(record, "record", "a recorded transfer");
        TransferEvent e = record.event();
        UnitIndex units = config.units();
        boolean lanes = schedules != null && units != null && schedules.covers(e.system());
        ingest(e, record.fromLevel(), record.toLevel(), lanes ? units.find(e.fromUnit()) : null,
                lanes ? units.find(e.toUnit()) : null);
    }

    private void ingest(TransferEvent e, int fromLevel, int toLevel, UnitIndex.Unit from, UnitIndex.Unit to) {
        if (e instanceof ExportRun run) {
            export(run, fromLevel, toLevel);
            if (schedules != null && from != null && to != null && schedules.covers(run.system())) {
                schedules.export(run, from.office(), to.office());
            }
            return;
        }
        if (e instanceof FileApplied update && !update.failed() && !update.version().isEmpty()) {
            stale.add(update);
        }
        RunState run = runs.get(e.system(), e.fromUnit(), e.runId());
        if (run == null) {
            run = newRun(e.system(), e.fromUnit(), e.runId(), fromLevel, toLevel);
        }
        if (run.settled) {
            afterSettlement(run, e);
        } else {
            String name = fileName(e);
            FileState file = files.get(run, name);
            if (file == null) {
                file = files.create(run, name);
                pendingFiles++;
            }
            Instant at = e.occurredAt();
            file.seen(at, e.toUnit());
            if (run.export == null && (run.firstEventAt == null || at.isBefore(run.firstEventAt))) {
                run.firstEventAt = at;
                deadline(run, at.plus(settleAfter));
            }
            record(file, e);
        }
        if (e instanceof FileReceived receipt && schedules != null && from != null && to != null
                && schedules.covers(receipt.system())) {
            schedules.receipt(receipt, from.office(), to.office());
        }
    }

    private RunState newRun(String system, String fromUnit, String runId, int fromLevel, int toLevel) {
        RunState run = runs.create(system, fromUnit, runId);
        run.applyExpected = config.flows().has(system, fromLevel, toLevel, TransferOperation.APPLY);
        pendingRuns++;
        return run;
    }

    private void export(ExportRun r, int fromLevel, int toLevel) {
        RunState run = runs.get(r.system(), r.fromUnit(), r.runId());
        if (run == null) {
            run = newRun(r.system(), r.fromUnit(), r.runId(), fromLevel, toLevel);
        } else if (run.settled) {
            if (!run.exported) {
                run.exported = true;
                outcomes.single(r.exportedAt(), Outcomes.AFTER_SETTLEMENT, texts.discrepancy(DiscrepancyKind.LATE,
                        "late.export", "late.export.detail", r.exportedAt(), r.system(), r.fromUnit(), r.toUnit(),
                        r.runId(), "", r.exportedAt(), run.deadline));
            }
            return;
        } else if (run.export != null) {
            if (run.export.equals(r)) {
                return;
            }
            throw new ValidationException("runId", "Export run " + r.runId() + " of " + r.system() + " from " + r.fromUnit()
                    + " was already reported with other figures (" + run.export.totalFiles() + " files, "
                    + run.export.totalSize() + " bytes to " + run.export.toUnit() + " at " + run.export.exportedAt()
                    + "): expected each run id to be reported once per system and exporting unit");
        }
        run.export = r;
        run.exported = true;
        run.toUnit = r.toUnit();
        run.listedFiles = r.totalFiles();
        run.applyExpected = config.flows().has(r.system(), fromLevel, toLevel, TransferOperation.APPLY);
        for (ExportedFile f : r.files()) {
            FileState file = files.get(run, f.name());
            if (file == null) {
                file = files.create(run, f.name());
                pendingFiles++;
            }
            file.listed = f;
        }
        deadline(run, r.exportedAt().plus(settleAfter));
    }

    private void deadline(RunState run, Instant at) {
        if (!at.equals(run.deadline)) {
            run.deadline = at;
            deadlines.add(new Queued(at, run));
        }
    }

    private static String fileName(TransferEvent e) {
        if (e instanceof FileReceived x) {
            return x.fileName();
        }
        if (e instanceof FileApplied x) {
            return x.fileName();
        }
        return ((FileTransmitted) e).fileName();
    }

    private static void record(FileState file, TransferEvent e) {
        if (e instanceof FileReceived x) {
            file.received(x.endedAt(), x.size(), x.checksum());
        } else if (e instanceof FileApplied x) {
            if (x.failed()) {
                file.failed(x.endedAt(), x.updateError());
            } else {
                file.applied(x.endedAt(), x.size());
            }
        } else if (e instanceof FileTransmitted x) {
            file.transmitted(x.endedAt(), x.size());
        }
    }

    /**
     * An event for a run already settled and still remembered. A file the run did not have is
     * collected until the next flush and then reported once as unexpected; for a known file, a
     * receipt is a duplicate (or a late receipt if the file was missing), a failed update an update
     * failure, and anything else late. Each finding depends only on the event and the settled state,
     * or (receipts) on all receipts since the last flush, so arrival order does not matter.
     */
    private void afterSettlement(RunState run, TransferEvent e) {
        String name = fileName(e);
        FileState file = files.get(run, name);
        Instant at = e.occurredAt();
        if (file == null) {
            file = files.create(run, name);
            file.postNew = true;
            afterSettlement.add(file);
        }
        if (file.postNew) {
            file.seen(at, e.toUnit());
            record(file, e);
            return;
        }
        String to = run.exported ? run.toUnit : file.toUnit;
        if (e instanceof FileReceived) {
            if (!file.postDirty) {
                file.postDirty = true;
                file.postPriorReceipts = file.rxCount;
                file.postAt = at;
                afterSettlement.add(file);
            } else if (at.isBefore(file.postAt)) {
                file.postAt = at;
            }
            file.rxCount++;
        } else if (e instanceof FileApplied x && x.failed()) {
            outcomes.single(at, Outcomes.AFTER_SETTLEMENT, texts.discrepancy(DiscrepancyKind.APPLY_FAILED, "applyFailed",
                    "applyFailed.detail", at, run.system, run.fromUnit, to, run.runId, name, x.updateError(), at, 1));
        } else {
            outcomes.single(at, Outcomes.AFTER_SETTLEMENT, texts.discrepancy(DiscrepancyKind.LATE, "late.after",
                    "late.after.detail", at, run.system, run.fromUnit, to, run.runId, name,
                    texts.operation(e.operation()), at, run.deadline));
        }
    }

    private void flushAfterSettlement() {
        for (FileState f : afterSettlement) {
            RunState run = f.run;
            String to = run.exported ? run.toUnit : f.toUnit;
            if (f.postNew) {
                f.postNew = false;
                outcomes.single(f.firstAt, Outcomes.AFTER_SETTLEMENT, unexpected(run, f, to));
                f.compact();
                continue;
            }
            if (f.postPriorReceipts == 0) {
                outcomes.single(f.postAt, Outcomes.AFTER_SETTLEMENT, texts.discrepancy(DiscrepancyKind.LATE, "late.after",
                        "late.after.detail", f.postAt, run.system, run.fromUnit, to, run.runId, f.name,
                        texts.operation(TransferOperation.RECEIVE), f.postAt, run.deadline));
            }
            if (f.rxCount >= 2) {
                outcomes.single(f.postAt, Outcomes.AFTER_SETTLEMENT, texts.discrepancy(DiscrepancyKind.DUPLICATE_DELIVERY,
                        "duplicate", "duplicate.after.detail", f.postAt, run.system, run.fromUnit, to, run.runId, f.name,
                        f.rxCount, f.postAt));
            }
            f.postDirty = false;
            f.postAt = null;
        }
        afterSettlement.clear();
    }

    // ------------------------------------------------------------------ settling

    /**
     * Settles everything whose deadline is at or before the watermark and reports it.
     *
     * @param to the new watermark
     */
    public void advanceTo(Instant to) {
        open();
        Fields.instant(to, "watermark");
        notBack(to, "watermark");
        watermark = to;
        stale.drain(to, this::staleFound);
        if (schedules != null) {
            schedules.advanceTo(to, d -> outcomes.single(d.at(), Outcomes.SCHEDULE, d));
        }
        while (!deadlines.isEmpty() && !deadlines.peek().at().isAfter(to)) {
            Queued q = deadlines.poll();
            if (!q.run().settled && q.at().equals(q.run().deadline)) {
                settle(q.run(), true);
            }
        }
        flushAfterSettlement();
        while (!remembered.isEmpty() && !remembered.peek().at().isAfter(to)) {
            forget(remembered.poll().run());
        }
        outcomes.emitTo(listener);
    }

    /**
     * Settles everything and reports it; schedules are decided up to the end. The session is then
     * finished.
     *
     * @param end the end of the reconciled period
     */
    public void finish(Instant end) {
        open();
        Fields.instant(end, "end");
        notBack(end, "end");
        watermark = end;
        stale.drain(null, this::staleFound);
        if (schedules != null) {
            schedules.finish(end, d -> outcomes.single(d.at(), Outcomes.SCHEDULE, d));
        }
        while (!deadlines.isEmpty()) {
            Queued q = deadlines.poll();
            if (!q.run().settled && q.at().equals(q.run().deadline)) {
                settle(q.run(), false);
            }
        }
        flushAfterSettlement();
        closedBecause = "finished at " + end;
        release();
        outcomes.emitTo(listener);
    }

    /** Drops the session's state without settling anything. */
    public void close() {
        if (closedBecause == null) {
            closedBecause = "closed";
        }
        release();
    }

    /**
     * Returns the current watermark.
     *
     * @return the instant
     */
    public Instant watermark() {
        return watermark;
    }

    /**
     * Returns how many files of runs not yet settled are held.
     *
     * @return the count
     */
    public int pendingFiles() {
        return pendingFiles;
    }

    /**
     * Returns how many runs are not yet settled.
     *
     * @return the count
     */
    public int pendingRuns() {
        return pendingRuns;
    }

    private void settle(RunState run, boolean remember) {
        run.settled = true;
        pendingRuns--;
        pendingFiles -= run.fileCount;
        List<Discrepancy> found = new ArrayList<>(0);
        RunSummary summary = null;
        if (run.export != null) {
            summary = settleExported(run, found);
        } else {
            for (FileState f = run.files; f != null; f = f.nextInRun) {
                found.add(unexpected(run, f, f.toUnit));
                fileChecks(run, f, f.toUnit, -1, found);
            }
        }
        outcomes.run(run, found, summary);
        run.export = null;
        if (remember && config.rememberSettledFor().compareTo(Duration.ZERO) > 0) {
            for (FileState f = run.files; f != null; f = f.nextInRun) {
                f.compact();
            }
            remembered.add(new Queued(run.deadline.plus(config.rememberSettledFor()), run));
        } else if (remember) {
            forget(run);
        }
    }

    private RunSummary settleExported(RunState run, List<Discrepancy> found) {
        ExportRun r = run.export;
        String to = r.toUnit();
        int received = 0;
        int applied = 0;
        long sizeReceived = 0;
        long sizeApplied = 0;
        List<FileState> failed = null;
        for (FileState f = run.files; f != null; f = f.nextInRun) {
            if (f.listed == null) {
                found.add(unexpected(run, f, to));
                fileChecks(run, f, to, -1, found);
            } else {
                listedChecks(run, r, f, found);
            }
            if (f.rxCount > 0) {
                received++;
                sizeReceived += f.rxSize;
            }
            if (f.okCount > 0) {
                applied++;
                sizeApplied += f.okSize;
            }
            if (f.failCount > 0) {
                if (failed == null) {
                    failed = new ArrayList<>();
                }
                failed.add(f);
            }
        }
        if (r.totalFiles() != received || r.totalSize() != sizeReceived || run.applyExpected && sizeApplied != sizeReceived) {
            found.add(texts.discrepancy(DiscrepancyKind.TOTALS_MISMATCH, "totals.expected",
                    run.applyExpected ? "totals.actual.apply" : "totals.actual",
                    run.applyExpected ? "totals.detail.apply" : "totals.detail", run.deadline, run.system, run.fromUnit,
                    to, run.runId, "", r.totalFiles(), r.totalSize(), received, sizeReceived, sizeApplied));
        }
        List<String> errors = List.of();
        if (failed != null) {
            failed.sort(Comparator.comparing((FileState f) -> f.name).thenComparing(f -> f.failError));
            errors = new ArrayList<>(failed.size());
            for (FileState f : failed) {
                errors.add(f.failError);
            }
        }
        return new RunSummary(r, received, sizeReceived, applied, sizeApplied, errors,
                found.size() + run.extraDiscrepancies);
    }

    private void listedChecks(RunState run, ExportRun r, FileState f, List<Discrepancy> found) {
        ExportedFile x = f.listed;
        String to = r.toUnit();
        if (f.txCount > 0 && f.txSize != x.size()) {
            found.add(texts.discrepancy(DiscrepancyKind.SIZE_MISMATCH, "size.transmit", "size.transmit.detail", f.txAt,
                    run.system, run.fromUnit, to, run.runId, f.name, x.size(), f.txSize, f.txAt));
        }
        if (f.rxCount == 0) {
            found.add(texts.discrepancy(DiscrepancyKind.MISSING_AT_RECEIVER, "missing", "missing.detail", run.deadline,
                    run.system, run.fromUnit, to, run.runId, f.name, x.size(), r.exportedAt(), run.deadline));
        } else {
            if (f.rxSize != x.size()) {
                found.add(texts.discrepancy(DiscrepancyKind.SIZE_MISMATCH, "size.receipt", "size.receipt.detail", f.rxAt,
                        run.system, run.fromUnit, to, run.runId, f.name, x.size(), f.rxSize, f.rxAt));
            }
            if (x.hasChecksum() && !f.rxChecksum.isEmpty() && !x.checksum().equals(f.rxChecksum)) {
                found.add(texts.discrepancy(DiscrepancyKind.CHECKSUM_MISMATCH, "checksum", "checksum.detail", f.rxAt,
                        run.system, run.fromUnit, to, run.runId, f.name, x.checksum(), f.rxChecksum, f.rxAt));
            }
            Instant due = r.exportedAt().plus(config.receiveWithin());
            if (f.rxAt.isAfter(due)) {
                found.add(texts.discrepancy(DiscrepancyKind.LATE, "late.receipt", "late.receipt.detail", f.rxAt,
                        run.system, run.fromUnit, to, run.runId, f.name, r.exportedAt(), due, f.rxAt,
                        Duration.between(r.exportedAt(), f.rxAt), config.receiveWithin()));
            }
            if (run.applyExpected && f.okCount == 0 && f.failCount == 0) {
                found.add(texts.discrepancy(DiscrepancyKind.RECEIVED_NOT_APPLIED, "notApplied", "notApplied.detail",
                        run.deadline, run.system, run.fromUnit, to, run.runId, f.name, f.rxAt,
                        f.rxAt.plus(config.applyWithin()), run.deadline, config.applyWithin()));
            }
        }
        fileChecks(run, f, to, x.size(), found);
    }

    /** Checks that hold for any file, listed or not: duplicates, updates' size, lateness and errors. */
    private void fileChecks(RunState run, FileState f, String to, long exportedSize, List<Discrepancy> found) {
        if (f.rxCount >= 2) {
            found.add(texts.discrepancy(DiscrepancyKind.DUPLICATE_DELIVERY, "duplicate", "duplicate.detail", f.rx2At,
                    run.system, run.fromUnit, to, run.runId, f.name, f.rxCount, f.rxAt, f.rx2At));
        }
        if (f.okCount > 0) {
            if (f.rxCount > 0 && f.okSize != f.rxSize) {
                found.add(texts.discrepancy(DiscrepancyKind.SIZE_MISMATCH, "size.update", "size.update.detail", f.okAt,
                        run.system, run.fromUnit, to, run.runId, f.name, f.rxSize, f.okSize, f.okAt));
            } else if (f.rxCount == 0 && exportedSize >= 0 && f.okSize != exportedSize) {
                found.add(texts.discrepancy(DiscrepancyKind.SIZE_MISMATCH, "size.updateExport.expected", "size.update.actual",
                        "size.updateExport.detail", f.okAt, run.system, run.fromUnit, to, run.runId, f.name, exportedSize,
                        f.okSize, f.okAt));
            }
            if (f.rxCount > 0) {
                Instant due = f.rxAt.plus(config.applyWithin());
                if (f.okAt.isAfter(due)) {
                    found.add(texts.discrepancy(DiscrepancyKind.LATE, "late.update", "late.update.detail", f.okAt,
                            run.system, run.fromUnit, to, run.runId, f.name, f.rxAt, due, f.okAt,
                            Duration.between(f.rxAt, f.okAt), config.applyWithin()));
                }
            }
        }
        if (f.failCount > 0) {
            found.add(texts.discrepancy(DiscrepancyKind.APPLY_FAILED, "applyFailed",
                    f.okCount > 0 ? "applyFailed.detail.recovered" : "applyFailed.detail", f.failAt, run.system,
                    run.fromUnit, to, run.runId, f.name, f.failError, f.failAt, f.failCount,
                    f.okAt == null ? "" : f.okAt));
        }
    }

    private Discrepancy unexpected(RunState run, FileState f, String to) {
        boolean known = run.exported;
        return texts.discrepancy(DiscrepancyKind.UNEXPECTED_FILE,
                known ? "unexpected.expected.run" : "unexpected.expected.norun", "unexpected.actual",
                known ? "unexpected.detail.run" : "unexpected.detail.norun", f.firstAt, run.system, run.fromUnit, to,
                run.runId, f.name, f.firstAt, f.txCount, f.rxCount, f.okCount + f.failCount,
                run.listedFiles);
    }

    private void staleFound(FileApplied u, String current) {
        outcomes.single(u.endedAt(), Outcomes.STALE, texts.discrepancy(DiscrepancyKind.STALE_VERSION, "stale",
                "stale.detail", u.endedAt(), u.system(), u.fromUnit(), u.toUnit(), u.runId(), u.fileName(), u.version(),
                current, u.endedAt()));
        RunState run = runs.get(u.system(), u.fromUnit(), u.runId());
        if (run != null && !run.settled) {
            run.extraDiscrepancies++;
        }
    }

    private void forget(RunState run) {
        for (FileState f = run.files; f != null; f = f.nextInRun) {
            files.remove(f);
        }
        runs.remove(run);
    }

    // ------------------------------------------------------------------ lifecycle

    private void open() {
        if (closedBecause != null) {
            throw new InvalidStateException("The reconciliation session is " + closedBecause
                    + ": expected an open session; open a new one with Reconciler.open");
        }
    }

    private void notBack(Instant to, String field) {
        if (to.isBefore(watermark)) {
            throw new ValidationException(field, "The " + field + " " + to + " is before the current watermark " + watermark
                    + ": expected a watermark that never goes back");
        }
    }

    private void release() {
        runs.clear();
        files.clear();
        deadlines.clear();
        remembered.clear();
        stale.clear();
        afterSettlement.clear();
        pendingFiles = 0;
        pendingRuns = 0;
    }
}
