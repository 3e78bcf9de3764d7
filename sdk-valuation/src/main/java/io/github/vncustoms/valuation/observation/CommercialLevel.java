package io.github.vncustoms.valuation.observation;

/**
 * The commercial level a price was observed at (cấp độ thương mại; VAL-16), which decides the
 * deductions a reference price needs.
 *
 * <p>Immutable and thread-safe.
 */
public enum CommercialLevel {
    /** An import transaction: a declared or determined customs value. */
    IMPORT,
    /** A dealer's invoice price in the exporting country (VAL-08). */
    EXPORT_DEALER,
    /** A manufacturer's or exporter's price. */
    MANUFACTURER,
    /** A domestic wholesale price after import (VAL-09). */
    DOMESTIC_WHOLESALE,
    /** A domestic retail price after import (VAL-10). */
    DOMESTIC_RETAIL,
    /** Not known. */
    UNKNOWN
}
