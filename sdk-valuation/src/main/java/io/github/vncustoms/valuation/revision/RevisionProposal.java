package io.github.vncustoms.valuation.revision;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.money.Money;
import io.github.vncustoms.valuation.goods.GoodsDescriptor;
import io.github.vncustoms.valuation.goods.UnitOfMeasure;
import io.github.vncustoms.valuation.internal.risklist.Checks;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a revision of the valuation-risk list proposes (QĐ 2344 Art. 5.4; VAL-13): the fields of forms
 * 02/DMBX/2015 and 03/DMSĐ/2015 that the findings fill in. The proposing unit and the date are added
 * when an officer submits it ({@link RevisionRecord}).
 *
 * <p>The form templates are attached to Circular 39/2015/TT-BTC, which this SDK does not have; these
 * fields are modelled on Art. 5.4: the goods (description, HS code), unit, origin where known, the
 * reference price in force, the proposed price, the change in percent, and the basis with its evidence.
 *
 * <ul>
 *   <li>{@link RevisionKind#ADD_PRICE}: {@code itemId} set, no current price, no change; a proposed
 *       price only if there is evidence.</li>
 *   <li>{@link RevisionKind#AMEND_PRICE}: {@code itemId}, current and proposed price and change set.</li>
 *   <li>{@link RevisionKind#ADD_ITEM}: no {@code itemId}, no current price, no change; a criterion; a
 *       proposed price only if there is evidence.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind which revision
 * @param goods the goods
 * @param unit the unit the prices are per
 * @param itemId the risk-list item concerned, or {@code ""} for an addition
 * @param currentPrice the reference price in force, or {@code null} where there is none
 * @param proposedPrice the figure the evidence gives, converted to {@code unit} and to the current
 *     price's currency, or {@code null} where there is no evidence yet
 * @param changePercent the change from the current to the proposed price in percent, two decimals,
 *     rounded away from zero; {@code null} unless amending
 * @param criterion the criterion of Circular 39/2015 Art. 24 the goods meet, or {@code ""}
 * @param evidence the evidence the figure rests on, as given (before conversion)
 */
public record RevisionProposal(RevisionKind kind, GoodsDescriptor goods, UnitOfMeasure unit, String itemId,
        Money currentPrice, Money proposedPrice, BigDecimal changePercent, String criterion, List<PriceEvidence> evidence) {
    /**
     * Validates the proposal against its kind.
     *
     * @throws ValidationException if a field its kind needs is missing or one it excludes is present,
     *     the prices are in different currencies, or evidence is for other goods
     */
    public RevisionProposal {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(goods, "goods");
        Objects.requireNonNull(unit, "unit");
        itemId = Checks.optionalId("itemId", itemId, "risk-list item");
        criterion = Checks.optionalText(criterion);
        evidence = List.copyOf(Objects.requireNonNull(evidence, "evidence"));
        boolean amend = kind == RevisionKind.AMEND_PRICE;
        boolean addition = kind == RevisionKind.ADD_ITEM;
        if (addition != itemId.isEmpty()) {
            throw new ValidationException("itemId", "A " + kind + " proposal for " + goods.describe()
                    + (itemId.isEmpty() ? " names no item: expected the risk-list item concerned"
                            : " names item " + itemId + ": expected none, the goods are not listed"));
        }
        if (amend != (currentPrice != null) || amend != (changePercent != null)) {
            throw new ValidationException("currentPrice", "A " + kind + " proposal for " + goods.describe()
                    + (amend ? " lacks the current price or the change: expected both"
                            : " carries a current price or a change: expected neither"));
        }
        if (amend && proposedPrice == null) {
            throw new ValidationException("proposedPrice", "An amendment for " + goods.describe()
                    + " proposes no price: expected the figure the evidence gives");
        }
        if (currentPrice != null && proposedPrice != null && !currentPrice.currency().equals(proposedPrice.currency())) {
            throw new ValidationException("proposedPrice", "The proposed price " + proposedPrice + " and the current price "
                    + currentPrice + " are in different currencies: expected the proposed price converted");
        }
        if (kind == RevisionKind.ADD_ITEM && criterion.isEmpty()) {
            throw new ValidationException("criterion", "An addition of " + goods.describe()
                    + " names no criterion: expected the criterion of Circular 39/2015 Art. 24 the goods meet");
        }
        if (proposedPrice != null && evidence.isEmpty()) {
            throw new ValidationException("evidence", "The proposed price " + proposedPrice + " for " + goods.describe()
                    + " rests on no evidence: expected the evidence it was drawn from");
        }
        for (PriceEvidence e : evidence) {
            if (!e.goods().equals(goods)) {
                throw new ValidationException("evidence", "Evidence for " + e.goods().describe() + " was given for "
                        + goods.describe() + ": expected evidence for the same goods");
            }
        }
    }

    /**
     * Returns the form the proposal is reported on.
     *
     * @return {@link RevisionForm#DMBX_02} or {@link RevisionForm#DMSD_03}
     */
    public RevisionForm form() {
        return kind.form();
    }

    /**
     * Returns the origins the evidence names.
     *
     * @return the distinct origins, in order, joined by {@code ", "}; {@code ""} if none is known
     */
    public String origin() {
        Set<String> origins = new LinkedHashSet<>();
        evidence.forEach(e -> {
            if (!e.origin().isEmpty()) {
                origins.add(e.origin());
            }
        });
        return String.join(", ", origins);
    }

    /**
     * Explains the finding in one English sentence.
     *
     * @return e.g. {@code "Item A-1 ...: the evidence gives 1150.00 USD per PCE, +15.00% from 1000.00 USD
     *     (more than 10%, Art. 5.4.b): amendment on form 03/DMSĐ/2015"}
     */
    public String explain() {
        String evidenceText = proposedPrice == null ? "no evidence gives a price yet"
                : "the evidence (" + evidence.size() + ") gives " + proposedPrice + " per " + unit;
        return switch (kind) {
            case ADD_PRICE -> "Item " + itemId + " (" + goods.describe() + ") has no reference price; " + evidenceText
                    + " (" + kind.clause() + "): proposal to add a price on form " + form().code();
            case AMEND_PRICE -> "Item " + itemId + " (" + goods.describe() + "): " + evidenceText + ", "
                    + (changePercent.signum() > 0 ? "+" : "") + changePercent.toPlainString() + "% from " + currentPrice
                    + " (more than 10%, " + kind.clause() + "): amendment on form " + form().code();
            case ADD_ITEM -> goods.describe() + " meets " + criterion + " but is not listed; " + evidenceText
                    + " (" + kind.clause() + "): proposal to add the item on form " + form().code();
        };
    }
}
