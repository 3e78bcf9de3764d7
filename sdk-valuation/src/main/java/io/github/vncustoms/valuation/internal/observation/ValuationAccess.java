package io.github.vncustoms.valuation.internal.observation;

import io.github.vncustoms.core.access.AccessPolicy;
import io.github.vncustoms.core.access.Account;
import io.github.vncustoms.core.access.AccountState;
import io.github.vncustoms.valuation.approval.ValuationRoles;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Who may use the valuation database (QĐ 2344 Art. 3.2, 9.1.d, 9.3.a.5; VAL-20): only ACTIVE
 * accounts holding a valuation role; an officer moved off the function (role removed, account locked
 * or closed) loses access. Refusals go through {@link AccessPolicy#deny} so that they are journaled
 * (ACC-04). Stateless; thread-safe.
 */
public final class ValuationAccess {
    /** The roles that may read the database. */
    public static final List<String> READER_ROLES = List.of(ValuationRoles.OFFICER, ValuationRoles.LEADER,
            ValuationRoles.LIST_ISSUER);

    private ValuationAccess() {
    }

    /**
     * Refuses an account that may not read valuation data.
     *
     * @param policy the policy that journals the refusal
     * @param caller the account
     * @param action what it wanted to do
     */
    public static void requireReader(AccessPolicy policy, Account caller, String action) {
        Objects.requireNonNull(caller, "caller");
        List<String> problems = new ArrayList<>();
        if (caller.state() != AccountState.ACTIVE) {
            problems.add("account " + caller.id() + " is " + caller.state());
        }
        if (READER_ROLES.stream().noneMatch(caller::hasRole)) {
            problems.add("account " + caller.id() + " holds none of the valuation roles " + READER_ROLES);
        }
        if (!problems.isEmpty()) {
            policy.deny(caller, caller.unitCode(), action, String.join("; ", problems)
                    + "; an officer who left the valuation function loses access (VAL-20)"
                    + ": expected an ACTIVE account with a valuation role");
        }
    }

    /**
     * Refuses an account that may not enter or propose valuation data.
     *
     * @param policy the policy that journals the refusal
     * @param officer the account
     * @param action what it wanted to do
     */
    public static void requireOfficer(AccessPolicy policy, Account officer, String action) {
        Objects.requireNonNull(officer, "officer");
        List<String> problems = new ArrayList<>();
        if (officer.state() != AccountState.ACTIVE) {
            problems.add("account " + officer.id() + " is " + officer.state());
        }
        if (!officer.hasRole(ValuationRoles.OFFICER)) {
            problems.add("account " + officer.id() + " lacks role " + ValuationRoles.OFFICER);
        }
        if (!problems.isEmpty()) {
            policy.deny(officer, officer.unitCode(), action, String.join("; ", problems)
                    + "; only officers assigned to valuation work enter prices (VAL-20)"
                    + ": expected an ACTIVE account with role " + ValuationRoles.OFFICER);
        }
    }

    /**
     * Returns the unit a refusal about a record names: the record's unit if the directory knows it,
     * else the caller's own.
     *
     * @param policy the policy
     * @param recordUnit the record's unit
     * @param caller the caller
     * @return a unit code the directory holds, if any does
     */
    public static String refusalTarget(AccessPolicy policy, String recordUnit, Account caller) {
        return policy.directory().find(recordUnit).isPresent() ? recordUnit : caller.unitCode();
    }
}
