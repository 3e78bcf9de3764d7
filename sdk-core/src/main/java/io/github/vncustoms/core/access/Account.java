package io.github.vncustoms.core.access;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.text.VietnameseText;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * An account as access decisions see it: who holds it, which unit it belongs to, its roles and its
 * state. The account's level is its unit's level in the {@link io.github.vncustoms.core.org.UnitDirectory}.
 *
 * <p>Immutable and thread-safe. Never holds a password or its hash.
 *
 * @param id the account name, 3–64 characters of letters, digits, {@code . _ -}; case is kept
 * @param kind a unit's account, an officer's, or an administrator's
 * @param holder the holder's name (the unit's name for a unit account), NFC
 * @param unitCode the code of the unit the account belongs to, upper case
 * @param roles role codes, upper case, e.g. {@code MONITOR}, {@code VALUATION_OFFICER}
 * @param state where the account is in its lifecycle
 */
public record Account(String id, AccountKind kind, String holder, String unitCode, Set<String> roles, AccountState state) {
    private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}._-]{3,64}");
    private static final Pattern ROLE = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");

    /**
     * Validates and normalises the account.
     *
     * @throws ValidationException if the id, holder, unit code or a role is malformed
     */
    public Account {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(roles, "roles");
        Objects.requireNonNull(state, "state");
        if (!ID.matcher(id).matches()) {
            throw new ValidationException("id", "Account id '" + id
                    + "' is malformed: expected 3–64 letters, digits, '.', '_' or '-'");
        }
        holder = VietnameseText.normalize(holder.strip());
        if (holder.isEmpty()) {
            throw new ValidationException("holder", "Account " + id + " has a blank holder: expected the holder's name");
        }
        unitCode = unitCode.strip().toUpperCase(Locale.ROOT);
        if (unitCode.isEmpty()) {
            throw new ValidationException("unitCode", "Account " + id + " has no unit: expected a customs unit code");
        }
        Set<String> normalised = new TreeSet<>();
        for (String role : roles) {
            String r = Objects.requireNonNull(role, "role").strip().toUpperCase(Locale.ROOT);
            if (!ROLE.matcher(r).matches()) {
                throw new ValidationException("roles", "Role '" + role + "' of account " + id
                        + " is malformed: expected 2–64 characters of A–Z, 0–9 or '_', starting with a letter");
            }
            normalised.add(r);
        }
        roles = Set.copyOf(normalised);
    }

    /**
     * Tells whether the account has a role.
     *
     * @param role the role code, any case
     * @return {@code true} if it has it
     */
    public boolean hasRole(String role) {
        return roles.contains(Objects.requireNonNull(role, "role").strip().toUpperCase(Locale.ROOT));
    }

    /**
     * Returns a copy in another state.
     *
     * @param newState the state
     * @return the copy
     */
    public Account withState(AccountState newState) {
        return new Account(id, kind, holder, unitCode, roles, newState);
    }

    /**
     * Returns a copy at another unit (an officer moved).
     *
     * @param newUnitCode the unit's code
     * @return the copy
     */
    public Account withUnit(String newUnitCode) {
        return new Account(id, kind, holder, newUnitCode, roles, state);
    }

    /**
     * Returns a copy with other roles (an officer moved off a function loses its role, VAL-20).
     *
     * @param newRoles the roles
     * @return the copy
     */
    public Account withRoles(Set<String> newRoles) {
        return new Account(id, kind, holder, unitCode, newRoles, state);
    }
}
