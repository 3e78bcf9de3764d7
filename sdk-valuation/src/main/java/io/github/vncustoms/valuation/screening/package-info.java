/**
 * Screening declared values against the valuation-risk list (kiểm tra trị giá khai báo; QĐ 2344
 * Art. 5.3, Art. 8; VAL-12, VAL-19).
 *
 * <p>A {@link io.github.vncustoms.valuation.screening.Screener} takes
 * {@link io.github.vncustoms.valuation.screening.DeclarationLine}s and returns a sealed
 * {@link io.github.vncustoms.valuation.screening.ScreeningOutcome} per line:
 * {@link io.github.vncustoms.valuation.screening.NoMatch} (goods not listed, no reference price yet,
 * no unit conversion or exchange rate to compare),
 * {@link io.github.vncustoms.valuation.screening.Consistent}, or
 * {@link io.github.vncustoms.valuation.screening.BelowReference} by a percentage, each with its
 * reasons, the reference's {@link io.github.vncustoms.valuation.screening.ReferenceBasis} and the
 * {@link io.github.vncustoms.valuation.screening.NextStep} (raise a doubt and consult, "tham vấn").
 * {@link io.github.vncustoms.valuation.screening.ScreeningSummary} counts a batch's outcomes.
 *
 * <p><b>VAL-12, by construction.</b> The risk list is "không sử dụng để áp đặt trị giá hải quan"
 * (Art. 5.3): it is never used to impose a customs value. The WCO's guidelines on valuation databases
 * and the CJEU's Keladis judgment of January 2026 (a reference value may not replace the transaction
 * value) say the same. No type of this package other than the input {@code DeclarationLine} holds or
 * returns an amount of money, no method accepts one to apply, and the only decimal an outcome carries
 * is the deviation percentage; a reflection test over every public type keeps it so.
 */
package io.github.vncustoms.valuation.screening;
