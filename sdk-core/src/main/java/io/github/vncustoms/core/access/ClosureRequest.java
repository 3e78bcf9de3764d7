package io.github.vncustoms.core.access;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.text.VietnameseText;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A written request to close an account no longer needed (ACC-03, STA-01 Annex 04): the document,
 * the expected closing date and the reason.
 *
 * <p>Immutable and thread-safe.
 *
 * @param documentRef the reference of the written request, e.g. {@code "123/HQHN-CNTT"}
 * @param expectedDate the day the account is to be closed (Asia/Ho_Chi_Minh)
 * @param reason why it is no longer needed
 */
public record ClosureRequest(String documentRef, LocalDate expectedDate, String reason) {
    /**
     * Validates the request.
     *
     * @throws ValidationException if the reference or reason is blank
     */
    public ClosureRequest {
        Objects.requireNonNull(expectedDate, "expectedDate");
        documentRef = VietnameseText.normalize(Objects.requireNonNull(documentRef, "documentRef").strip());
        reason = VietnameseText.normalize(Objects.requireNonNull(reason, "reason").strip());
        if (documentRef.isEmpty() || reason.isEmpty()) {
            throw new ValidationException("closureRequest",
                    "A closure request needs the written request's reference and a reason (ACC-03); expected both non-blank");
        }
    }
}
