package io.github.vncustoms.valuation.proposal;

import io.github.vncustoms.core.error.InvalidStateException;
import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.money.Money;
import io.github.vncustoms.valuation.approval.ApprovalState;
import io.github.vncustoms.valuation.approval.ApprovalTrail;
import io.github.vncustoms.valuation.approval.LeaderDecision;
import io.github.vncustoms.valuation.approval.Submission;
import io.github.vncustoms.valuation.approval.Verdict;
import io.github.vncustoms.valuation.goods.GoodsDescriptor;
import io.github.vncustoms.valuation.goods.SpecificityPolicy;
import io.github.vncustoms.valuation.goods.UnitOfMeasure;
import io.github.vncustoms.valuation.internal.risklist.Checks;
import io.github.vncustoms.valuation.reference.Derivation;
import io.github.vncustoms.valuation.reference.SourceCitation;
import java.util.List;
import java.util.Objects;

/**
 * An officer's proposal of a reference price (mức giá tham chiếu) for one item of goods (QĐ 2344
 * Art. 5.1.b.2 last paragraph; VAL-11): "the price officer compares the sources, proposes a suitable
 * price, states the basis clearly, and submits it to the leader to sign and issue". It cites the
 * {@link Derivation}s it rests on, at least one, each in the proposal's unit and currency, and only
 * sources that count (accepted, or needing no approval; VAL-15). It may amend an item of the list
 * ({@link #amendsItemId()}) or propose a new one.
 *
 * <p>Whether the goods identify one specific item (VAL-04, no "gom khung") depends on the
 * {@link SpecificityPolicy} in force, which the record cannot know: {@link ProposalDesk} refuses a
 * proposal whose goods its policy does not accept, and the risk list checks again when it issues.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the proposal's id, 1–64 letters, digits, {@code . _ - /}
 * @param goods the goods the price is for
 * @param price the proposed reference price per {@code unit}, positive
 * @param unit the unit the price is per
 * @param derivations the derivations the price rests on, at least one
 * @param amendsItemId the id of the risk-list item whose price it amends or sets (VAL-13 a, b), or
 *     {@code ""} for a new item
 * @param trail the proposal (tờ trình) and, once decided, the leader's decision; never
 *     {@link ApprovalTrail#notRequired()}
 */
public record ReferencePriceProposal(String id, GoodsDescriptor goods, Money price, UnitOfMeasure unit,
        List<Derivation> derivations, String amendsItemId, ApprovalTrail trail) {
    /**
     * Validates the proposal.
     *
     * @throws ValidationException if the id is malformed, the price not positive, no derivation is
     *     cited, a derivation is in another unit or currency or cites a source that does not count,
     *     or the trail has no proposal
     */
    public ReferencePriceProposal {
        id = Checks.id("id", id, "proposal");
        Objects.requireNonNull(goods, "goods");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(trail, "trail");
        derivations = List.copyOf(Objects.requireNonNull(derivations, "derivations"));
        amendsItemId = Checks.optionalId("amendsItemId", amendsItemId, "risk-list item");
        if (price.amount().signum() <= 0) {
            throw new ValidationException("price", "Proposal " + id + " proposes " + price + ": expected a positive price");
        }
        if (derivations.isEmpty()) {
            throw new ValidationException("derivations", "Proposal " + id + " for " + goods.describe()
                    + " cites no derivation: expected at least one, stating the basis and citing the sources (VAL-11)");
        }
        for (Derivation d : derivations) {
            if (!d.unit().equals(unit)) {
                throw new ValidationException("derivations", "Derivation '" + d.rule() + "' of proposal " + id
                        + " is per " + d.unit() + ", the proposal per " + unit
                        + ": expected every derivation in the proposal's unit; convert it explicitly first");
            }
            if (!d.value().currency().equals(price.currency())) {
                throw new ValidationException("derivations", "Derivation '" + d.rule() + "' of proposal " + id
                        + " is in " + d.value().currency().getCurrencyCode() + ", the proposal in "
                        + price.currency().getCurrencyCode()
                        + ": expected every derivation in the proposal's currency; convert it explicitly first");
            }
            for (SourceCitation c : d.sources()) {
                if (!c.approval().counts()) {
                    throw new ValidationException("derivations", "Derivation '" + d.rule() + "' of proposal " + id
                            + " cites observation " + c.observationId() + " (" + c.source() + ") which is "
                            + c.approval() + ": expected only sources accepted by a leader or needing no approval (VAL-15)");
                }
            }
        }
        if (trail.submission() == null) {
            throw new ValidationException("trail", "Proposal " + id
                    + " has no proposal to a leader (tờ trình): expected a submission awaiting or holding a decision (VAL-11)");
        }
    }

    /**
     * Returns the proposal to the leader: who proposed, from which unit, why, on what evidence.
     *
     * @return the submission
     */
    public Submission submission() {
        return trail.submission();
    }

    /**
     * Returns the unit that proposed; access to the proposal follows it.
     *
     * @return the proposer's unit code
     */
    public String proposerUnit() {
        return trail.submission().proposerUnit();
    }

    /**
     * Returns where the proposal stands.
     *
     * @return {@link ApprovalState#PENDING}, {@link ApprovalState#ACCEPTED} or {@link ApprovalState#NOT_ACCEPTED}
     */
    public ApprovalState state() {
        return trail.state();
    }

    /**
     * Tells whether the proposal amends (or sets the price of) an existing item.
     *
     * @return {@code true} if {@link #amendsItemId()} is not empty
     */
    public boolean amendsItem() {
        return !amendsItemId.isEmpty();
    }

    /**
     * Returns the decided proposal.
     *
     * @param decision the leader's decision
     * @return a copy with the decision in its trail
     * @throws InvalidStateException if the proposal is already decided
     * @throws ValidationException if the decision predates the proposal
     */
    public ReferencePriceProposal decide(LeaderDecision decision) {
        return new ReferencePriceProposal(id, goods, price, unit, derivations, amendsItemId, trail.decide(decision));
    }

    /**
     * Describes the basis in one line, as a risk-list item records it (cơ sở): the proposal, who
     * accepted it, and the rules and sources of its derivations.
     *
     * @return e.g. {@code "proposal RP-1 accepted by lanhdao.txnk: internet offer price (VAL-08) [OBS-1]"}
     */
    public String basis() {
        StringBuilder out = new StringBuilder("proposal ").append(id);
        if (trail.decision() != null) {
            out.append(' ').append(trail.decision().verdict() == Verdict.ACCEPTED
                    ? "accepted" : "not accepted").append(" by ").append(trail.decision().leaderId());
        }
        out.append(':');
        String sep = " ";
        for (Derivation d : derivations) {
            out.append(sep).append(d.rule()).append(" (").append(String.join(", ", d.requirements())).append(')');
            if (!d.sources().isEmpty()) {
                out.append(" [").append(String.join(", ", d.sources().stream().map(SourceCitation::observationId).toList()))
                        .append(']');
            }
            sep = "; ";
        }
        return out.toString();
    }
}
