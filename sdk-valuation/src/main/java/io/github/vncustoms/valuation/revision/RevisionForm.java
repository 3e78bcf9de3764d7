package io.github.vncustoms.valuation.revision;

/**
 * The report forms of a revision (QĐ 2344 Art. 5.4), attached to Circular 39/2015/TT-BTC. The SDK
 * models their fields from Art. 5.4, not from the templates, which it does not have.
 *
 * <p>Immutable and thread-safe.
 */
public enum RevisionForm {
    /** Form 02/DMBX/2015: proposal to add a reference price, or an item with its price (Art. 5.4.a, c). */
    DMBX_02("02/DMBX/2015"),
    /** Form 03/DMSĐ/2015: proposal to amend a reference price (Art. 5.4.b). */
    DMSD_03("03/DMSĐ/2015");

    private final String code;

    RevisionForm(String code) {
        this.code = code;
    }

    /**
     * Returns the form's number as the regulation writes it.
     *
     * @return e.g. {@code "03/DMSĐ/2015"}
     */
    public String code() {
        return code;
    }
}
