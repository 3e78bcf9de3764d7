package io.github.vncustoms.monitoring.internal.reconcile;

import io.github.vncustoms.monitoring.reconcile.Discrepancy;
import io.github.vncustoms.monitoring.reconcile.DiscrepancyKind;
import io.github.vncustoms.monitoring.reconcile.RunSummary;
import io.github.vncustoms.monitoring.transfer.ExportRun;
import io.github.vncustoms.monitoring.transfer.ExportedFile;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a settled run means (MON-T-02..04): the discrepancies of each of its files, the Annex I
 * comparison of its totals, and its summary. Works on the compact state only. Not thread-safe
 * (the texts cache their formats); one per session.
 */
final class Settlement {
    private final EngineConfig config;
    private final Texts texts;
    private final long receiveWithin;
    private final long applyWithin;

    Settlement(EngineConfig config, Texts texts) {
        this.config = config;
        this.texts = texts;
        this.receiveWithin = config.receiveWithin().toNanos();
        this.applyWithin = config.applyWithin().toNanos();
    }

    /**
     * Settles a run whose export was reported: checks each file, the Annex I totals, and sums the
     * run up.
     */
    RunSummary exported(RunState run, List<Discrepancy> found) {
        ExportRun r = run.export;
        String to = r.toUnit();
        int received = 0;
        int applied = 0;
        long sizeReceived = 0;
        long sizeApplied = 0;
        List<FileState> failed = null;
        for (FileState f : run.fileSlots()) {
            if (f == null) {
                continue;
            }
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
            Instant txAt = Times.instant(f.txAt);
            found.add(texts.discrepancy(DiscrepancyKind.SIZE_MISMATCH, "size.transmit", "size.transmit.detail", txAt,
                    run.system, run.fromUnit, to, run.runId, f.name, x.size(), f.txSize, txAt));
        }
        if (f.rxCount == 0) {
            found.add(texts.discrepancy(DiscrepancyKind.MISSING_AT_RECEIVER, "missing", "missing.detail", run.deadline,
                    run.system, run.fromUnit, to, run.runId, f.name, x.size(), r.exportedAt(), run.deadline));
        } else {
            if (f.rxSize != x.size()) {
                Instant rxAt = Times.instant(f.rxAt);
                found.add(texts.discrepancy(DiscrepancyKind.SIZE_MISMATCH, "size.receipt", "size.receipt.detail", rxAt,
                        run.system, run.fromUnit, to, run.runId, f.name, x.size(), f.rxSize, rxAt));
            }
            if (x.hasChecksum() && !f.rxChecksum.isEmpty() && !x.checksum().equals(f.rxChecksum)) {
                Instant rxAt = Times.instant(f.rxAt);
                found.add(texts.discrepancy(DiscrepancyKind.CHECKSUM_MISMATCH, "checksum", "checksum.detail", rxAt,
                        run.system, run.fromUnit, to, run.runId, f.name, x.checksum(), f.rxChecksum, rxAt));
            }
            if (f.rxAt - Times.nanos(r.exportedAt(), "exportedAt") > receiveWithin) {
                Instant rxAt = Times.instant(f.rxAt);
                found.add(texts.discrepancy(DiscrepancyKind.LATE, "late.receipt", "late.receipt.detail", rxAt,
                        run.system, run.fromUnit, to, run.runId, f.name, r.exportedAt(),
                        r.exportedAt().plus(config.receiveWithin()), rxAt, Duration.between(r.exportedAt(), rxAt),
                        config.receiveWithin()));
            }
            if (run.applyExpected && f.okCount == 0 && f.failCount == 0) {
                Instant rxAt = Times.instant(f.rxAt);
                found.add(texts.discrepancy(DiscrepancyKind.RECEIVED_NOT_APPLIED, "notApplied", "notApplied.detail",
                        run.deadline, run.system, run.fromUnit, to, run.runId, f.name, rxAt,
                        rxAt.plus(config.applyWithin()), run.deadline, config.applyWithin()));
            }
        }
        fileChecks(run, f, to, x.size(), found);
    }

    /** Checks that hold for any file, listed or not: duplicates, updates' size, lateness and errors. */
    void fileChecks(RunState run, FileState f, String to, long exportedSize, List<Discrepancy> found) {
        if (f.rxCount >= 2) {
            Instant second = Times.instant(f.rx2At);
            found.add(texts.discrepancy(DiscrepancyKind.DUPLICATE_DELIVERY, "duplicate", "duplicate.detail", second,
                    run.system, run.fromUnit, to, run.runId, f.name, f.rxCount, Times.instant(f.rxAt), second));
        }
        if (f.okCount > 0) {
            if (f.rxCount > 0 && f.okSize != f.rxSize) {
                Instant okAt = Times.instant(f.okAt);
                found.add(texts.discrepancy(DiscrepancyKind.SIZE_MISMATCH, "size.update", "size.update.detail", okAt,
                        run.system, run.fromUnit, to, run.runId, f.name, f.rxSize, f.okSize, okAt));
            } else if (f.rxCount == 0 && exportedSize >= 0 && f.okSize != exportedSize) {
                Instant okAt = Times.instant(f.okAt);
                found.add(texts.discrepancy(DiscrepancyKind.SIZE_MISMATCH, "size.updateExport.expected", "size.update.actual",
                        "size.updateExport.detail", okAt, run.system, run.fromUnit, to, run.runId, f.name, exportedSize,
                        f.okSize, okAt));
            }
            if (f.rxCount > 0 && f.okAt - f.rxAt > applyWithin) {
                Instant rxAt = Times.instant(f.rxAt);
                Instant okAt = Times.instant(f.okAt);
                found.add(texts.discrepancy(DiscrepancyKind.LATE, "late.update", "late.update.detail", okAt,
                        run.system, run.fromUnit, to, run.runId, f.name, rxAt, rxAt.plus(config.applyWithin()), okAt,
                        Duration.between(rxAt, okAt), config.applyWithin()));
            }
        }
        if (f.failCount > 0) {
            Instant failAt = Times.instant(f.failAt);
            found.add(texts.discrepancy(DiscrepancyKind.APPLY_FAILED, "applyFailed",
                    f.okCount > 0 ? "applyFailed.detail.recovered" : "applyFailed.detail", failAt, run.system,
                    run.fromUnit, to, run.runId, f.name, f.failError, failAt, f.failCount,
                    f.okCount > 0 ? Times.instant(f.okAt) : ""));
        }
    }

    Discrepancy unexpected(RunState run, FileState f, String to) {
        boolean known = run.exported;
        Instant first = Times.instant(f.firstAt);
        return texts.discrepancy(DiscrepancyKind.UNEXPECTED_FILE,
                known ? "unexpected.expected.run" : "unexpected.expected.norun", "unexpected.actual",
                known ? "unexpected.detail.run" : "unexpected.detail.norun", first, run.system, run.fromUnit, to,
                run.runId, f.name, first, f.txCount, f.rxCount, f.okCount + f.failCount,
                run.listedFiles);
    }
}
