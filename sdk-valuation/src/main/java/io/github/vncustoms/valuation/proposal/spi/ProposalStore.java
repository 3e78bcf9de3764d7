package io.github.vncustoms.valuation.proposal.spi;

import io.github.vncustoms.core.access.UnitFilter;
import io.github.vncustoms.core.paging.Page;
import io.github.vncustoms.core.paging.PageRequest;
import io.github.vncustoms.valuation.proposal.ProposalQuery;
import io.github.vncustoms.valuation.proposal.ReferencePriceProposal;
import java.util.Optional;

/**
 * Keeps reference-price proposals and their decisions (QĐ 2344 Art. 5.5; VAL-11, VAL-14). There is
 * no delete: a proposal is added once, pending, and replaced once by its decided version; both the
 * proposal (tờ trình) and the leader's decision stay on record for good.
 *
 * <p>A database serves it with one table keyed by {@link ReferencePriceProposal#id()}, a state column
 * updated only from {@code PENDING} (a conditional update, so that two leaders cannot both decide),
 * and indexes on the proposer's unit, HS code, amended item and submission time for {@link #find}.
 *
 * <p>Implementations must be thread-safe.
 */
public interface ProposalStore {
    /**
     * Keeps a new, pending proposal.
     *
     * @param proposal the proposal
     * @throws io.github.vncustoms.core.error.InvalidStateException if the id is taken or the proposal
     *     is not pending
     */
    void add(ReferencePriceProposal proposal);

    /**
     * Replaces a pending proposal by its decided version.
     *
     * @param decided the decided proposal, equal to the stored one but for the decision
     * @throws io.github.vncustoms.core.error.NotFoundException if no proposal has that id
     * @throws io.github.vncustoms.core.error.InvalidStateException if the stored proposal is already
     *     decided, the given one is not decided, or it differs from the stored one in more than the decision
     */
    void decided(ReferencePriceProposal decided);

    /**
     * Returns a proposal by id.
     *
     * @param id the id
     * @return the proposal, or empty
     */
    Optional<ReferencePriceProposal> get(String id);

    /**
     * Returns one page of the proposals that match a query and whose proposer's unit is visible,
     * ordered by submission time, then id.
     *
     * @param query the conditions
     * @param visibleUnits the proposer units the caller may see
     * @param page the slice wanted
     * @return the page, with the total number of matches in scope
     */
    Page<ReferencePriceProposal> find(ProposalQuery query, UnitFilter visibleUnits, PageRequest page);
}
