package io.github.vncustoms.valuation.reference;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.text.VietnameseText;
import java.time.Period;
import java.util.Objects;

/**
 * The officer's explicit request to look back further than 1 year where necessary (trường hợp cần
 * thiết; QĐ 2344 Art. 5.1.b.2.1–b.2.2; VAL-05). The period must be more than 1 year and at most 2
 * years back from the build date; {@link LookBackRule} checks this against the build date, so that
 * months and leap days count as the calendar does.
 *
 * <pre>{@code
 * LookBackRequest ask = LookBackRequest.of(Period.ofMonths(18), "no imports of this model since 2025");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param period how far back to look, positive
 * @param reason why it is necessary, NFC; may be empty
 */
public record LookBackRequest(Period period, String reason) {
    /**
     * Validates the request.
     *
     * @throws ValidationException if the period is zero or has a negative part
     */
    public LookBackRequest {
        Objects.requireNonNull(period, "period");
        if (period.isZero() || period.getYears() < 0 || period.getMonths() < 0 || period.getDays() < 0) {
            throw new ValidationException("period", "A look-back request of " + period
                    + ": expected a positive period of more than 1 year and at most 2 years");
        }
        reason = reason == null ? "" : VietnameseText.normalize(reason.strip());
    }

    /**
     * Creates a request.
     *
     * @param period how far back to look
     * @param reason why it is necessary
     * @return the request
     * @throws ValidationException as the constructor does
     */
    public static LookBackRequest of(Period period, String reason) {
        return new LookBackRequest(period, reason);
    }
}
