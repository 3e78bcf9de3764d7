package io.github.vncustoms.valuation.internal.risklist;

import io.github.vncustoms.core.access.AccessPolicy;
import io.github.vncustoms.core.access.Account;
import io.github.vncustoms.core.access.AccountState;
import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.text.VietnameseText;
import io.github.vncustoms.valuation.approval.LeaderCompetence;
import io.github.vncustoms.valuation.internal.observation.ValuationAccess;
import io.github.vncustoms.valuation.approval.Submission;
import io.github.vncustoms.valuation.approval.ValuationRoles;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The checks the valuation desks share: who may propose, decide and read, refused through the
 * {@link AccessPolicy} so that every refusal reaches its denial listener (ACC-04), and text checks.
 * Stateless and thread-safe. Not API.
 */
public final class Checks {
    private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}._/-]{1,64}");

    private Checks() {
    }

    /**
     * Refuses an account that may not propose: not active, or without {@link ValuationRoles#OFFICER}.
     *
     * @param policy the policy that journals the refusal
     * @param officer the account
     * @param action what it wants to do, e.g. {@code "propose a reference price"}
     * @throws io.github.vncustoms.core.error.NotFoundException if the account's unit is not in the
     *     directory, as {@link AccessPolicy} does
     */
    public static void requireOfficer(AccessPolicy policy, Account officer, String action) {
        Objects.requireNonNull(officer, "officer");
        policy.directory().get(officer.unitCode());
        ValuationAccess.requireOfficer(policy, officer, action);
    }

    /**
     * Refuses an account that may not decide a proposal ({@link LeaderCompetence}).
     *
     * @param policy the policy that journals the refusal
     * @param competence who is competent
     * @param leader the account
     * @param submission the proposal
     * @param action what it wants to do
     */
    public static void requireLeader(AccessPolicy policy, LeaderCompetence competence, Account leader,
            Submission submission, String action) {
        Objects.requireNonNull(leader, "leader");
        List<String> problems = competence.problems(leader, submission);
        if (!problems.isEmpty()) {
            policy.deny(leader, submission.proposerUnit(), action, String.join("; ", problems)
                    + "; expected a " + ValuationRoles.LEADER + " of the proposer's unit or above, other than the proposer"
                    + " (VAL-11, VAL-15)");
        }
    }

    /**
     * Refuses an account that may not read customs-internal data: not active (VAL-12: the list
     * circulates inside customs only; VAL-20: officers leaving the function lose access).
     *
     * @param policy the policy that journals the refusal
     * @param caller the account
     * @param action what it wants to do
     * @throws io.github.vncustoms.core.error.NotFoundException if the account's unit is not a customs
     *     unit of the directory, as {@link AccessPolicy} does
     */
    public static void requireCustomsReader(AccessPolicy policy, Account caller, String action) {
        Objects.requireNonNull(caller, "caller");
        policy.directory().get(caller.unitCode());
        if (caller.state() != AccountState.ACTIVE) {
            policy.deny(caller, caller.unitCode(), action, "account " + caller.id() + " is "
                    + caller.state() + "; expected an ACTIVE customs account");
        }
    }

    /**
     * Checks an identifier: 1–64 letters, digits, {@code . _ - /}.
     *
     * @param field the field's name
     * @param value the id
     * @param what what it identifies, for the message
     * @return the id, stripped
     * @throws ValidationException if malformed
     */
    public static String id(String field, String value, String what) {
        String id = Objects.requireNonNull(value, field).strip();
        if (!ID.matcher(id).matches()) {
            throw new ValidationException(field, "The " + what + " id '" + id
                    + "' is malformed: expected 1–64 letters, digits, '.', '_', '-' or '/'");
        }
        return id;
    }

    /**
     * Checks an optional identifier: empty, or as {@link #id}.
     *
     * @param field the field's name
     * @param value the id, {@code null} or blank for none
     * @param what what it identifies
     * @return the id, or {@code ""}
     */
    public static String optionalId(String field, String value, String what) {
        if (value == null || value.isBlank()) {
            return "";
        }
        return id(field, value, what);
    }

    /**
     * Checks a text that may not be blank, normalised to NFC and stripped.
     *
     * @param field the field's name
     * @param value the text
     * @param expected what was expected, for the message
     * @return the text
     * @throws ValidationException if blank
     */
    public static String text(String field, String value, String expected) {
        String text = VietnameseText.normalize(Objects.requireNonNull(value, field).strip());
        if (text.isEmpty()) {
            throw new ValidationException(field, "The " + field + " is blank: expected " + expected);
        }
        return text;
    }

    /**
     * Normalises an optional text.
     *
     * @param value the text, may be {@code null}
     * @return the text in NFC, stripped, or {@code ""}
     */
    public static String optionalText(String value) {
        return value == null ? "" : VietnameseText.normalize(value.strip());
    }

    /**
     * Cuts a text to a journal detail's length.
     *
     * @param text the text
     * @param max the most characters
     * @return the text, cut if longer
     */
    public static String clip(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }
}
