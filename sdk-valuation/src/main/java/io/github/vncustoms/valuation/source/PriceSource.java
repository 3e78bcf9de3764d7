package io.github.vncustoms.valuation.source;

/**
 * Where a price observation comes from: the sources of the customs valuation database (QĐ 2344
 * Art. 2 and Art. 5.1.b.2; VAL-02, VAL-05..10), with the clause that names each.
 *
 * <p>Sources of {@link SourceGroup#OTHER} count only after a proposal (tờ trình) and a leader's
 * "chấp nhận" (Art. 6; VAL-15..17): {@link #needsApproval()}. Declaration-file results are entered
 * by the branch on the day the value is determined (Art. 7.1.a.1; VAL-18): {@link #sameDayDuty()}.
 *
 * <p>Immutable and thread-safe.
 */
public enum PriceSource {
    /** Declared value accepted by customs, not flagged as doubtful (Art. 2.1; b.2.2). */
    ACCEPTED_DECLARED_VALUE(SourceGroup.DECLARATION_FILES, "Art. 2.1, 5.1.b.2.2", true),
    /** Value determined by customs (kết quả xác định trị giá; Art. 2.1; b.2.1). */
    CUSTOMS_VALUATION_RESULT(SourceGroup.DECLARATION_FILES, "Art. 2.1, 5.1.b.2.1", true),
    /** Result of checking the declared value (kết quả kiểm tra trị giá; Art. 2.1). */
    VALUE_CHECK_RESULT(SourceGroup.DECLARATION_FILES, "Art. 2.1", true),
    /** Result of a consultation (kết quả tham vấn; Art. 2.1). */
    CONSULTATION_RESULT(SourceGroup.DECLARATION_FILES, "Art. 2.1", true),
    /** Result of a complaint about value (kết quả xử lý khiếu nại; Art. 2.1). */
    COMPLAINT_RESULT(SourceGroup.DECLARATION_FILES, "Art. 2.1", true),
    /** Result of post-clearance audit (kết quả kiểm tra sau thông quan; Art. 2.1). */
    POST_CLEARANCE_AUDIT(SourceGroup.DECLARATION_FILES, "Art. 2.1", true),
    /** Findings of a customs inspection of value (kết quả thanh tra, kiểm tra; Art. 2.1). */
    CUSTOMS_INSPECTION(SourceGroup.DECLARATION_FILES, "Art. 2.1", true),
    /** Findings of the anti-smuggling force on value (Art. 2.1). */
    ANTI_SMUGGLING(SourceGroup.DECLARATION_FILES, "Art. 2.1", true),
    /** Declared values of similar complete kits and their main components (b.2.3; VAL-06). */
    KIT_COMPONENTS(SourceGroup.DECLARATION_FILES, "Art. 5.1.b.2.3", false),
    /** A reference price of the valuation-risk list (Art. 2.2; b.2.8). */
    RISK_LIST(SourceGroup.RISK_LIST, "Art. 2.2, 5.1.b.2.8", false),
    /** Enterprises' compliance history from risk management (Art. 2.3). */
    COMPLIANCE_HISTORY(SourceGroup.COMPLIANCE_HISTORY, "Art. 2.3", false),
    /** Values supplied by the exporter or a domestic producer (b.2.4; VAL-07). */
    EXPORTER_OR_PRODUCER(SourceGroup.OTHER, "Art. 5.1.b.2.4", false),
    /** Values confirmed by a price appraisal body at customs' request (b.2.5; VAL-07). */
    APPRAISAL(SourceGroup.OTHER, "Art. 5.1.b.2.5", false),
    /** a) World market transaction prices (Art. 2.4.a, 6.1.a). */
    WORLD_MARKET(SourceGroup.OTHER, "Art. 2.4.a, 6.1.a", false),
    /** b) Prices supplied by the Price Management Department (Art. 2.4.b). */
    PRICE_MANAGEMENT_DEPARTMENT(SourceGroup.OTHER, "Art. 2.4.b", false),
    /** c) Prices declared to and published by ministries (Art. 2.4.c, 6.1.b). */
    MINISTRY_DECLARED(SourceGroup.OTHER, "Art. 2.4.c, 6.1.b", false),
    /** d) Newspapers, magazines, trade publications (Art. 2.4.d, 6.1.c). */
    PRESS(SourceGroup.OTHER, "Art. 2.4.d, 6.1.c", false),
    /** đ) Internet offer prices (Art. 2.4.đ, 5.1.b.2.6, 6.1.d; VAL-08). */
    INTERNET_OFFER(SourceGroup.OTHER, "Art. 2.4.đ, 5.1.b.2.6, 6.1.d", false),
    /** e) Signals of commercial fraud from police, market control, banks, tax, associations (Art. 2.4.e, 6.1.đ; VAL-17). */
    FRAUD_SIGNAL(SourceGroup.OTHER, "Art. 2.4.e, 6.1.đ", false),
    /** f) Domestic selling prices surveyed by two customs officers (Art. 2.4.f, 6.1.e; VAL-09, VAL-10, VAL-16). */
    DOMESTIC_MARKET_SURVEY(SourceGroup.OTHER, "Art. 2.4.f, 5.1.b.2.7, 6.1.e", false),
    /** f) Domestic selling prices supplied by the tax authority (Art. 2.4.f; VAL-09, VAL-10). */
    DOMESTIC_MARKET_TAX_AUTHORITY(SourceGroup.OTHER, "Art. 2.4.f, 5.1.b.2.7", false),
    /** g) Export prices to Vietnam supplied by foreign customs under cooperation agreements (Art. 2.4.g, 6.1.f; VAL-17). */
    FOREIGN_CUSTOMS(SourceGroup.OTHER, "Art. 2.4.g, 6.1.f", false);

    private final SourceGroup group;
    private final String clause;
    private final boolean sameDayDuty;

    PriceSource(SourceGroup group, String clause, boolean sameDayDuty) {
        this.group = group;
        this.clause = clause;
        this.sameDayDuty = sameDayDuty;
    }

    /**
     * Returns the group of Art. 2 the source belongs to.
     *
     * @return the group
     */
    public SourceGroup group() {
        return group;
    }

    /**
     * Returns the clauses of QĐ 2344 that name the source.
     *
     * @return e.g. {@code "Art. 2.4.đ, 5.1.b.2.6, 6.1.d"}
     */
    public String clause() {
        return clause;
    }

    /**
     * Tells whether the source counts only after a leader accepts it (Art. 2.4 last sentence, Art. 6; VAL-15..17).
     *
     * @return {@code true} for the other sources of Art. 2.4 and b.2.4–b.2.5
     */
    public boolean needsApproval() {
        return group == SourceGroup.OTHER;
    }

    /**
     * Tells whether the result must be entered on the day the value is determined (Art. 7.1.a.1; VAL-18).
     *
     * @return {@code true} for the declaration-file results of Art. 2.1
     */
    public boolean sameDayDuty() {
        return sameDayDuty;
    }

    /**
     * Tells whether a survey sheet signed by two officers must accompany the observation (Art. 6.1.e; VAL-16).
     *
     * @return {@code true} for {@link #DOMESTIC_MARKET_SURVEY}
     */
    public boolean needsSurveySheet() {
        return this == DOMESTIC_MARKET_SURVEY;
    }
}
