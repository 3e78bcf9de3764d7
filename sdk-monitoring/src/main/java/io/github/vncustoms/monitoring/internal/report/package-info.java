/**
 * Implementation of the Annex I reports (MON-T-02, MON-T-03): row keys, pairing of receipts with
 * updates, the discrepancy index, the tables' cells, messages and HTML escaping. Not API; may change
 * without notice.
 */
package io.github.vncustoms.monitoring.internal.report;
