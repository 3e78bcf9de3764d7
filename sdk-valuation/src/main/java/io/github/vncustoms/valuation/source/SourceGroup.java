package io.github.vncustoms.valuation.source;

/**
 * The four groups of sources of the valuation database (QĐ 2344 Art. 2; VAL-02).
 *
 * <p>Immutable and thread-safe.
 */
public enum SourceGroup {
    /** Art. 2.1: export and import files, declared or determined by customs. */
    DECLARATION_FILES,
    /** Art. 2.2: the valuation-risk goods list. */
    RISK_LIST,
    /** Art. 2.3: enterprises' compliance history from risk management. */
    COMPLIANCE_HISTORY,
    /** Art. 2.4: other sources, used only once their reliability is verified. */
    OTHER
}
