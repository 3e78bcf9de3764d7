package io.github.vncustoms.valuation.reference;

/**
 * The look-back windows of QĐ 2344 Art. 5.1.b.2.1 and b.2.2 (VAL-05), widest last: 6 months back from
 * the build date; if nothing is found, 1 year; where necessary and only when the officer asks, longer,
 * but not more than 2 years.
 *
 * <p>Immutable and thread-safe.
 */
public enum WindowKind {
    /** 6 months back from the build date (06 tháng tính đến thời điểm xây dựng). */
    SIX_MONTHS,
    /** 1 year back, used only if the 6-month window is empty (mở rộng thời gian tra cứu trong vòng 01 năm). */
    ONE_YEAR,
    /**
     * The period the officer asked for, more than 1 year and at most 2 years, used only if the 1-year
     * window is empty (trường hợp cần thiết ... tối đa nhưng không quá 02 năm).
     */
    EXTENDED
}
