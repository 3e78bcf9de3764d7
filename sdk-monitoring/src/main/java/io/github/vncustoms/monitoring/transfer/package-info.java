/**
 * Transfer auditing (QĐ 3035/QĐ-TCHQ, Annex I): data exported, transmitted, received and applied
 * between headquarters, departments and branches, reported as it happens (MON-T-01..03), checked
 * against the monitoring matrix of Art. 7–11 (MON-T-05), kept in a ledger and looked up within the
 * caller's scope (MON-T-06).
 *
 * <p>The events are {@link io.github.vncustoms.monitoring.transfer.ExportRun},
 * {@link io.github.vncustoms.monitoring.transfer.FileTransmitted},
 * {@link io.github.vncustoms.monitoring.transfer.FileReceived} and
 * {@link io.github.vncustoms.monitoring.transfer.FileApplied}; the matrix is
 * {@link io.github.vncustoms.monitoring.transfer.TransferMatrix}. Applications record events and look
 * up history through {@link io.github.vncustoms.monitoring.transfer.TransferMonitor}, which keeps them
 * in an {@link io.github.vncustoms.monitoring.transfer.InMemoryTransferLedger} unless given another
 * ledger.
 */
package io.github.vncustoms.monitoring.transfer;
