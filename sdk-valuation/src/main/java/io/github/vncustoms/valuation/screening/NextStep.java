package io.github.vncustoms.valuation.screening;

/**
 * What the officer does after screening a line. None of the steps sets a customs value: the risk
 * list serves to compare, raise doubts and consult, "không sử dụng để áp đặt trị giá hải quan"
 * (QĐ 2344 Art. 5.3; VAL-12).
 *
 * <p>Immutable and thread-safe.
 */
public enum NextStep {
    /** Nothing follows from screening: the line is consistent, or its goods are not on the list. */
    NONE,
    /**
     * Raise a doubt about the declared value and consult the declarant (xác định nghi vấn, thực hiện
     * tham vấn; QĐ 2344 Art. 5.3), during clearance or after it. The declared value stands until the
     * valuation rules, not the reference price, say otherwise.
     */
    RAISE_DOUBT_AND_CONSULT,
    /**
     * The goods are listed without a reference price: propose one (form 02/DMBX/2015; QĐ 2344
     * Art. 5.4.a; VAL-13).
     */
    PROPOSE_REFERENCE_PRICE,
    /**
     * The line and the reference are in different units or currencies with no conversion or exchange
     * rate to compare them: obtain the conversion (for example the net weight per piece from the
     * packing list) or the rate, and screen again. Different units are never compared as they stand.
     */
    OBTAIN_CONVERSION
}
