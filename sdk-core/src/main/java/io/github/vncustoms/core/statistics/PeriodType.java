package io.github.vncustoms.core.statistics;

/**
 * The length of a {@link ReferencePeriod}: a month, a quarter or a year, the periods of the
 * statistical reports and discussion topics (QĐ 1991/QĐ-TCHQ Art. 6.5, STA-02).
 *
 * <p>Immutable.
 */
public enum PeriodType {
    /** A calendar month (tháng). */
    MONTH,
    /** A calendar quarter (quý): January–March is quarter I. */
    QUARTER,
    /** A calendar year (năm). */
    YEAR
}
