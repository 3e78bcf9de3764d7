package io.github.vncustoms.valuation.risklist;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.money.Money;
import io.github.vncustoms.core.text.VietnameseText;
import io.github.vncustoms.valuation.goods.GoodsDescriptor;
import io.github.vncustoms.valuation.goods.UnitOfMeasure;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One item of the valuation-risk goods list (Danh mục hàng hóa xuất khẩu, nhập khẩu rủi ro về trị
 * giá; QĐ 2344 Art. 1.2, 5; VAL-01) with its reference price (mức giá tham chiếu), or without one
 * yet (VAL-13 a: such an item gets a price proposed on form 02/DMBX/2015).
 *
 * <p>Immutable and thread-safe.
 *
 * @param itemId the item's id within the list, 1–64 letters, digits, {@code . _ - /}
 * @param goods the goods, specific enough to identify one item (VAL-04)
 * @param referencePrice the reference price per {@code unit}, or {@code null} if none is set yet
 * @param unit the unit the reference price is per
 * @param effectiveFrom the first day the item applies
 * @param effectiveTo the last day it applies, or {@code null} if open-ended
 * @param basis the basis of the reference price (cơ sở): the sources and the rule; required with a price
 * @param proposalId the id of the approved proposal the price comes from, may be empty
 */
public record RiskListItem(String itemId, GoodsDescriptor goods, Money referencePrice, UnitOfMeasure unit,
        LocalDate effectiveFrom, LocalDate effectiveTo, String basis, String proposalId) {
    private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}._/-]{1,64}");

    /**
     * Validates the item.
     *
     * @throws ValidationException if the id is malformed, the price not positive, the period reversed
     *     or a price has no basis
     */
    public RiskListItem {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(goods, "goods");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        itemId = itemId.strip();
        basis = basis == null ? "" : VietnameseText.normalize(basis.strip());
        proposalId = proposalId == null ? "" : proposalId.strip();
        if (!ID.matcher(itemId).matches()) {
            throw new ValidationException("itemId", "Risk-list item id '" + itemId
                    + "' is malformed: expected 1–64 letters, digits, '.', '_', '-' or '/'");
        }
        if (referencePrice != null && referencePrice.amount().signum() <= 0) {
            throw new ValidationException("referencePrice", "Item " + itemId + " has reference price " + referencePrice
                    + ": expected a positive price, or none");
        }
        if (effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            throw new ValidationException("effectiveTo", "Item " + itemId + " applies from " + effectiveFrom + " to "
                    + effectiveTo + ": expected the last day on or after the first");
        }
        if (referencePrice != null && basis.isEmpty()) {
            throw new ValidationException("basis", "Item " + itemId + " has a reference price without its basis"
                    + ": expected the sources and rule it was built from (VAL-11)");
        }
    }

    /**
     * Tells whether the item has a reference price.
     *
     * @return {@code false} for an item still waiting for one (VAL-13 a)
     */
    public boolean hasReferencePrice() {
        return referencePrice != null;
    }

    /**
     * Tells whether the item applies on a day.
     *
     * @param day the day
     * @return {@code true} if the day is within the effective period
     */
    public boolean appliesOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }
}
