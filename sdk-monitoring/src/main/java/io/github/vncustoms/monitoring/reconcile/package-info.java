/**
 * Reconciliation of transfers (MON-T-04): matching export, transmission, receipt and update per file
 * and per run, and against the expected schedules, to find each
 * {@link io.github.vncustoms.monitoring.reconcile.Discrepancy} and summarise each run as Annex I
 * does ({@link io.github.vncustoms.monitoring.reconcile.RunSummary}).
 *
 * <p>Entry point: {@link io.github.vncustoms.monitoring.reconcile.Reconciler}, built over the
 * transfer matrix (MON-T-05) and a unit directory, with
 * {@link io.github.vncustoms.monitoring.reconcile.ExpectedTransfer schedules} of what must happen
 * (MON-T-01). It reconciles a batch at once, or a stream through a
 * {@link io.github.vncustoms.monitoring.reconcile.ReconciliationSession} whose memory grows with the
 * runs still unsettled, not with every event seen; what it finds goes to a
 * {@link io.github.vncustoms.monitoring.reconcile.ReconciliationListener} (incidents, MON-T-04 and
 * MON-T-07; reports, MON-T-02 and MON-T-03). Results depend only on the events, never on their
 * order of arrival.
 */
package io.github.vncustoms.monitoring.reconcile;
