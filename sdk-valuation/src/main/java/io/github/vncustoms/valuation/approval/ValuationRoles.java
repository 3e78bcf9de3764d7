package io.github.vncustoms.valuation.approval;

/**
 * The account roles the valuation database checks (QĐ 2344 Art. 3.2; VAL-20): each officer works
 * only with the functions their leader assigned to them.
 *
 * <p>Constants only; thread-safe.
 */
public final class ValuationRoles {
    /** An officer who collects, enters and proposes valuation data (cán bộ, công chức làm công tác giá). */
    public static final String OFFICER = "VALUATION_OFFICER";
    /** A leader competent to accept or not accept proposals at their unit's level (Lãnh đạo). */
    public static final String LEADER = "VALUATION_LEADER";
    /** The HQ role that issues the valuation-risk list (Tổng cục ban hành; VAL-13). */
    public static final String LIST_ISSUER = "RISK_LIST_ISSUER";

    private ValuationRoles() {
    }
}
