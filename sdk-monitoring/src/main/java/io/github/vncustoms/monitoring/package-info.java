/**
 * IT operations monitoring for customs business systems (QĐ 3035/QĐ-TCHQ 2010, QĐ 1253/QĐ-TCHQ 2014).
 *
 * <p>This module will hold transfer auditing of data exported, transmitted, received and applied
 * between headquarters, departments and branches (Annex I, MON-T-01..07), service status with the
 * Annex II summary and detail (MON-S-01..05), incidents, and help-desk routing: FAQ first, business
 * and IT experts, vendor question slips, SLAs and publication approvals (HD-01..13).
 *
 * <p>It depends on {@code sdk-core} only, never on {@code sdk-valuation} or {@code sdk-camera}.
 */
package io.github.vncustoms.monitoring;
