package io.github.vncustoms.monitoring.reconcile;

/**
 * The kinds of discrepancy reconciliation finds between what was exported, transmitted, received
 * and applied, each with the requirement it breaks and its name in Vietnamese and English.
 *
 * <p>Immutable.
 */
public enum DiscrepancyKind {
    /** A file exported in a run never reached the receiving unit (MON-T-04). */
    MISSING_AT_RECEIVER("MON-T-04", "Đơn vị nhận không nhận được file", "File missing at the receiver"),
    /** A file was transmitted, received or applied that no export run listed (MON-T-04). */
    UNEXPECTED_FILE("MON-T-04", "File không thuộc lần kết xuất nào", "Unexpected file"),
    /** A file's size differs between export, transmission, receipt or update (MON-T-03, MON-T-04). */
    SIZE_MISMATCH("MON-T-04", "Dung lượng file không khớp", "Size mismatch"),
    /** The checksum on receipt differs from the exporter's (MON-T-04). */
    CHECKSUM_MISMATCH("MON-T-04", "Mã kiểm tra file không khớp", "Checksum mismatch"),
    /** A file was received where the flow applies data, but never applied (MON-T-03). */
    RECEIVED_NOT_APPLIED("MON-T-03", "Đã nhận nhưng chưa cập nhật", "Received but not applied"),
    /** Applying a file reported an update error (MON-T-04: "lỗi cập nhật"). */
    APPLY_FAILED("MON-T-04", "Lỗi cập nhật", "Update failed"),
    /** A unit applied a version older than the one it already had (MON-T-03: "phiên bản cập nhật"). */
    STALE_VERSION("MON-T-03", "Cập nhật phiên bản cũ hơn phiên bản hiện hành", "Applied version older than the current one"),
    /** The same file was received more than once (MON-T-03). */
    DUPLICATE_DELIVERY("MON-T-03", "Nhận trùng file", "Duplicate delivery"),
    /** A file or a scheduled transfer arrived after its deadline (MON-T-01). */
    LATE("MON-T-01", "Chậm so với thời hạn", "Late"),
    /** A scheduled run did not happen (MON-T-01). */
    EXPECTED_RUN_MISSING("MON-T-01", "Không có lần kết xuất theo lịch", "Expected run missing"),
    /** A run's exported, received and applied totals disagree: the Annex I comparison (MON-T-02, MON-T-04). */
    TOTALS_MISMATCH("MON-T-04", "Tổng số file, dung lượng kết xuất và nhận không khớp", "Exported and received totals disagree");

    private final String requirement;
    private final String nameVi;
    private final String nameEn;

    DiscrepancyKind(String requirement, String nameVi, String nameEn) {
        this.requirement = requirement;
        this.nameVi = nameVi;
        this.nameEn = nameEn;
    }

    /**
     * Returns the requirement the discrepancy breaks.
     *
     * @return a requirement ID such as {@code MON-T-04}
     */
    public String requirement() {
        return requirement;
    }

    /**
     * Returns the Vietnamese name.
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
}
