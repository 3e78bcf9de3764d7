package io.github.vncustoms.monitoring.reconcile;

import io.github.vncustoms.core.error.ConfigurationException;
import io.github.vncustoms.core.error.InvalidStateException;
import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.monitoring.internal.reconcile.Engine;
import io.github.vncustoms.monitoring.transfer.RecordedTransfer;
import io.github.vncustoms.monitoring.transfer.TransferEvent;
import java.time.Instant;

/**
 * A streaming reconciliation (MON-T-04): events go in as they happen, a watermark says how far in
 * event time the stream is complete, and each run is settled, and its discrepancies and summary
 * reported to the {@link ReconciliationListener}, once the watermark passes its deadline.
 *
 * <pre>{@code
 * try (ReconciliationSession session = reconciler.open(start, listener)) {
 *     for (TransferEvent e : stream) {
 *         session.accept(e);
 *         if (minuteEnded) {
 *             session.advanceTo(e.occurredAt());   // every event up to here has been given
 *         }
 *     }
 *     session.finish(end);
 * }
 * }</pre>
 *
 * <h2>Watermark</h2>
 * {@link #advanceTo(Instant)} promises that every event that occurred at or before the watermark has
 * been accepted. It then settles every run whose deadline (export time plus
 * {@link Reconciler#settleAfter()}; for a run whose export was never reported, its earliest event
 * plus that time) is at or before the watermark, decides every schedule slot that is due, checks
 * the versions of every update up to the watermark, and reports what it found in a deterministic
 * order: by the time each finding was decided, and within a run its discrepancies
 * ({@link ReconciliationResult#DISCREPANCY_ORDER}) then its {@link RunSummary}. For the same events
 * accepted before the same {@code advanceTo} and {@code finish} calls the listener hears the same
 * discrepancies in the same order, whatever order the events arrived in.
 *
 * <h2>Memory</h2>
 * A settled run and its files are dropped: memory grows with the runs still pending, i.e. with the
 * traffic of the last {@link Reconciler#settleAfter()}, not with every event seen (observe it with
 * {@link #pendingFiles()} and {@link #pendingRuns()}). Each pending file holds a few fields per
 * operation, not its events. For {@link Reconciler#rememberSettledFor()} after its deadline a
 * settled run's files are still remembered in compact form, so that an event arriving for them late
 * is recognised: a receipt is a {@link DiscrepancyKind#DUPLICATE_DELIVERY} (or
 * {@link DiscrepancyKind#LATE} if the file was missing), a failed update an
 * {@link DiscrepancyKind#APPLY_FAILED}, any other operation {@link DiscrepancyKind#LATE}, a file
 * the run did not have an {@link DiscrepancyKind#UNEXPECTED_FILE}, and the export of a run known
 * only from its files {@link DiscrepancyKind#LATE} (an export reported again is ignored); these are
 * reported at the next {@code advanceTo} or {@code finish}. Later still, such an event starts a new run, which is settled
 * as unexpected.
 *
 * <p>A listener that throws stops the delivery of that call's findings; the exception reaches the
 * caller and the session's state has already moved on.
 *
 * <p><b>Not thread-safe:</b> one thread drives a session (the listener is called on that thread).
 * Open one session per stream; sessions of the same {@link Reconciler} are independent.
 */
public final class ReconciliationSession implements AutoCloseable {
    private final Engine engine;

    ReconciliationSession(Engine engine) {
        this.engine = engine;
    }

    /**
     * Takes an event as a ledger recorded it; its levels come with it.
     *
     * @param record the recorded transfer
     * @throws ValidationException if an export run of the same system, unit and id was already
     *     reported with other figures, or the event's time is outside 1678–2261 (nothing is
     *     recorded then)
     * @throws InvalidStateException if the session is finished or closed
     * @throws NullPointerException if {@code record} is null
     */
    public void accept(RecordedTransfer record) {
        engine.accept(record);
    }

    /**
     * Takes an event; its units and flow are checked against the reconciler's unit directory and
     * transfer matrix ({@code TransferMatrix.resolve}).
     *
     * @param event the event
     * @throws ValidationException if a unit is unknown, the flow is not in the matrix, an export
     *     run of the same system, unit and id was already reported with other figures, or the
     *     event's time is outside 1678–2261 (nothing is recorded then)
     * @throws ConfigurationException if the reconciler has no unit directory
     * @throws InvalidStateException if the session is finished or closed
     */
    public void accept(TransferEvent event) {
        engine.accept(event);
    }

    /**
     * Moves the watermark: every event that occurred at or before it has been accepted. Settles and
     * reports everything due by then.
     *
     * @param watermark the new watermark
     * @throws ValidationException if it is before the current watermark
     * @throws InvalidStateException if the session is finished or closed
     */
    public void advanceTo(Instant watermark) {
        engine.advanceTo(watermark);
    }

    /**
     * Ends the stream: settles and reports every run still pending whatever its deadline, and
     * decides the schedule slots whose deadline is at or before {@code end}. The session is then
     * finished and holds no state.
     *
     * @param end the end of the reconciled period
     * @throws ValidationException if it is before the current watermark
     * @throws InvalidStateException if the session is already finished or closed
     */
    public void finish(Instant end) {
        engine.finish(end);
    }

    /**
     * Returns the current watermark: the session's start until {@link #advanceTo(Instant)} moves it.
     *
     * @return the watermark
     */
    public Instant watermark() {
        return engine.watermark();
    }

    /**
     * Returns how many files of runs not yet settled are held (listed by an export run or seen in an
     * event).
     *
     * @return the count
     */
    public int pendingFiles() {
        return engine.pendingFiles();
    }

    /**
     * Returns how many runs are not yet settled.
     *
     * @return the count
     */
    public int pendingRuns() {
        return engine.pendingRuns();
    }

    /**
     * Drops the session's state without settling or reporting anything more. Closing a finished or
     * closed session does nothing.
     */
    @Override
    public void close() {
        engine.close();
    }
}
