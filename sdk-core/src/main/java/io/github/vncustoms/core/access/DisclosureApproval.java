package io.github.vncustoms.core.access;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.text.VietnameseText;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Headquarters leadership's written permission to give customs information to someone outside
 * customs (STA-08, VAL-12, VAL-23): to whom, which datasets, for what, for how long.
 *
 * <p>Immutable and thread-safe.
 *
 * @param decisionRef the reference of the written approval
 * @param approverId the account of the leader who approved
 * @param approverUnit the approver's unit (must be headquarters for the approval to hold)
 * @param recipient the outside organisation, NFC
 * @param datasets the dataset names the approval covers, e.g. {@code valuation-risk-list}; lower case
 * @param purpose what the information is for
 * @param validFrom the first day it may be used (Asia/Ho_Chi_Minh)
 * @param validUntil the last day it may be used
 */
public record DisclosureApproval(String decisionRef, String approverId, String approverUnit, String recipient,
        Set<String> datasets, String purpose, LocalDate validFrom, LocalDate validUntil) {
    /**
     * Validates the approval.
     *
     * @throws ValidationException if a text is blank, no dataset is named, or the validity ends before it starts
     */
    public DisclosureApproval {
        decisionRef = text(decisionRef, "decisionRef");
        approverId = text(approverId, "approverId");
        approverUnit = text(approverUnit, "approverUnit").toUpperCase(Locale.ROOT);
        recipient = text(recipient, "recipient");
        purpose = text(purpose, "purpose");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validUntil, "validUntil");
        if (validUntil.isBefore(validFrom)) {
            throw new ValidationException("validUntil", "Disclosure approval " + decisionRef + " ends on " + validUntil
                    + " before it starts on " + validFrom + ": expected validUntil on or after validFrom");
        }
        Set<String> names = new TreeSet<>();
        for (String d : Objects.requireNonNull(datasets, "datasets")) {
            names.add(text(d, "datasets").toLowerCase(Locale.ROOT));
        }
        if (names.isEmpty()) {
            throw new ValidationException("datasets", "Disclosure approval " + decisionRef + " names no dataset: expected at least one");
        }
        datasets = Set.copyOf(names);
    }

    private static String text(String value, String field) {
        String v = VietnameseText.normalize(Objects.requireNonNull(value, field).strip());
        if (v.isEmpty()) {
            throw new ValidationException(field, "Disclosure approval field " + field + " is blank: expected text");
        }
        return v;
    }
}
