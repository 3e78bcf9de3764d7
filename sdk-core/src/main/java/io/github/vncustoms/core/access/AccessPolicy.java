package io.github.vncustoms.core.access;

import io.github.vncustoms.core.access.spi.AccessDenialListener;
import io.github.vncustoms.core.error.AccessDeniedException;
import io.github.vncustoms.core.error.NotFoundException;
import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.org.CustomsUnit;
import io.github.vncustoms.core.org.UnitDirectory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Decides what an account may see, from its unit, its unit's level and its roles; the one policy
 * every module uses to filter queries and to refuse direct reads outside scope.
 *
 * <pre>{@code
 * AccessPolicy policy = AccessPolicy.builder(UnitDirectories.sample())
 *         .denialListener(journal::recordDenial)
 *         .build();
 * List<Ticket> mine = policy.filter(caller, tickets, Ticket::unitCode);
 * policy.requireVisible(caller, "02XE", "read transfer run 42");   // AccessDeniedException if not
 * }</pre>
 *
 * <p>By default headquarters (level 1) sees everything and every other level sees its unit and the
 * units below it, the pattern of MON-T-05; rules added with {@link Builder#rule(ScopeRule)} replace
 * the defaults. Where several rules match, the widest scope wins; an account no rule matches sees
 * only its own unit. Only {@link AccountState#ACTIVE} accounts see anything. Every refusal goes to
 * the {@link AccessDenialListener} before the {@link AccessDeniedException} is thrown (ACC-04).
 *
 * <p>Immutable and thread-safe.
 */
public final class AccessPolicy {
    private static final List<ScopeRule> DEFAULT_RULES = List.of(
            ScopeRule.forLevel(1, AccessScope.ALL),
            ScopeRule.everyone(AccessScope.UNIT_AND_BELOW));

    private final UnitDirectory directory;
    private final List<ScopeRule> rules;
    private final AccessDenialListener listener;

    private AccessPolicy(Builder b) {
        this.directory = b.directory;
        this.rules = b.rules.isEmpty() ? DEFAULT_RULES : List.copyOf(b.rules);
        this.listener = b.listener;
    }

    /**
     * Starts a policy over a unit directory.
     *
     * @param directory the units whose hierarchy scopes follow
     * @return a builder
     */
    public static Builder builder(UnitDirectory directory) {
        return new Builder(directory);
    }

    /**
     * Returns the unit directory the policy follows.
     *
     * @return the directory
     */
    public UnitDirectory directory() {
        return directory;
    }

    /**
     * Returns the rules in force.
     *
     * @return an unmodifiable list
     */
    public List<ScopeRule> rules() {
        return rules;
    }

    /**
     * Returns how far an active account sees.
     *
     * @param account the account
     * @return the widest scope of the matching rules, {@link AccessScope#OWN_UNIT} if none matches
     * @throws NotFoundException if the account's unit is not in the directory
     */
    public AccessScope scopeOf(Account account) {
        Objects.requireNonNull(account, "account");
        int level = directory.get(account.unitCode()).level();
        AccessScope scope = AccessScope.OWN_UNIT;
        for (ScopeRule rule : rules) {
            if (rule.matches(account, level)) {
                scope = scope.widest(rule.scope());
            }
        }
        return scope;
    }

    /**
     * Decides, with reasons, whether an account may act on a unit's record.
     *
     * @param account the account
     * @param targetUnit the unit the record belongs to
     * @param action what the account wants to do, for the record of the decision
     * @return the decision
     * @throws NotFoundException if either unit is not in the directory
     */
    public AccessDecision decide(Account account, String targetUnit, String action) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(action, "action");
        String target = directory.get(Objects.requireNonNull(targetUnit, "targetUnit")).code();
        if (account.state() != AccountState.ACTIVE) {
            return new AccessDecision(account.id(), account.unitCode(), target, action, null, false,
                    "account " + account.id() + " is " + account.state() + "; only ACTIVE accounts may act");
        }
        AccessScope scope = scopeOf(account);
        boolean allowed = switch (scope) {
            case ALL -> true;
            case UNIT_AND_BELOW -> directory.isWithin(target, account.unitCode());
            case OWN_UNIT -> target.equals(account.unitCode());
        };
        String reason = allowed
                ? "scope " + scope + " of unit " + account.unitCode() + " includes unit " + target
                : "scope " + scope + " of unit " + account.unitCode() + " does not include unit " + target;
        return new AccessDecision(account.id(), account.unitCode(), target, action, scope, allowed, reason);
    }

    /**
     * Tells whether an account may see a unit's records.
     *
     * @param account the account
     * @param targetUnit the unit
     * @return {@code true} if allowed
     */
    public boolean canSee(Account account, String targetUnit) {
        return decide(account, targetUnit, "see").allowed();
    }

    /**
     * Refuses, and journals the refusal, unless the account may act on the unit's record.
     *
     * @param account the account
     * @param targetUnit the unit the record belongs to
     * @param action what the account wants to do, e.g. {@code "read transfer run 42"}
     * @return the granted decision
     * @throws AccessDeniedException if the account may not; the message names the scope needed
     */
    public AccessDecision requireVisible(Account account, String targetUnit, String action) {
        AccessDecision decision = decide(account, targetUnit, action);
        if (!decision.allowed()) {
            listener.denied(decision);
            throw new AccessDeniedException("Account " + account.id() + " may not " + action + " of unit "
                    + decision.targetUnit() + ": " + decision.reason()
                    + "; expected an account of that unit, of a unit above it with scope UNIT_AND_BELOW, or with scope ALL");
        }
        return decision;
    }

    /**
     * Refuses, and journals the refusal, for a rule of a module's own that narrows this policy (for
     * example the monitoring matrix of QĐ 3035 Art. 7–11, which lets only some levels see some
     * flows): the refusal reaches the {@link AccessDenialListener} like every other (ACC-04).
     *
     * @param account the account refused
     * @param targetUnit the unit the record belongs to
     * @param action what the account wanted to do
     * @param reason why the module's rule refuses it, in one English sentence ending with what was expected
     * @return never returns normally
     * @throws AccessDeniedException always, after the listener has been told
     * @throws NotFoundException if the target unit is not in the directory
     */
    public AccessDecision deny(Account account, String targetUnit, String action, String reason) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(reason, "reason");
        String target = directory.get(Objects.requireNonNull(targetUnit, "targetUnit")).code();
        AccessScope scope = account.state() == AccountState.ACTIVE ? scopeOf(account) : null;
        AccessDecision decision = new AccessDecision(account.id(), account.unitCode(), target, action, scope, false, reason);
        listener.denied(decision);
        throw new AccessDeniedException("Account " + account.id() + " may not " + action + " of unit " + target + ": " + reason);
    }

    /**
     * Returns the units an account may see, for a store to turn into a query.
     *
     * @param account the account
     * @return the filter; {@link UnitFilter#none()} for an inactive account
     */
    public UnitFilter unitFilter(Account account) {
        Objects.requireNonNull(account, "account");
        if (account.state() != AccountState.ACTIVE) {
            return UnitFilter.none();
        }
        return switch (scopeOf(account)) {
            case ALL -> UnitFilter.all();
            case OWN_UNIT -> new UnitFilter(false, Set.of(directory.get(account.unitCode()).code()));
            case UNIT_AND_BELOW -> {
                Set<String> codes = new HashSet<>();
                codes.add(directory.get(account.unitCode()).code());
                directory.descendants(account.unitCode()).stream().map(CustomsUnit::code).forEach(codes::add);
                yield new UnitFilter(false, codes);
            }
        };
    }

    /**
     * Keeps the records an account may see, in their order; never returns one outside its scope.
     *
     * @param account the account
     * @param records the records
     * @param unitOf the unit each record belongs to
     * @param <T> the record type
     * @return the visible records, an unmodifiable list
     */
    public <T> List<T> filter(Account account, Collection<T> records, Function<? super T, String> unitOf) {
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(unitOf, "unitOf");
        UnitFilter filter = unitFilter(account);
        List<T> visible = new ArrayList<>();
        for (T record : records) {
            if (filter.test(unitOf.apply(record))) {
                visible.add(record);
            }
        }
        return List.copyOf(visible);
    }

    /**
     * Returns a builder holding this policy's settings, to make a variant.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(directory).denialListener(listener);
        if (rules != DEFAULT_RULES) {
            rules.forEach(b::rule);
        }
        return b;
    }

    /** Collects the settings of an {@link AccessPolicy}. Not thread-safe. */
    public static final class Builder {
        private final UnitDirectory directory;
        private final List<ScopeRule> rules = new ArrayList<>();
        private AccessDenialListener listener = decision -> { };

        private Builder(UnitDirectory directory) {
            this.directory = Objects.requireNonNull(directory, "directory");
        }

        /**
         * Adds a scope rule; the first rule added replaces the default rules.
         *
         * @param rule the rule
         * @return this builder
         * @throws ValidationException if a level-specific rule names a level the directory's era lacks
         */
        public Builder rule(ScopeRule rule) {
            Objects.requireNonNull(rule, "rule");
            if (rule.level() > directory.era().depth()) {
                throw new ValidationException("rule", "Scope rule for level " + rule.level() + " but era "
                        + directory.era().id() + " has levels 1 to " + directory.era().depth());
            }
            rules.add(rule);
            return this;
        }

        /**
         * Sets who is told of refusals (the audit journal, ACC-04).
         *
         * @param listener the listener
         * @return this builder
         */
        public Builder denialListener(AccessDenialListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return an immutable policy
         */
        public AccessPolicy build() {
            return new AccessPolicy(this);
        }
    }
}
