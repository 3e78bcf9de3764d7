package io.github.vncustoms.valuation.approval;

import io.github.vncustoms.core.access.Account;
import io.github.vncustoms.core.access.AccountState;
import io.github.vncustoms.core.error.AccessDeniedException;
import io.github.vncustoms.core.org.UnitDirectory;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Who may decide a proposal (QĐ 2344 Art. 6.1.a.2; VAL-11, VAL-15): a leader "of the branch, of the
 * department's division or of the HQ Import-Export Tax Department, by level", that is an active
 * account with {@link ValuationRoles#LEADER} whose unit is the proposer's unit or a unit above it,
 * and who is not the proposer (nobody approves their own proposal).
 *
 * <p>Immutable and thread-safe.
 */
public final class LeaderCompetence {
    private final UnitDirectory directory;

    private LeaderCompetence(UnitDirectory directory) {
        this.directory = directory;
    }

    /**
     * Creates the rule over a unit directory.
     *
     * @param directory the units
     * @return the rule
     */
    public static LeaderCompetence over(UnitDirectory directory) {
        return new LeaderCompetence(Objects.requireNonNull(directory, "directory"));
    }

    /**
     * Lists why an account may not decide a proposal.
     *
     * @param leader the account that would decide
     * @param submission the proposal
     * @return the reasons, one sentence each; empty if the account is competent
     */
    public List<String> problems(Account leader, Submission submission) {
        Objects.requireNonNull(leader, "leader");
        Objects.requireNonNull(submission, "submission");
        List<String> problems = new ArrayList<>();
        if (leader.state() != AccountState.ACTIVE) {
            problems.add("account " + leader.id() + " is " + leader.state() + ", expected an ACTIVE account");
        }
        if (!leader.hasRole(ValuationRoles.LEADER)) {
            problems.add("account " + leader.id() + " lacks role " + ValuationRoles.LEADER);
        }
        if (leader.id().equals(submission.proposerId())) {
            problems.add("account " + leader.id() + " made the proposal and may not decide it");
        }
        if (directory.find(leader.unitCode()).isEmpty() || directory.find(submission.proposerUnit()).isEmpty()
                || !directory.isWithin(submission.proposerUnit(), leader.unitCode())) {
            problems.add("unit " + leader.unitCode() + " is neither the proposer's unit " + submission.proposerUnit()
                    + " nor a unit above it");
        }
        return List.copyOf(problems);
    }

    /**
     * Refuses an account that may not decide a proposal.
     *
     * @param leader the account that would decide
     * @param submission the proposal
     * @throws AccessDeniedException listing every reason
     */
    public void require(Account leader, Submission submission) {
        List<String> problems = problems(leader, submission);
        if (!problems.isEmpty()) {
            throw new AccessDeniedException("Account " + leader.id() + " may not decide the proposal of "
                    + submission.proposerId() + ": " + String.join("; ", problems)
                    + "; expected a " + ValuationRoles.LEADER + " of the proposer's unit or above, other than the proposer");
        }
    }
}
