package io.github.vncustoms.valuation.screening;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.valuation.goods.UnitOfMeasure;
import io.github.vncustoms.valuation.risklist.RiskListItem;
import io.github.vncustoms.valuation.risklist.RiskListVersion;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Where the reference price a line was screened against comes from: the risk-list item and version,
 * the issuing decision, the basis the price was built on (cơ sở xây dựng mức giá, VAL-11) and the
 * period it is in force. It names the reference price without stating it: an officer entitled to
 * the internal risk list (QĐ 2344 Art. 5.3) looks the item up by its id; a screening outcome never
 * carries the amount (VAL-12).
 *
 * <p>Immutable and thread-safe.
 *
 * @param itemId the risk-list item's id
 * @param listVersion the number of the risk-list version, from 1
 * @param decisionRef the number of the decision that issued the version, may be empty
 * @param basis the basis of the reference price, empty for an item that has no price yet
 * @param effectiveFrom the first day the item applies
 * @param effectiveTo the last day it applies, or {@code null} if open-ended
 * @param unit the unit the reference price is per
 */
public record ReferenceBasis(String itemId, int listVersion, String decisionRef, String basis,
        LocalDate effectiveFrom, LocalDate effectiveTo, UnitOfMeasure unit) {
    /**
     * Validates the basis.
     *
     * @throws NullPointerException if a required argument is {@code null}
     * @throws ValidationException if the item id is blank, the version below 1 or the period reversed
     */
    public ReferenceBasis {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(decisionRef, "decisionRef");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(unit, "unit");
        if (itemId.isBlank()) {
            throw new ValidationException("itemId", "A reference basis names no risk-list item: expected the item's id");
        }
        if (listVersion < 1) {
            throw new ValidationException("listVersion", "Risk-list version " + listVersion + " of item " + itemId
                    + ": expected a version number from 1");
        }
        if (effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            throw new ValidationException("effectiveTo", "Item " + itemId + " applies from " + effectiveFrom + " to "
                    + effectiveTo + ": expected the last day on or after the first");
        }
    }

    /**
     * Describes an item of a version, without its price.
     *
     * @param item the item
     * @param version the version it belongs to
     * @return the basis
     */
    public static ReferenceBasis of(RiskListItem item, RiskListVersion version) {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(version, "version");
        return new ReferenceBasis(item.itemId(), version.number(), version.decisionRef(), item.basis(),
                item.effectiveFrom(), item.effectiveTo(), item.unit());
    }

    /**
     * Describes the item and its period for people.
     *
     * @return e.g. {@code "item RL-0042 of risk-list version 3 (decision 1234/QĐ-TCHQ), in force from 2026-01-01"}
     */
    public String describe() {
        StringBuilder out = new StringBuilder("item ").append(itemId).append(" of risk-list version ").append(listVersion);
        if (!decisionRef.isEmpty()) {
            out.append(" (decision ").append(decisionRef).append(')');
        }
        out.append(", in force from ").append(effectiveFrom);
        if (effectiveTo != null) {
            out.append(" to ").append(effectiveTo);
        }
        return out.toString();
    }
}
