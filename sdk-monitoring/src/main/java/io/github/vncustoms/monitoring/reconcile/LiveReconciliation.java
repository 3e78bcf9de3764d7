package io.github.vncustoms.monitoring.reconcile;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.monitoring.internal.Fields;
import io.github.vncustoms.monitoring.transfer.RecordedTransfer;
import io.github.vncustoms.monitoring.transfer.TransferListener;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Reconciles transfers as they are recorded (MON-T-01: monitoring follows each operation at once):
 * a {@link TransferListener} for a {@link io.github.vncustoms.monitoring.transfer.TransferMonitor}
 * that feeds one {@link ReconciliationSession}, with the watermark moved by a clock.
 *
 * <pre>{@code
 * IncidentDesk desk = IncidentDesk.builder(IncidentRouting.sample()).build();
 * LiveReconciliation live = LiveReconciliation.start(reconciler, clock, Duration.ofMinutes(5), desk);
 * TransferMonitor monitor = TransferMonitor.builder(units, policy).listener(live).build();
 * // ... applications call monitor.record(event) from any thread ...
 * scheduler.scheduleAtFixedRate(live::tick, 1, 1, TimeUnit.MINUTES);   // settles what is due
 * }</pre>
 *
 * <p>{@link #tick()} promises the session that every event that occurred more than the allowed
 * lateness ago has been recorded; an event reported later still is handled as the session documents
 * for late events. The listener (an incident desk, a report collector) is called on the thread
 * that records or ticks, one call at a time.
 *
 * <p>Thread-safe: every method holds the instance's lock while it drives the session.
 */
public final class LiveReconciliation implements TransferListener, AutoCloseable {
    private final ReconciliationSession session;
    private final Clock clock;
    private final Duration lateness;

    private LiveReconciliation(ReconciliationSession session, Clock clock, Duration lateness) {
        this.session = session;
        this.clock = clock;
        this.lateness = lateness;
    }

    /**
     * Opens a session at the clock's present instant.
     *
     * @param reconciler the reconciler
     * @param clock the clock that moves the watermark
     * @param lateness how long after an operation its event may still arrive in order; 0 or more
     * @param listener receives the discrepancies and run summaries
     * @return the live reconciliation
     * @throws ValidationException if an argument is missing or the lateness negative
     */
    public static LiveReconciliation start(Reconciler reconciler, Clock clock, Duration lateness,
            ReconciliationListener listener) {
        Fields.present(reconciler, "reconciler", "a reconciler");
        Fields.present(clock, "clock", "a clock");
        Fields.present(lateness, "lateness", "a duration of 0 or more");
        if (lateness.isNegative()) {
            throw new ValidationException("lateness", "Lateness " + lateness + " is negative: expected 0 or more");
        }
        return new LiveReconciliation(reconciler.open(clock.instant(), listener), clock, lateness);
    }

    /**
     * Feeds a recorded transfer to the session.
     *
     * @param recorded the transfer as the ledger recorded it
     */
    @Override
    public synchronized void recorded(RecordedTransfer recorded) {
        session.accept(recorded);
    }

    /**
     * Moves the watermark to the clock's instant minus the lateness, if that is later than the
     * current watermark, and settles what is due.
     *
     * @return the watermark after the tick
     */
    public synchronized Instant tick() {
        Instant target = clock.instant().minus(lateness);
        if (target.isAfter(session.watermark())) {
            session.advanceTo(target);
        }
        return session.watermark();
    }

    /**
     * Ends the stream at the clock's instant: settles every run still pending, whatever its deadline.
     * Call it when the monitored period is over, not merely when the process stops.
     */
    public synchronized void finish() {
        Instant end = clock.instant();
        session.finish(end.isBefore(session.watermark()) ? session.watermark() : end);
    }

    /**
     * Returns how many files are waiting to be settled.
     *
     * @return the count
     */
    public synchronized int pendingFiles() {
        return session.pendingFiles();
    }

    /** Drops the session's state without settling anything more. */
    @Override
    public synchronized void close() {
        session.close();
    }
}
