package io.github.vncustoms.monitoring.transfer;

/**
 * Told of each transfer event as soon as the ledger has recorded it, so that reconciliation can be
 * fed as events happen rather than from a later scan (MON-T-01: monitored immediately after it
 * happens).
 *
 * <pre>{@code
 * TransferMonitor monitor = TransferMonitor.builder(directory, policy)
 *         .listener(recorded -> reconciler.accept(recorded))
 *         .build();
 * }</pre>
 *
 * <p>A {@link TransferMonitor} calls it on the recording thread, once per recorded event, after the
 * append succeeded and in the order of its own appends; events recorded by other threads arrive
 * concurrently. Implementations must therefore be thread-safe, and should be quick. An exception
 * thrown here is logged and does not undo or interrupt the recording.
 */
@FunctionalInterface
public interface TransferListener {
    /**
     * Receives one recorded event.
     *
     * @param recorded the event with its sequence number, recording time and levels
     */
    void recorded(RecordedTransfer recorded);
}
