package io.github.vncustoms.monitoring.transfer;

/**
 * The four monitored operations of a data transfer (MON-T-01, QĐ 3035/QĐ-TCHQ Art. 4.1): data is
 * exported at the sending unit, transmitted to the receiving unit, received there, and applied
 * (updated into the receiving system).
 *
 * <p>Immutable.
 */
public enum TransferOperation {
    /** Export (kết xuất), at the sending unit. */
    EXPORT("kết xuất", true),
    /** Transmission (truyền), by the sending unit. */
    TRANSMIT("truyền", true),
    /** Receipt (nhận), at the receiving unit. */
    RECEIVE("nhận", false),
    /** Update, i.e. applying the received data (cập nhật), at the receiving unit. */
    APPLY("cập nhật", false);

    private final String nameVi;
    private final boolean atSender;

    TransferOperation(String nameVi, boolean atSender) {
        this.nameVi = nameVi;
        this.atSender = atSender;
    }

    /**
     * Returns the Vietnamese term the regulation uses.
     *
     * @return e.g. {@code "kết xuất"}
     */
    public String nameVi() {
        return nameVi;
    }

    /**
     * Tells whether the operation happens at the sending unit (export, transmit) rather than the
     * receiving one (receive, apply).
     *
     * @return {@code true} for {@link #EXPORT} and {@link #TRANSMIT}
     */
    public boolean atSender() {
        return atSender;
    }
}
