package io.github.vncustoms.valuation.goods;

import java.util.List;

/**
 * How one item compares with another for valuation (VAL-05): identical goods (hàng hóa giống hệt),
 * similar goods (hàng hóa tương tự), or neither. See {@link GoodsDescriptor#compareWith}.
 *
 * <p>Immutable and thread-safe.
 */
public enum Comparability {
    /** The same item. */
    IDENTICAL,
    /** Commercially interchangeable goods: same HS code and trade name, no difference in essential details. */
    SIMILAR,
    /** Not comparable. */
    DIFFERENT;

    /** The details in which similar goods may not differ. */
    static final List<GoodsAttribute> ESSENTIAL = List.of(GoodsAttribute.TYPE, GoodsAttribute.MATERIAL,
            GoodsAttribute.COMPOSITION, GoodsAttribute.CONTENT, GoodsAttribute.USE);
}
