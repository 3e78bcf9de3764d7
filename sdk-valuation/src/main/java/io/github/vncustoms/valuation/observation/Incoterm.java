package io.github.vncustoms.valuation.observation;

/**
 * The delivery term of a price, when known (Incoterms 2020). Customs value in Vietnam is the
 * price to the first port of import, so a FOB and a CIF price of the same goods differ by freight
 * and insurance: rules compare prices on the same term.
 *
 * <p>Immutable and thread-safe.
 */
public enum Incoterm {
    /** Ex works. */
    EXW,
    /** Free carrier. */
    FCA,
    /** Free alongside ship. */
    FAS,
    /** Free on board. */
    FOB,
    /** Cost and freight. */
    CFR,
    /** Cost, insurance and freight. */
    CIF,
    /** Carriage paid to. */
    CPT,
    /** Carriage and insurance paid to. */
    CIP,
    /** Delivered at place. */
    DAP,
    /** Delivered at place unloaded. */
    DPU,
    /** Delivered duty paid. */
    DDP,
    /** Not known, or not a delivery price (a domestic price). */
    UNKNOWN
}
