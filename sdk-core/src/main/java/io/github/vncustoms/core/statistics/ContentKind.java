package io.github.vncustoms.core.statistics;

/**
 * What kind of content a release is: the six kinds of information the import/export statistics
 * information system disseminates (thông tin phổ biến, QĐ 1991/QĐ-TCHQ Art. 6, STA-02).
 *
 * <p>Immutable.
 */
public enum ContentKind {
    /** Art. 6.1: a regulation on state customs statistics (văn bản quy định về thống kê Nhà nước về Hải quan). */
    STATISTICS_REGULATION("6.1", "Văn bản quy định về thống kê Nhà nước về Hải quan",
            "Regulation on state customs statistics", false),
    /** Art. 6.2: a periodic statistical report (báo cáo thống kê định kỳ) on exported and imported goods. */
    PERIODIC_REPORT("6.2", "Báo cáo thống kê định kỳ về hàng hóa xuất khẩu, nhập khẩu",
            "Periodic statistical report on exported and imported goods", true),
    /** Art. 6.3: a statistical bulletin or statistical analysis (bản tin thống kê, báo cáo phân tích thống kê). */
    BULLETIN_OR_ANALYSIS("6.3", "Bản tin thống kê, báo cáo phân tích thống kê về hàng hóa xuất nhập khẩu",
            "Statistical bulletin or statistical analysis of exported and imported goods", false),
    /** Art. 6.4: estimated statistical figures (số liệu thống kê ước tính). */
    ESTIMATED_FIGURES("6.4", "Số liệu thống kê về hàng hóa xuất khẩu, nhập khẩu ước tính",
            "Estimated statistics on exported and imported goods", true),
    /** Art. 6.5: a monthly, quarterly or yearly topic for discussing and assessing the figures. */
    DISCUSSION_TOPIC("6.5", "Chủ đề trao đổi, đánh giá số liệu xuất khẩu, nhập khẩu hàng tháng, quý, năm",
            "Monthly, quarterly or yearly topic discussing and assessing the import/export figures", true),
    /** Art. 6.6: other content approved by competent leaders (nội dung khác do Lãnh đạo có thẩm quyền phê duyệt). */
    OTHER_APPROVED("6.6", "Các nội dung khác do các cấp Lãnh đạo có thẩm quyền phê duyệt",
            "Other content approved by competent leaders", false);

    private final String clause;
    private final String nameVi;
    private final String nameEn;
    private final boolean requiresPeriod;

    ContentKind(String clause, String nameVi, String nameEn, boolean requiresPeriod) {
        this.clause = clause;
        this.nameVi = nameVi;
        this.nameEn = nameEn;
        this.requiresPeriod = requiresPeriod;
    }

    /**
     * Returns the clause of QĐ 1991/QĐ-TCHQ Art. 6 that lists this kind.
     *
     * @return e.g. {@code "6.2"}
     */
    public String clause() {
        return clause;
    }

    /**
     * Returns the Vietnamese name, as the regulation words it.
     *
     * @return the name
     */
    public String nameVi() {
        return nameVi;
    }

    /**
     * Returns the English name.
     *
     * @return the name
     */
    public String nameEn() {
        return nameEn;
    }

    /**
     * Tells whether a release of this kind must name the month, quarter or year it covers. Periodic
     * reports, estimated figures and the monthly/quarterly/yearly discussion topics always cover a
     * period; regulations, bulletins and analyses, and other content may or may not.
     *
     * @return {@code true} if a {@link ReferencePeriod} is required
     */
    public boolean requiresPeriod() {
        return requiresPeriod;
    }
}
