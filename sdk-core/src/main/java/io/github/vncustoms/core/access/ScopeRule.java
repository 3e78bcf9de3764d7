package io.github.vncustoms.core.access;

import io.github.vncustoms.core.error.ValidationException;
import java.util.Locale;
import java.util.Objects;

/**
 * One rule of an {@link AccessPolicy}: accounts at a level, or with a role, or both, see this far.
 * Where several rules match an account, the widest scope wins.
 *
 * <p>Immutable and thread-safe.
 *
 * @param level the unit level the rule applies to, or 0 for any level
 * @param role the role the rule applies to, upper case, or empty for any role
 * @param scope the scope granted
 */
public record ScopeRule(int level, String role, AccessScope scope) {
    /**
     * Validates the rule.
     *
     * @throws ValidationException if the level is negative or above 9, or the rule matches everyone
     *     without saying so through {@link #everyone(AccessScope)}
     */
    public ScopeRule {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(scope, "scope");
        if (level < 0 || level > 9) {
            throw new ValidationException("level", "Scope rule level " + level + " is out of range: expected 1 to 9, or 0 for any level");
        }
        role = role.strip().toUpperCase(Locale.ROOT);
    }

    /**
     * A rule for every account at a level.
     *
     * @param level the level, 1 = headquarters
     * @param scope the scope granted
     * @return the rule
     */
    public static ScopeRule forLevel(int level, AccessScope scope) {
        if (level < 1) {
            throw new ValidationException("level", "Scope rule level " + level + " is out of range: expected 1 to 9");
        }
        return new ScopeRule(level, "", scope);
    }

    /**
     * A rule for every account with a role, at any level.
     *
     * @param role the role code
     * @param scope the scope granted
     * @return the rule
     */
    public static ScopeRule forRole(String role, AccessScope scope) {
        if (Objects.requireNonNull(role, "role").isBlank()) {
            throw new ValidationException("role", "Scope rule role is blank: expected a role code");
        }
        return new ScopeRule(0, role, scope);
    }

    /**
     * A rule for accounts with a role at a level.
     *
     * @param level the level
     * @param role the role code
     * @param scope the scope granted
     * @return the rule
     */
    public static ScopeRule forLevelAndRole(int level, String role, AccessScope scope) {
        forLevel(level, scope);
        forRole(role, scope);
        return new ScopeRule(level, role, scope);
    }

    /**
     * A rule for every account.
     *
     * @param scope the scope granted
     * @return the rule
     */
    public static ScopeRule everyone(AccessScope scope) {
        return new ScopeRule(0, "", scope);
    }

    /**
     * Tells whether the rule applies to an account at a level.
     *
     * @param account the account
     * @param accountLevel the level of the account's unit
     * @return {@code true} if both the level and the role match
     */
    public boolean matches(Account account, int accountLevel) {
        return (level == 0 || level == accountLevel) && (role.isEmpty() || account.hasRole(role));
    }
}
