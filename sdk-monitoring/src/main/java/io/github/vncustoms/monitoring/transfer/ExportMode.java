package io.github.vncustoms.monitoring.transfer;

/**
 * How a file came to be exported; Annex I counts the two separately (MON-T-02: "số file kết xuất
 * tự động", "số file kết xuất theo điều kiện").
 *
 * <p>Immutable.
 */
public enum ExportMode {
    /** Exported automatically on the system's schedule (tự động). */
    AUTOMATIC("tự động"),
    /** Exported on demand, by a condition an officer set (theo điều kiện). */
    CONDITIONAL("theo điều kiện");

    private final String nameVi;

    ExportMode(String nameVi) {
        this.nameVi = nameVi;
    }

    /**
     * Returns the Vietnamese term of Annex I.
     *
     * @return e.g. {@code "tự động"}
     */
    public String nameVi() {
        return nameVi;
    }
}
