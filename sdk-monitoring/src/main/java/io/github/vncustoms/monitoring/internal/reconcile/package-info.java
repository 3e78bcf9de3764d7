/**
 * The machinery of the streaming reconciler behind
 * {@link io.github.vncustoms.monitoring.reconcile.Reconciler}: compact per-file and per-run state in
 * intrusive hash tables, the deadline queue, the per-unit version tracker, the schedule lanes and the
 * discrepancy texts (MON-T-01..04). Not API; may change without notice.
 */
package io.github.vncustoms.monitoring.internal.reconcile;
