package io.github.vncustoms.valuation.proposal;

import io.github.vncustoms.core.money.Money;
import io.github.vncustoms.valuation.goods.GoodsDescriptor;
import io.github.vncustoms.valuation.goods.UnitOfMeasure;
import io.github.vncustoms.valuation.internal.risklist.Checks;
import io.github.vncustoms.valuation.reference.Derivation;
import java.util.List;
import java.util.Objects;

/**
 * What an officer brings to {@link ProposalDesk#propose}: the goods, the proposed price, the
 * derivations it rests on, the item it amends if any, the reasoning (lập luận, cơ sở) and any
 * further documents. The desk adds the id, the officer, the unit and the time.
 *
 * <p>Immutable and thread-safe.
 *
 * @param goods the goods the price is for
 * @param price the proposed price per {@code unit}
 * @param unit the unit the price is per
 * @param derivations the derivations cited, at least one when proposed
 * @param amendsItemId the risk-list item amended, or {@code ""} for a new item
 * @param reasoning the reasoning and basis, not blank when proposed
 * @param documents further evidence (document numbers, printed findings, file names); the sources
 *     the derivations cite are added by the desk
 */
public record ProposalDraft(GoodsDescriptor goods, Money price, UnitOfMeasure unit, List<Derivation> derivations,
        String amendsItemId, String reasoning, List<String> documents) {
    /** Validates the parts present and copies the lists; the desk checks the rest. */
    public ProposalDraft {
        Objects.requireNonNull(goods, "goods");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(unit, "unit");
        derivations = List.copyOf(Objects.requireNonNull(derivations, "derivations"));
        amendsItemId = Checks.optionalId("amendsItemId", amendsItemId, "risk-list item");
        reasoning = Checks.optionalText(Objects.requireNonNull(reasoning, "reasoning"));
        documents = List.copyOf(Objects.requireNonNull(documents, "documents"));
    }

    /**
     * Drafts a proposal for a new item, without further documents.
     *
     * @param goods the goods
     * @param price the proposed price per unit
     * @param unit the unit
     * @param derivations the derivations cited
     * @param reasoning the reasoning and basis
     * @return the draft
     */
    public static ProposalDraft of(GoodsDescriptor goods, Money price, UnitOfMeasure unit, List<Derivation> derivations,
            String reasoning) {
        return new ProposalDraft(goods, price, unit, derivations, "", reasoning, List.of());
    }

    /**
     * Returns a copy that amends (or sets the price of) a risk-list item.
     *
     * @param itemId the item's id
     * @return the copy
     */
    public ProposalDraft amending(String itemId) {
        return new ProposalDraft(goods, price, unit, derivations, Checks.id("amendsItemId", itemId, "risk-list item"),
                reasoning, documents);
    }

    /**
     * Returns a copy with further documents.
     *
     * @param more the document references
     * @return the copy
     */
    public ProposalDraft withDocuments(List<String> more) {
        return new ProposalDraft(goods, price, unit, derivations, amendsItemId, reasoning, more);
    }
}
