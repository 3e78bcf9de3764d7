package io.github.vncustoms.core.id;

/**
 * How far down the nomenclature an {@link HsCode} goes. Immutable.
 */
public enum HsCodeLevel {
    /** Four digits: an HS heading (nhóm), e.g. {@code 8471}. */
    HEADING(4),
    /** Six digits: an HS subheading (phân nhóm), the internationally shared level, e.g. {@code 847130}. */
    SUBHEADING(6),
    /**
     * Eight digits: a national tariff line (mặt hàng) of the Vietnamese nomenclature, built on the
     * ASEAN Harmonised Tariff Nomenclature (AHTN), e.g. {@code 84713020}; the level a customs
     * declaration requires.
     */
    NATIONAL_LINE(8);

    private final int digits;

    HsCodeLevel(int digits) {
        this.digits = digits;
    }

    /**
     * Returns the number of digits of a code at this level.
     *
     * @return 4, 6 or 8
     */
    public int digits() {
        return digits;
    }
}
