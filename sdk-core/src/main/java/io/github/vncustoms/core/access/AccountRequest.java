package io.github.vncustoms.core.access;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.text.VietnameseText;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * A written request for an account (STA-01, Annex 01; ACC-01): the account wanted, the system it is
 * for, and the holder's signed commitment to comply with the rules.
 *
 * <p>Immutable and thread-safe.
 *
 * @param account the account wanted; its state is ignored (a new account starts {@link AccountState#REQUESTED})
 * @param systemCode the business system the account is for, e.g. {@code IMTS}; empty for SDK-wide accounts
 * @param requiresConfirmationLetter whether the system requires the holder's confirmation letter
 *     before activation (IMTS does, STA-01 Annex 03)
 * @param commitmentRef the reference of the holder's signed commitment (bản cam kết)
 * @param commitmentSignedOn the day it was signed
 */
public record AccountRequest(Account account, String systemCode, boolean requiresConfirmationLetter,
        String commitmentRef, LocalDate commitmentSignedOn) {
    /**
     * Validates the request.
     *
     * @throws ValidationException if the commitment reference is blank (STA-01 needs it)
     */
    public AccountRequest {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(commitmentSignedOn, "commitmentSignedOn");
        systemCode = Objects.requireNonNull(systemCode, "systemCode").strip().toUpperCase(Locale.ROOT);
        commitmentRef = VietnameseText.normalize(Objects.requireNonNull(commitmentRef, "commitmentRef").strip());
        if (commitmentRef.isEmpty()) {
            throw new ValidationException("commitmentRef", "Account request for " + account.id()
                    + " has no signed commitment (STA-01): expected the reference of the holder's signed commitment");
        }
    }
}
