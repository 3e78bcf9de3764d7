package io.github.vncustoms.monitoring.report;

import io.github.vncustoms.core.access.Account;
import io.github.vncustoms.core.org.UnitDirectory;
import io.github.vncustoms.core.time.WorkingCalendar;
import io.github.vncustoms.monitoring.internal.Fields;
import io.github.vncustoms.monitoring.reconcile.Discrepancy;
import io.github.vncustoms.monitoring.reconcile.ReconciliationResult;
import io.github.vncustoms.monitoring.reconcile.Reconciler;
import io.github.vncustoms.monitoring.reconcile.RunSummary;
import io.github.vncustoms.monitoring.transfer.RecordedTransfer;
import io.github.vncustoms.monitoring.transfer.TransferEvent;
import io.github.vncustoms.monitoring.transfer.TransferMonitor;
import io.github.vncustoms.monitoring.transfer.TransferOperation;
import io.github.vncustoms.monitoring.transfer.TransferQuery;
import io.github.vncustoms.monitoring.transfer.TransferScope;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Produces the Annex I report of a period from what a {@link TransferMonitor} recorded, reconciled,
 * and cut to what the caller may see (MON-T-02, MON-T-03, MON-T-05, MON-T-06).
 *
 * <pre>{@code
 * AnnexOneReporter reporter = AnnexOneReporter.create(monitor, reconciler, units);
 * AnnexOneReport today = reporter.report(caller, ReportPeriod.ofDay(LocalDate.of(2026, 11, 20)));
 * Files.writeString(Path.of("phu-luc-1.html"), AnnexOneHtml.create().render(today));
 * }</pre>
 *
 * <p>Reconciliation runs over every unit's events, since a flow can only be compared with both of
 * its ends; the caller then sees:
 * <ul>
 * <li>part 1, the runs whose export it may monitor (with the receivers' totals, which Annex I
 * puts on the same line so that they can be compared);</li>
 * <li>part 2, the receipts and updates it may monitor;</li>
 * <li>the discrepancies of a flow whose sending side or receiving side it may monitor.</li>
 * </ul>
 * A branch thus gets its own runs for declarations (Art. 7.3), and for risk data only its own
 * receipts and updates (Art. 9.3). The events read reach back and forward one
 * {@link Reconciler#settleAfter()} around the period, so that a run exported late on the last
 * day is settled with its receipts and a file received early on the first day finds its run.
 *
 * <p>Immutable and thread-safe.
 */
public final class AnnexOneReporter {
    private final TransferMonitor monitor;
    private final Reconciler reconciler;
    private final UnitDirectory directory;

    private AnnexOneReporter(TransferMonitor monitor, Reconciler reconciler, UnitDirectory directory) {
        this.monitor = monitor;
        this.reconciler = reconciler;
        this.directory = directory;
    }

    /**
     * Creates a reporter.
     *
     * @param monitor where the events were recorded
     * @param reconciler how they are reconciled; its matrix should be the monitor's
     * @param directory the units, for names and levels
     * @return the reporter
     * @throws io.github.vncustoms.core.error.ValidationException if an argument is missing
     */
    public static AnnexOneReporter create(TransferMonitor monitor, Reconciler reconciler, UnitDirectory directory) {
        return new AnnexOneReporter(Fields.present(monitor, "monitor", "a transfer monitor"),
                Fields.present(reconciler, "reconciler", "a reconciler"),
                Fields.present(directory, "directory", "a unit directory"));
    }

    /**
     * Produces the report of a period as one caller may see it.
     *
     * @param caller the account asking; an inactive account gets an empty report
     * @param period the days, in Vietnam
     * @return the report
     * @throws io.github.vncustoms.core.error.ValidationException if an argument is missing
     * @throws io.github.vncustoms.core.error.NotFoundException if the caller's unit is unknown
     */
    public AnnexOneReport report(Account caller, ReportPeriod period) {
        Fields.present(caller, "caller", "an account");
        Fields.present(period, "period", "a report period");
        TransferScope scope = monitor.scopeOf(caller);
        Instant from = period.from().atStartOfDay(WorkingCalendar.VIETNAM_ZONE).toInstant();
        Instant to = period.to().plusDays(1).atStartOfDay(WorkingCalendar.VIETNAM_ZONE).toInstant();
        TransferQuery window = TransferQuery.builder()
                .between(from.minus(reconciler.settleAfter()), to.plus(reconciler.settleAfter())).build();
        List<RecordedTransfer> all = new ArrayList<>();
        monitor.ledger().scan(window, TransferScope.everything(monitor.matrix()), all::add);
        ReconciliationResult result = reconciler.reconcileRecorded(all, from, to);

        List<TransferEvent> visibleEvents = new ArrayList<>();
        Set<String> visibleRuns = new HashSet<>();
        for (RecordedTransfer r : all) {
            if (scope.test(r)) {
                visibleEvents.add(r.event());
                if (r.event().operation() == TransferOperation.EXPORT) {
                    visibleRuns.add(runKey(r.event().system(), r.event().fromUnit(), r.event().runId()));
                }
            }
        }
        List<RunSummary> runs = result.runs().stream()
                .filter(s -> visibleRuns.contains(runKey(s.run().system(), s.run().fromUnit(), s.run().runId())))
                .toList();
        List<Discrepancy> discrepancies = result.discrepancies().stream().filter(d -> visible(scope, d)).toList();
        return AnnexOneReport.builder().period(period).directory(directory).runs(runs).events(visibleEvents)
                .discrepancies(discrepancies).build();
    }

    /**
     * Produces the report of one day.
     *
     * @param caller the account asking
     * @param day the day, in Vietnam
     * @return the report
     */
    public AnnexOneReport report(Account caller, LocalDate day) {
        return report(caller, ReportPeriod.ofDay(Fields.present(day, "day", "a day")));
    }

    private boolean visible(TransferScope scope, Discrepancy d) {
        int fromLevel = level(d.fromUnit());
        int toLevel = level(d.toUnit());
        if (fromLevel == 0 || toLevel == 0) {
            return false;
        }
        return scope.units().test(d.fromUnit()) && scope.allows(d.system(), fromLevel, toLevel, TransferOperation.EXPORT)
                || scope.units().test(d.toUnit()) && scope.allows(d.system(), fromLevel, toLevel, TransferOperation.RECEIVE);
    }

    private int level(String unit) {
        return directory.find(unit).map(u -> u.level()).orElse(0);
    }

    private static String runKey(String system, String fromUnit, String runId) {
        return system + '|' + fromUnit + '|' + runId;
    }

    @Override
    public String toString() {
        return "AnnexOneReporter[" + monitor + ", " + reconciler + "]";
    }
}
