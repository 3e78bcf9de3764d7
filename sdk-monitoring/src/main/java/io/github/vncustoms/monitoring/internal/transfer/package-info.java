/** Implementation details of transfer auditing (MON-T-01..06); not API, may change without notice. */
package io.github.vncustoms.monitoring.internal.transfer;
