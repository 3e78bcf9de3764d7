/**
 * The customs valuation database (QĐ 2344/QĐ-TCHQ 2015, superseded by QĐ 1811/QĐ-TCHQ 2018).
 *
 * <p>This module will hold price observations from the regulated sources with their reliability and
 * approval state (VAL-02, VAL-15..17), the reference-price rules: internet offer price less 10–20 %
 * taxes (VAL-08), domestic wholesale less at most 20 % costs and profit (VAL-09), retail / 1.1
 * (VAL-10), the 6-month, 1-year and 2-year look-back windows (VAL-05); the versioned valuation-risk
 * list (VAL-01, VAL-13), approvals (VAL-11, VAL-14) and screening of declared values, which flags
 * and explains but never substitutes a value (VAL-12).
 *
 * <p>It depends on {@code sdk-core} only, never on {@code sdk-monitoring} or {@code sdk-camera}.
 */
package io.github.vncustoms.valuation;
