/**
 * Reconciliation of transfers (MON-T-04): matching export, transmission, receipt and update per file
 * and per run, and against the expected schedules, to find each
 * {@link io.github.vncustoms.monitoring.reconcile.Discrepancy} and summarise each run as Annex I
 * does ({@link io.github.vncustoms.monitoring.reconcile.RunSummary}).
 */
package io.github.vncustoms.monitoring.reconcile;
