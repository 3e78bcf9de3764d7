package io.github.vncustoms.valuation.revision;

import io.github.vncustoms.valuation.goods.GoodsDescriptor;
import io.github.vncustoms.valuation.goods.UnitOfMeasure;
import io.github.vncustoms.valuation.internal.risklist.Checks;
import java.util.Objects;

/**
 * Goods found to meet a criterion for the valuation-risk list (QĐ 2344 Art. 5.1.a and 5.4.c, which
 * refer to Circular 39/2015/TT-BTC Art. 24; VAL-13). The criteria themselves are in the Circular, which
 * this SDK does not hold: the criterion is given as text, e.g. {@code "TT 39/2015 Art. 24: ..."}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param goods the goods
 * @param unit the unit a reference price for them would be per
 * @param criterion the criterion they meet, with its clause, not blank
 */
public record CriteriaMatch(GoodsDescriptor goods, UnitOfMeasure unit, String criterion) {
    /**
     * Validates the match.
     *
     * @throws io.github.vncustoms.core.error.ValidationException if the criterion is blank
     */
    public CriteriaMatch {
        Objects.requireNonNull(goods, "goods");
        Objects.requireNonNull(unit, "unit");
        criterion = Checks.text("criterion", criterion, "the criterion of Circular 39/2015 Art. 24 the goods meet");
    }
}
