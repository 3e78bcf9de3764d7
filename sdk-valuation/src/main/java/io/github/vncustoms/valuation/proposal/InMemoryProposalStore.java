package io.github.vncustoms.valuation.proposal;

import io.github.vncustoms.core.access.UnitFilter;
import io.github.vncustoms.core.error.InvalidStateException;
import io.github.vncustoms.core.error.NotFoundException;
import io.github.vncustoms.core.paging.Page;
import io.github.vncustoms.core.paging.PageRequest;
import io.github.vncustoms.valuation.approval.ApprovalState;
import io.github.vncustoms.valuation.proposal.spi.ProposalStore;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The embedded {@link ProposalStore}: proposals in memory, never deleted (VAL-14).
 *
 * <p>Thread-safe: a decision replaces the pending version atomically, so two concurrent decisions on
 * one proposal cannot both succeed.
 */
public final class InMemoryProposalStore implements ProposalStore {
    private static final Comparator<ReferencePriceProposal> ORDER = Comparator
            .comparing((ReferencePriceProposal p) -> p.submission().submittedAt())
            .thenComparing(ReferencePriceProposal::id);

    private final Map<String, ReferencePriceProposal> proposals = new ConcurrentHashMap<>();

    private InMemoryProposalStore() {
    }

    /**
     * Creates an empty store.
     *
     * @return the store
     */
    public static InMemoryProposalStore create() {
        return new InMemoryProposalStore();
    }

    @Override
    public void add(ReferencePriceProposal proposal) {
        Objects.requireNonNull(proposal, "proposal");
        if (proposal.state() != ApprovalState.PENDING) {
            throw new InvalidStateException("Proposal " + proposal.id() + " is " + proposal.state()
                    + ": expected a new, PENDING proposal");
        }
        if (proposals.putIfAbsent(proposal.id(), proposal) != null) {
            throw new InvalidStateException("Proposal id " + proposal.id() + " is taken: expected a new id");
        }
    }

    @Override
    public void decided(ReferencePriceProposal decided) {
        Objects.requireNonNull(decided, "decided");
        if (decided.state() == ApprovalState.PENDING) {
            throw new InvalidStateException("Proposal " + decided.id() + " carries no decision: expected a decided proposal");
        }
        proposals.compute(decided.id(), (id, stored) -> {
            if (stored == null) {
                throw new NotFoundException("No proposal has id " + id + ": expected the id of a stored proposal");
            }
            if (stored.state() != ApprovalState.PENDING) {
                throw new InvalidStateException("Proposal " + id + " was already decided ("
                        + stored.trail().decision().verdict().vietnamese() + " by " + stored.trail().decision().leaderId()
                        + "): expected a PENDING proposal");
            }
            if (!stored.decide(decided.trail().decision()).equals(decided)) {
                throw new InvalidStateException("Proposal " + id
                        + " differs from the stored one in more than its decision: expected only the decision added");
            }
            return decided;
        });
    }

    @Override
    public Optional<ReferencePriceProposal> get(String id) {
        return Optional.ofNullable(proposals.get(Objects.requireNonNull(id, "id")));
    }

    @Override
    public Page<ReferencePriceProposal> find(ProposalQuery query, UnitFilter visibleUnits, PageRequest page) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(visibleUnits, "visibleUnits");
        Objects.requireNonNull(page, "page");
        List<ReferencePriceProposal> matches = proposals.values().stream()
                .filter(p -> visibleUnits.test(p.proposerUnit()) && query.matches(p))
                .sorted(ORDER)
                .toList();
        return Page.slice(matches, page);
    }

    @Override
    public String toString() {
        return "InMemoryProposalStore[" + proposals.size() + " proposals]";
    }
}
