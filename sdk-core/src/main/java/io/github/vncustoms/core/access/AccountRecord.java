package io.github.vncustoms.core.access;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything the SDK keeps about one account: the account, its request, its lifecycle dates, its
 * password hash (never the password) and its journaled history.
 *
 * <p>Immutable and thread-safe. Fields that a state has not reached yet are {@code null}.
 *
 * @param account the account, with its current state
 * @param request the written request it came from
 * @param issuedOn the day the account was issued (received by its holder), Asia/Ho_Chi_Minh; null before
 * @param passwordHash the current password hash; null before issue
 * @param passwordChangedAt when the holder last changed the password; null until the first change
 * @param confirmationLetterRef the holder's confirmation letter, where recorded; null otherwise
 * @param closure the pending or executed closure request; null if none
 * @param history every journaled event, oldest first
 */
public record AccountRecord(Account account, AccountRequest request, LocalDate issuedOn, PasswordHash passwordHash,
        Instant passwordChangedAt, String confirmationLetterRef, ClosureRequest closure, List<AccountEvent> history) {
    /** Checks the required parts and copies the history. */
    public AccountRecord {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(request, "request");
        history = List.copyOf(history);
    }

    /**
     * Tells whether the holder has changed the initial password.
     *
     * @return {@code true} after the first change
     */
    public boolean passwordChanged() {
        return passwordChangedAt != null;
    }

    /**
     * Tells whether everything activation needs is there: a changed password and, where the system
     * requires it, the confirmation letter.
     *
     * @return {@code true} if the account may be active
     */
    public boolean readyForActivation() {
        return passwordChanged() && (!request.requiresConfirmationLetter() || confirmationLetterRef != null);
    }

    /**
     * Returns the last day on which the initial password may still be changed: 30 days after the
     * day of issue (ACC-02, STA-01: "within 30 days of receiving the account").
     *
     * @return the deadline, or null before issue
     */
    public LocalDate passwordChangeDeadline() {
        return issuedOn == null ? null : issuedOn.plusDays(30);
    }
}
