package io.github.vncustoms.valuation.revision;

/**
 * The three revisions of the valuation-risk list (QĐ 2344 Art. 5.4; VAL-13), each with its form.
 *
 * <p>Immutable and thread-safe.
 */
public enum RevisionKind {
    /** a) An item in the list without a reference price gets one proposed (bổ sung mức giá tham chiếu). */
    ADD_PRICE(RevisionForm.DMBX_02, "Art. 5.4.a"),
    /** b) A reference price that rose or fell by more than 10% is proposed for amendment (sửa đổi mức giá). */
    AMEND_PRICE(RevisionForm.DMSD_03, "Art. 5.4.b"),
    /** c) Goods meeting the criteria but not listed are proposed for addition (bổ sung mặt hàng). */
    ADD_ITEM(RevisionForm.DMBX_02, "Art. 5.4.c");

    private final RevisionForm form;
    private final String clause;

    RevisionKind(RevisionForm form, String clause) {
        this.form = form;
        this.clause = clause;
    }

    /**
     * Returns the form the proposal is reported on.
     *
     * @return the form
     */
    public RevisionForm form() {
        return form;
    }

    /**
     * Returns the clause of QĐ 2344 that provides for it.
     *
     * @return e.g. {@code "Art. 5.4.b"}
     */
    public String clause() {
        return clause;
    }
}
