package io.github.vncustoms.core.statistics;

/**
 * How final published information is: the label every published figure carries (QĐ 1991/QĐ-TCHQ
 * Art. 7.1.b, STA-03): official (chính thức), preliminary (sơ bộ), estimated (ước tính) or forecast
 * (dự báo).
 *
 * <p>The constants are declared from least to most certain: a forecast is made before the period,
 * an estimate near its end, preliminary figures after it, official figures last. A revision may keep
 * the status or move it towards {@link #OFFICIAL}, never back (see {@link #canBeRevisedTo}).
 *
 * <p>Immutable.
 */
public enum ReleaseStatus {
    /** Forecast (dự báo): figures for a period not yet over. */
    FORECAST("dự báo", "forecast"),
    /** Estimated (ước tính): figures estimated before the data are complete. */
    ESTIMATED("ước tính", "estimated"),
    /** Preliminary (sơ bộ): figures from the data, subject to revision. */
    PRELIMINARY("sơ bộ", "preliminary"),
    /** Official (chính thức): the final figures. */
    OFFICIAL("chính thức", "official");

    private final String labelVi;
    private final String labelEn;

    ReleaseStatus(String labelVi, String labelEn) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }

    /**
     * Returns the Vietnamese label the regulation uses.
     *
     * @return e.g. {@code "sơ bộ"}
     */
    public String labelVi() {
        return labelVi;
    }

    /**
     * Returns the English label.
     *
     * @return e.g. {@code "preliminary"}
     */
    public String labelEn() {
        return labelEn;
    }

    /**
     * Tells whether a revision may move information from this status to another: to the same status
     * or a more certain one. Turning official figures back into preliminary ones, or preliminary ones
     * into a forecast, is refused.
     *
     * @param next the status of the revision
     * @return {@code true} if {@code next} is this status or a more certain one
     * @throws NullPointerException if {@code next} is null
     */
    public boolean canBeRevisedTo(ReleaseStatus next) {
        return next.ordinal() >= ordinal();
    }
}
