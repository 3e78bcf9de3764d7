package io.github.vncustoms.core.access;

import io.github.vncustoms.core.access.spi.AccountEventListener;
import io.github.vncustoms.core.access.spi.AccountStore;
import io.github.vncustoms.core.error.AccessDeniedException;
import io.github.vncustoms.core.error.InvalidStateException;
import io.github.vncustoms.core.error.NotFoundException;
import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.org.UnitDirectory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The account lifecycle as a journaled state machine (STA-01, ACC-01..04, VAL-20):
 *
 * <pre>
 * REQUESTED --issue--&gt; ISSUED --change password (+ confirmation letter where required)--&gt; ACTIVE
 * ISSUED --30 days after issue without a password change--&gt; LOCKED
 * ISSUED/ACTIVE --lock--&gt; LOCKED --unlock--&gt; ACTIVE, or --reissue--&gt; ISSUED
 * ISSUED/ACTIVE/LOCKED --closure request, on its expected date--&gt; CLOSED --remove--&gt; REMOVED
 * </pre>
 *
 * <p>Passwords are never stored: only Argon2id hashes with a per-account salt. The first login
 * after issue answers {@link LoginResult.Outcome#MUST_CHANGE_PASSWORD}. The 30-day lock counts
 * calendar days in Asia/Ho_Chi_Minh: an account issued on day D may change its password up to the
 * end of day D + 30 and is locked from the first instant of day D + 31 (ACC-02). Deadlines are
 * applied whenever an account is touched and by {@link #enforceDeadlines()}, which a deployment
 * runs daily. Administrator actions need an active account of kind
 * {@link AccountKind#ADMINISTRATOR} or with the role {@value #ADMIN_ROLE}; every change, refusal and
 * login attempt goes to the {@link AccountEventListener} and into the account's history.
 *
 * <pre>{@code
 * AccountService accounts = AccountService.builder().clock(clock).eventListener(journal::record).build();
 * accounts.request(new AccountRequest(account, "IMTS", true, "CK-15/2026", signedOn), admin);
 * accounts.issue("hq01.imts", initialPassword, admin);
 * accounts.login("hq01.imts", initialPassword);            // MUST_CHANGE_PASSWORD
 * accounts.changePassword("hq01.imts", initialPassword, newPassword);
 * accounts.recordConfirmationLetter("hq01.imts", "45/HQHN", admin);   // now ACTIVE
 * }</pre>
 *
 * <p>Thread-safe: changes are serialised on the service.
 */
public final class AccountService {
    /** The role that lets an account administer accounts. */
    public static final String ADMIN_ROLE = "ACCOUNT_ADMIN";
    /** Calendar days an issued account has to change its initial password (ACC-02). */
    public static final int PASSWORD_CHANGE_DAYS = 30;

    private static final int PAGE = 500;

    private final Clock clock;
    private final ZoneId zone;
    private final PasswordPolicy policy;
    private final PasswordHasher hasher;
    private final AccountStore store;
    private final AccountEventListener listener;
    private final UnitDirectory directory;

    private AccountService(Builder b) {
        this.clock = b.clock;
        this.zone = b.zone;
        this.policy = b.policy;
        this.hasher = b.hasher;
        this.store = b.store;
        this.listener = b.listener;
        this.directory = b.directory;
    }

    /**
     * Starts a service: system clock, Asia/Ho_Chi_Minh, default password policy and hasher, an
     * in-memory store, no listener, no unit check.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Records a written request for an account (STA-01).
     *
     * @param request the request with the holder's signed commitment
     * @param actor the administrator recording it
     * @return the new record, {@link AccountState#REQUESTED}
     * @throws AccessDeniedException if the actor may not administer accounts
     * @throws InvalidStateException if an account with that id exists
     * @throws NotFoundException if a unit directory is configured and lacks the account's unit
     */
    public synchronized AccountRecord request(AccountRequest request, Account actor) {
        Objects.requireNonNull(request, "request");
        requireAdmin(actor, AccountAction.REQUEST, request.account());
        if (store.find(request.account().id()).isPresent()) {
            throw new InvalidStateException("Account " + request.account().id() + " already exists: expected a new account id");
        }
        if (directory != null) {
            directory.get(request.account().unitCode());
        }
        Account account = request.account().withState(AccountState.REQUESTED);
        AccountEvent event = event(account, AccountAction.REQUEST, AccountState.REQUESTED, actor, true,
                "commitment " + request.commitmentRef() + " signed " + request.commitmentSignedOn());
        AccountRecord record = new AccountRecord(account, request, null, null, null, null, null, List.of(event));
        store.save(record);
        listener.onEvent(event);
        return record;
    }

    /**
     * Issues a requested account with an initial password, to be handed over in a sealed letter.
     *
     * @param accountId the account
     * @param initialPassword the initial password; must satisfy the policy; not kept
     * @param actor the administrator
     * @return the record, {@link AccountState#ISSUED}, issued today
     */
    public synchronized AccountRecord issue(String accountId, char[] initialPassword, Account actor) {
        AccountRecord record = load(accountId);
        requireAdmin(actor, AccountAction.ISSUE, record.account());
        requireState(record, AccountAction.ISSUE, AccountState.REQUESTED);
        policy.check(initialPassword);
        return transition(record, AccountAction.ISSUE, AccountState.ISSUED, actor, "initial password issued",
                r -> new AccountRecord(r.account(), r.request(), today(), hasher.hash(initialPassword), null,
                        r.confirmationLetterRef(), r.closure(), r.history()));
    }

    /**
     * Checks a password. Applies any due lock or closure first.
     *
     * @param accountId the account
     * @param password the password; not kept
     * @return success, must-change-password (first login), or refused with the reason
     * @throws NotFoundException if there is no such account
     */
    public synchronized LoginResult login(String accountId, char[] password) {
        Objects.requireNonNull(password, "password");
        AccountRecord record = applyDeadlines(load(accountId));
        Account account = record.account();
        AccountState state = account.state();
        if (state != AccountState.ISSUED && state != AccountState.ACTIVE) {
            return refuseLogin(record, "account is " + state + "; expected ISSUED or ACTIVE");
        }
        if (!hasher.verify(password, record.passwordHash())) {
            return refuseLogin(record, "wrong password");
        }
        journal(record, event(account, AccountAction.LOGIN, state, account, true, "password accepted"));
        return record.passwordChanged()
                ? (state == AccountState.ACTIVE
                        ? new LoginResult(LoginResult.Outcome.SUCCESS, account, "password accepted")
                        : new LoginResult(LoginResult.Outcome.REFUSED, account,
                                "password changed; the confirmation letter is still to be recorded"))
                : new LoginResult(LoginResult.Outcome.MUST_CHANGE_PASSWORD, account,
                        "first login: change the initial password by " + record.passwordChangeDeadline());
    }

    /**
     * The holder changes the password. The first change of an issued account activates it, unless
     * its system still awaits the confirmation letter.
     *
     * @param accountId the account
     * @param currentPassword the current password; not kept
     * @param newPassword the new password; must satisfy the policy and differ from the current one; not kept
     * @return the record
     * @throws AccessDeniedException if the current password is wrong
     * @throws InvalidStateException if the account is not ISSUED or ACTIVE (e.g. locked after 30 days)
     * @throws ValidationException if the new password does not meet the policy
     */
    public synchronized AccountRecord changePassword(String accountId, char[] currentPassword, char[] newPassword) {
        AccountRecord record = applyDeadlines(load(accountId));
        requireState(record, AccountAction.CHANGE_PASSWORD, AccountState.ISSUED, AccountState.ACTIVE);
        if (!hasher.verify(currentPassword, record.passwordHash())) {
            journal(record, event(record.account(), AccountAction.CHANGE_PASSWORD, record.account().state(), record.account(),
                    false, "current password wrong"));
            throw new AccessDeniedException("The current password of account " + accountId
                    + " is wrong: expected the password last issued or set");
        }
        policy.check(newPassword);
        if (Arrays.equals(currentPassword, newPassword)) {
            throw new ValidationException("newPassword", "The new password equals the current one: expected a different password");
        }
        PasswordHash hash = hasher.hash(newPassword);
        Instant now = clock.instant();
        AccountRecord changed = new AccountRecord(record.account(), record.request(), record.issuedOn(), hash, now,
                record.confirmationLetterRef(), record.closure(), record.history());
        AccountState to = changed.readyForActivation() ? AccountState.ACTIVE : record.account().state();
        return transition(record, AccountAction.CHANGE_PASSWORD, to, record.account(),
                to == AccountState.ACTIVE ? "password changed; account active" : "password changed", r -> changed);
    }

    /**
     * Records the holder's confirmation letter (IMTS, STA-01 Annex 03); activates the account if its
     * password was already changed.
     *
     * @param accountId the account
     * @param letterRef the letter's reference
     * @param actor the administrator
     * @return the record
     */
    public synchronized AccountRecord recordConfirmationLetter(String accountId, String letterRef, Account actor) {
        Objects.requireNonNull(letterRef, "letterRef");
        if (letterRef.isBlank()) {
            throw new ValidationException("letterRef", "Confirmation letter reference is blank: expected the letter's number");
        }
        AccountRecord record = applyDeadlines(load(accountId));
        requireAdmin(actor, AccountAction.RECORD_CONFIRMATION, record.account());
        requireState(record, AccountAction.RECORD_CONFIRMATION, AccountState.ISSUED, AccountState.ACTIVE);
        AccountRecord withLetter = new AccountRecord(record.account(), record.request(), record.issuedOn(),
                record.passwordHash(), record.passwordChangedAt(), letterRef.strip(), record.closure(), record.history());
        AccountState to = withLetter.readyForActivation() ? AccountState.ACTIVE : record.account().state();
        return transition(record, AccountAction.RECORD_CONFIRMATION, to, actor, "letter " + letterRef.strip(), r -> withLetter);
    }

    /**
     * An administrator locks an account.
     *
     * @param accountId the account
     * @param reason why
     * @param actor the administrator
     * @return the record, {@link AccountState#LOCKED}
     */
    public synchronized AccountRecord lock(String accountId, String reason, Account actor) {
        AccountRecord record = applyDeadlines(load(accountId));
        requireAdmin(actor, AccountAction.LOCK, record.account());
        requireState(record, AccountAction.LOCK, AccountState.ISSUED, AccountState.ACTIVE);
        return transition(record, AccountAction.LOCK, AccountState.LOCKED, actor, requireReason(reason), r -> r);
    }

    /**
     * An administrator unlocks an account whose holder had already changed the password.
     *
     * @param accountId the account
     * @param actor the administrator
     * @return the record, {@link AccountState#ACTIVE}
     * @throws InvalidStateException if the account is not locked, or its password was never changed
     *     (use {@link #reissue(String, char[], Account)})
     */
    public synchronized AccountRecord unlock(String accountId, Account actor) {
        AccountRecord record = applyDeadlines(load(accountId));
        requireAdmin(actor, AccountAction.UNLOCK, record.account());
        requireState(record, AccountAction.UNLOCK, AccountState.LOCKED);
        if (!record.readyForActivation()) {
            throw new InvalidStateException("Account " + accountId + " was locked before its holder changed the password"
                    + " or sent the confirmation letter: expected reissue with a new initial password instead of unlock");
        }
        return transition(record, AccountAction.UNLOCK, AccountState.ACTIVE, actor, "unlocked", r -> r);
    }

    /**
     * An administrator unlocks a locked account with a new initial password: it is issued again
     * today and has 30 days to change it.
     *
     * @param accountId the account
     * @param initialPassword the new initial password; not kept
     * @param actor the administrator
     * @return the record, {@link AccountState#ISSUED}
     */
    public synchronized AccountRecord reissue(String accountId, char[] initialPassword, Account actor) {
        AccountRecord record = applyDeadlines(load(accountId));
        requireAdmin(actor, AccountAction.UNLOCK, record.account());
        requireState(record, AccountAction.UNLOCK, AccountState.LOCKED);
        policy.check(initialPassword);
        return transition(record, AccountAction.UNLOCK, AccountState.ISSUED, actor, "reissued with a new initial password",
                r -> new AccountRecord(r.account(), r.request(), today(), hasher.hash(initialPassword), null,
                        r.confirmationLetterRef(), r.closure(), r.history()));
    }

    /**
     * Records a written closure request (ACC-03); the account closes on the expected date, at once if
     * that date is today or past.
     *
     * @param accountId the account
     * @param closure the written request
     * @param actor the administrator
     * @return the record
     */
    public synchronized AccountRecord requestClosure(String accountId, ClosureRequest closure, Account actor) {
        Objects.requireNonNull(closure, "closure");
        AccountRecord record = applyDeadlines(load(accountId));
        requireAdmin(actor, AccountAction.REQUEST_CLOSURE, record.account());
        requireState(record, AccountAction.REQUEST_CLOSURE, AccountState.ISSUED, AccountState.ACTIVE, AccountState.LOCKED);
        AccountRecord requested = transition(record, AccountAction.REQUEST_CLOSURE, record.account().state(), actor,
                "request " + closure.documentRef() + " to close on " + closure.expectedDate() + ": " + closure.reason(),
                r -> new AccountRecord(r.account(), r.request(), r.issuedOn(), r.passwordHash(), r.passwordChangedAt(),
                        r.confirmationLetterRef(), closure, r.history()));
        return applyDeadlines(requested);
    }

    /**
     * Removes a closed or locked account.
     *
     * @param accountId the account
     * @param actor the administrator
     * @return the record, {@link AccountState#REMOVED}
     */
    public synchronized AccountRecord remove(String accountId, Account actor) {
        AccountRecord record = applyDeadlines(load(accountId));
        requireAdmin(actor, AccountAction.REMOVE, record.account());
        requireState(record, AccountAction.REMOVE, AccountState.CLOSED, AccountState.LOCKED);
        return transition(record, AccountAction.REMOVE, AccountState.REMOVED, actor, "removed", r -> r);
    }

    /**
     * Moves an officer to another unit or function: the roles are replaced, so a function left is
     * access lost (VAL-20).
     *
     * @param accountId the account
     * @param unitCode the new unit
     * @param roles the roles of the new function; empty to remove every role
     * @param actor the administrator
     * @return the record
     */
    public synchronized AccountRecord reassign(String accountId, String unitCode, Set<String> roles, Account actor) {
        AccountRecord record = applyDeadlines(load(accountId));
        requireAdmin(actor, AccountAction.REASSIGN, record.account());
        requireState(record, AccountAction.REASSIGN, AccountState.REQUESTED, AccountState.ISSUED, AccountState.ACTIVE,
                AccountState.LOCKED);
        if (directory != null) {
            directory.get(unitCode);
        }
        Account moved = record.account().withUnit(unitCode).withRoles(roles);
        Set<String> lost = record.account().roles().stream().filter(r -> !moved.roles().contains(r))
                .collect(Collectors.toCollection(TreeSet::new));
        return transition(record, AccountAction.REASSIGN, record.account().state(), actor,
                "moved to " + moved.unitCode() + " with roles " + moved.roles().stream().sorted().toList()
                        + (lost.isEmpty() ? "" : "; lost " + lost),
                r -> new AccountRecord(moved, r.request(), r.issuedOn(), r.passwordHash(), r.passwordChangedAt(),
                        r.confirmationLetterRef(), r.closure(), r.history()));
    }

    /**
     * Applies every due deadline: locks issued accounts whose 30 days have passed (ACC-02), closes
     * accounts whose closure date has come (ACC-03). Run it daily.
     *
     * @return the events it produced, in account-id order
     */
    public synchronized List<AccountEvent> enforceDeadlines() {
        List<AccountEvent> events = new ArrayList<>();
        for (AccountState state : List.of(AccountState.ISSUED, AccountState.ACTIVE, AccountState.LOCKED)) {
            List<AccountRecord> due = new ArrayList<>();
            for (int offset = 0; ; offset += PAGE) {
                List<AccountRecord> page = store.findByState(state, UnitFilter.all(), offset, PAGE);
                due.addAll(page);
                if (page.size() < PAGE) {
                    break;
                }
            }
            for (AccountRecord record : due) {
                int before = record.history().size();
                AccountRecord after = applyDeadlines(record);
                events.addAll(after.history().subList(before, after.history().size()));
            }
        }
        return List.copyOf(events);
    }

    /**
     * Returns an account's record, with any due deadline applied.
     *
     * @param accountId the account
     * @return the record
     * @throws NotFoundException if there is no such account
     */
    public synchronized AccountRecord get(String accountId) {
        return applyDeadlines(load(accountId));
    }

    private AccountRecord applyDeadlines(AccountRecord record) {
        AccountRecord current = record;
        LocalDate today = today();
        AccountState state = current.account().state();
        if (state == AccountState.ISSUED && !current.passwordChanged()
                && today.isAfter(current.passwordChangeDeadline())) {
            current = transition(current, AccountAction.LOCK_UNCHANGED_PASSWORD, AccountState.LOCKED, null,
                    "password not changed within " + PASSWORD_CHANGE_DAYS + " days of issue on " + current.issuedOn(), r -> r);
        }
        state = current.account().state();
        if (current.closure() != null && !today.isBefore(current.closure().expectedDate())
                && EnumSet.of(AccountState.ISSUED, AccountState.ACTIVE, AccountState.LOCKED).contains(state)) {
            current = transition(current, AccountAction.CLOSE, AccountState.CLOSED, null,
                    "closed on request " + current.closure().documentRef() + ": " + current.closure().reason(), r -> r);
        }
        return current;
    }

    private AccountRecord transition(AccountRecord record, AccountAction action, AccountState to, Account actor,
            String detail, UnaryOperator<AccountRecord> change) {
        AccountRecord changed = change.apply(record);
        Account account = changed.account().withState(to);
        String actorId = actor == null ? AccountEvent.SYSTEM : actor.id();
        String actorUnit = actor == null ? record.account().unitCode() : actor.unitCode();
        AccountEvent event = new AccountEvent(clock.instant(), account.id(), account.unitCode(), action,
                record.account().state(), to, actorId, actorUnit, true, detail);
        List<AccountEvent> history = new ArrayList<>(changed.history());
        history.add(event);
        AccountRecord saved = new AccountRecord(account, changed.request(), changed.issuedOn(), changed.passwordHash(),
                changed.passwordChangedAt(), changed.confirmationLetterRef(), changed.closure(), history);
        store.save(saved);
        listener.onEvent(event);
        return saved;
    }

    private void journal(AccountRecord record, AccountEvent event) {
        List<AccountEvent> history = new ArrayList<>(record.history());
        history.add(event);
        store.save(new AccountRecord(record.account(), record.request(), record.issuedOn(), record.passwordHash(),
                record.passwordChangedAt(), record.confirmationLetterRef(), record.closure(), history));
        listener.onEvent(event);
    }

    private LoginResult refuseLogin(AccountRecord record, String reason) {
        journal(record, event(record.account(), AccountAction.LOGIN, record.account().state(), record.account(), false, reason));
        return new LoginResult(LoginResult.Outcome.REFUSED, record.account(), reason);
    }

    private AccountEvent event(Account account, AccountAction action, AccountState to, Account actor, boolean ok, String detail) {
        return new AccountEvent(clock.instant(), account.id(), account.unitCode(), action, account.state(), to, actor.id(),
                actor.unitCode(), ok, detail);
    }

    private void requireAdmin(Account actor, AccountAction action, Account target) {
        Objects.requireNonNull(actor, "actor");
        boolean admin = actor.state() == AccountState.ACTIVE
                && (actor.kind() == AccountKind.ADMINISTRATOR || actor.hasRole(ADMIN_ROLE));
        if (!admin) {
            listener.onEvent(event(target, action, target.state(), actor, false,
                    "refused: " + actor.id() + " may not administer accounts"));
            throw new AccessDeniedException("Account " + actor.id() + " may not " + action + " account " + target.id()
                    + ": expected an ACTIVE administrator account or one with role " + ADMIN_ROLE);
        }
    }

    private static void requireState(AccountRecord record, AccountAction action, AccountState... allowed) {
        AccountState state = record.account().state();
        if (!Arrays.asList(allowed).contains(state)) {
            throw new InvalidStateException("Cannot " + action + " account " + record.account().id() + " in state " + state
                    + ": expected one of " + Arrays.toString(allowed));
        }
    }

    private static String requireReason(String reason) {
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            throw new ValidationException("reason", "A lock needs a reason: expected a short explanation");
        }
        return reason.strip();
    }

    private AccountRecord load(String accountId) {
        Objects.requireNonNull(accountId, "accountId");
        return store.find(accountId).orElseThrow(() -> new NotFoundException("No account has id '" + accountId
                + "': expected the id of a requested account"));
    }

    private LocalDate today() {
        return clock.instant().atZone(zone).toLocalDate();
    }

    /** Collects the settings of an {@link AccountService}. Not thread-safe. */
    public static final class Builder {
        private Clock clock = Clock.systemUTC();
        private ZoneId zone = ZoneId.of("Asia/Ho_Chi_Minh");
        private PasswordPolicy policy = PasswordPolicy.defaultPolicy();
        private PasswordHasher hasher = PasswordHasher.defaultHasher();
        private AccountStore store = new InMemoryAccountStore();
        private AccountEventListener listener = event -> { };
        private UnitDirectory directory;

        private Builder() {}

        /**
         * Sets the clock.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Sets the zone whose calendar days the 30-day lock counts.
         *
         * @param zone the zone; Asia/Ho_Chi_Minh by default
         * @return this builder
         */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /**
         * Sets the password policy.
         *
         * @param policy the policy
         * @return this builder
         */
        public Builder passwordPolicy(PasswordPolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Sets the password hasher (tests use cheaper costs).
         *
         * @param hasher the hasher
         * @return this builder
         */
        public Builder passwordHasher(PasswordHasher hasher) {
            this.hasher = Objects.requireNonNull(hasher, "hasher");
            return this;
        }

        /**
         * Sets where records are kept.
         *
         * @param store the store
         * @return this builder
         */
        public Builder store(AccountStore store) {
            this.store = Objects.requireNonNull(store, "store");
            return this;
        }

        /**
         * Sets who is told of every event (the audit journal).
         *
         * @param listener the listener
         * @return this builder
         */
        public Builder eventListener(AccountEventListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Makes the service check that account units exist.
         *
         * @param directory the unit directory
         * @return this builder
         */
        public Builder unitDirectory(UnitDirectory directory) {
            this.directory = Objects.requireNonNull(directory, "directory");
            return this;
        }

        /**
         * Builds the service.
         *
         * @return the service
         */
        public AccountService build() {
            return new AccountService(this);
        }
    }
}
