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
    private final Settlement settlement;
    private final Texts texts;
    private final RunTable runs = new RunTable();
    /** The run of the previous event: a stream usually reports a run's events together. */
    private RunState lastRun;
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
        this.settlement = new Settlement(config, texts);
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
        RunState run = findRun(event.system(), event.fromUnit(), event.runId());
        if (run != null && run.operations != 0 && event.toUnit().equals(run.checkedTo)
                && (run.operations & FlowIndex.bit(event.operation())) != 0) {
            // The flow of this run was checked against the directory and matrix by an earlier event.
            ingest(event, run.fromLevel, run.toLevel, run, true);
            return;
        }
        UnitIndex units = config.units();
        if (units == null) {
            throw new ConfigurationException("A reconciler without a unit directory cannot place " + event.system()
                    + " event of run " + event.runId() + " from " + event.fromUnit() + ": expected Reconciler.Builder.directory(...)"
                    + " or RecordedTransfer events, which carry their levels");
        }
        UnitIndex.Unit from = units.find(event.fromUnit());
        UnitIndex.Unit to = units.find(event.toUnit());
        int fromLevel;
        int toLevel;
        if (from != null && to != null && UnitIndex.related(from, to)
                && config.flows().has(event.system(), from.level(), to.level(), event.operation())) {
            fromLevel = from.level();
            toLevel = to.level();
        } else {
            TransferRule rule = config.matrix().resolve(event, config.directory());
            fromLevel = rule.fromLevel();
            toLevel = rule.toLevel();
        }
        ingest(event, fromLevel, toLevel, run, true);
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
        ingest(e, record.fromLevel(), record.toLevel(), findRun(e.system(), e.fromUnit(), e.runId()), false);
    }

    private RunState findRun(String system, String fromUnit, String runId) {
        RunState run = lastRun;
        if (run != null && run.is(system, fromUnit, runId)) {
            return run;
        }
        run = runs.get(system, fromUnit, runId);
        if (run != null) {
            lastRun = run;
        }
        return run;
    }

    /**
     * Records an event whose levels are known.
     *
     * @param run the event's run if already known, else {@code null}
     * @param checked whether the event's flow was checked against the directory and matrix, so that
     *     later events of the same run and receiver need not be
     */
    private void ingest(TransferEvent e, int fromLevel, int toLevel, RunState run, boolean checked) {
        long at = Times.nanos(e.occurredAt(), "occurredAt");
        if (e instanceof ExportRun export) {
            run = export(export, fromLevel, toLevel, run);
        } else {
            if (e instanceof FileApplied update && !update.failed() && !update.version().isEmpty()) {
                stale.add(update);
            }
            if (run == null) {
                run = newRun(e.system(), e.fromUnit(), e.runId(), fromLevel, toLevel);
            }
            if (run.settled) {
                afterSettlement(run, e, at);
            } else {
                String name = fileName(e);
                FileState file = run.file(name);
                if (file == null) {
                    file = run.addFile(name);
                    pendingFiles++;
                }
                file.seen(at, e.toUnit().equals(run.checkedTo) ? run.checkedTo : e.toUnit());
                Instant occurred = e.occurredAt();
                if (run.export == null && (run.firstEventAt == null || occurred.isBefore(run.firstEventAt))) {
                    run.firstEventAt = occurred;
                    deadline(run, occurred.plus(settleAfter));
                }
                record(file, e, at);
            }
        }
        if (checked && run.checkedTo == null && run.fromLevel == fromLevel && run.toLevel == toLevel) {
            run.checkedTo = e.toUnit();
            run.operations = config.flows().operations(e.system(), fromLevel, toLevel);
        }
        if (schedules != null && schedules.covers(e.system()) && (e instanceof ExportRun || e instanceof FileReceived)) {
            UnitIndex.Unit from = config.units().find(e.fromUnit());
            UnitIndex.Unit to = config.units().find(e.toUnit());
            if (from != null && to != null) {
                if (e instanceof ExportRun export) {
                    schedules.export(export, from.office(), to.office());
                } else {
                    schedules.receipt((FileReceived) e, from.office(), to.office());
                }
            }
        }
    }

    private RunState newRun(String system, String fromUnit, String runId, int fromLevel, int toLevel) {
        RunState run = runs.create(system, fromUnit, runId);
        run.fromLevel = fromLevel;
        run.toLevel = toLevel;
        run.applyExpected = config.flows().has(system, fromLevel, toLevel, TransferOperation.APPLY);
        pendingRuns++;
        lastRun = run;
        return run;
    }

    private RunState export(ExportRun r, int fromLevel, int toLevel, RunState known) {
        RunState run = known;
        if (run == null) {
            run = newRun(r.system(), r.fromUnit(), r.runId(), fromLevel, toLevel);
        } else if (run.settled) {
            if (!run.exported) {
                run.exported = true;
                outcomes.single(r.exportedAt(), Outcomes.AFTER_SETTLEMENT, texts.discrepancy(DiscrepancyKind.LATE,
                        "late.export", "late.export.detail", r.exportedAt(), r.system(), r.fromUnit(), r.toUnit(),
                        r.runId(), "", r.exportedAt(), run.deadline));
            }
            return run;
        } else if (run.export != null) {
            if (run.export.equals(r)) {
                return run;
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
        run.fromLevel = fromLevel;
        run.toLevel = toLevel;
        run.applyExpected = config.flows().has(r.system(), fromLevel, toLevel, TransferOperation.APPLY);
        run.reserve(r.files().size());
        for (ExportedFile f : r.files()) {
            FileState file = run.file(f.name());
            if (file == null) {
                file = run.addFile(f.name());
                pendingFiles++;
            }
            file.listed = f;
        }
        deadline(run, r.exportedAt().plus(settleAfter));
        return run;
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

    private static void record(FileState file, TransferEvent e, long at) {
        if (e instanceof FileReceived x) {
            file.received(at, x.size(), x.checksum());
        } else if (e instanceof FileApplied x) {
            if (x.failed()) {
                file.failed(at, x.updateError());
            } else {
                file.applied(at, x.size());
            }
        } else if (e instanceof FileTransmitted x) {
            file.transmitted(at, x.size());
        }
    }

    /**
     * An event for a run already settled and still remembered. A file the run did not have is
     * collected until the next flush and then reported once as unexpected; for a known file, a
     * receipt is a duplicate (or a late receipt if the file was missing), a failed update an update
     * failure, and anything else late. Each finding depends only on the event and the settled state,
     * or (receipts) on all receipts since the last flush, so arrival order does not matter.
     */
    private void afterSettlement(RunState run, TransferEvent e, long nanos) {
        String name = fileName(e);
        FileState file = run.file(name);
        Instant at = e.occurredAt();
        if (file == null) {
            file = run.addFile(name);
            file.postNew = true;
            afterSettlement.add(file);
        }
        if (file.postNew) {
            file.seen(nanos, e.toUnit());
            record(file, e, nanos);
            return;
        }
        String to = run.exported ? run.toUnit : file.toUnit;
        if (e instanceof FileReceived) {
            if (!file.postDirty) {
                file.postDirty = true;
                file.postPriorReceipts = file.rxCount;
                file.postAt = nanos;
                afterSettlement.add(file);
            } else if (nanos < file.postAt) {
                file.postAt = nanos;
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
                outcomes.single(Times.instant(f.firstAt), Outcomes.AFTER_SETTLEMENT, settlement.unexpected(run, f, to));
                f.compact();
                continue;
            }
            Instant at = Times.instant(f.postAt);
            if (f.postPriorReceipts == 0) {
                outcomes.single(at, Outcomes.AFTER_SETTLEMENT, texts.discrepancy(DiscrepancyKind.LATE, "late.after",
                        "late.after.detail", at, run.system, run.fromUnit, to, run.runId, f.name,
                        texts.operation(TransferOperation.RECEIVE), at, run.deadline));
            }
            if (f.rxCount >= 2) {
                outcomes.single(at, Outcomes.AFTER_SETTLEMENT, texts.discrepancy(DiscrepancyKind.DUPLICATE_DELIVERY,
                        "duplicate", "duplicate.after.detail", at, run.system, run.fromUnit, to, run.runId, f.name,
                        f.rxCount, at));
            }
            f.postDirty = false;
            f.postAt = Times.NONE;
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
            summary = settlement.exported(run, found);
        } else {
            for (FileState f : run.fileSlots()) {
                if (f != null) {
                    found.add(settlement.unexpected(run, f, f.toUnit));
                    settlement.fileChecks(run, f, f.toUnit, -1, found);
                }
            }
        }
        outcomes.run(run, found, summary);
        run.export = null;
        if (remember && config.rememberSettledFor().compareTo(Duration.ZERO) > 0) {
            run.forEachFile(FileState::compact);
            remembered.add(new Queued(run.deadline.plus(config.rememberSettledFor()), run));
        } else if (remember) {
            forget(run);
        }
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
        runs.remove(run);
        if (lastRun == run) {
            lastRun = null;
        }
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
        lastRun = null;
        deadlines.clear();
        remembered.clear();
        stale.clear();
        afterSettlement.clear();
        pendingFiles = 0;
        pendingRuns = 0;
    }
}
