package io.github.vncustoms.core.statistics;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.internal.statistics.Fields;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A recorded estimate in a forecast round, attributed to its organisation and sender (who,
 * organisation, when), which answers for it (QĐ 1991/QĐ-TCHQ Art. 9.2, STA-06).
 *
 * <p>An organisation may estimate an indicator again while the round is open: the new estimate
 * gets the next {@code revision} and replaces the earlier one in the report, and the earlier one
 * stays on record. Immutable and thread-safe.
 *
 * @param roundId the round
 * @param indicatorCode the indicator estimated
 * @param organisationCode the organisation that answers for it
 * @param organisationName the organisation's name as the round authorised it
 * @param submittedBy who sent it
 * @param submittedAt when it was recorded
 * @param value the estimate, in the indicator's unit
 * @param opinion the opinion behind it; empty when none was given
 * @param revision 1 for the organisation's first estimate of the indicator in the round, one more
 *     for each resubmission
 */
public record ForecastEstimate(
        String roundId,
        String indicatorCode,
        String organisationCode,
        String organisationName,
        String submittedBy,
        Instant submittedAt,
        BigDecimal value,
        String opinion,
        int revision) {

    /**
     * Validates and normalises.
     *
     * @throws ValidationException if an id or code is malformed, a name blank, or the revision below 1
     */
    public ForecastEstimate {
        roundId = Fields.requireId(roundId, "roundId", "an estimate");
        indicatorCode = Fields.requireCode(indicatorCode, "indicatorCode", "an estimate in round " + roundId);
        organisationCode = Fields.requireCode(organisationCode, "organisationCode", "an estimate in round " + roundId);
        organisationName = Fields.requireText(organisationName, "organisationName", "organisation " + organisationCode);
        submittedBy = Fields.requireText(submittedBy, "submittedBy", "the estimate of " + organisationCode);
        Objects.requireNonNull(submittedAt, "submittedAt");
        Objects.requireNonNull(value, "value");
        opinion = Fields.optionalText(opinion, "opinion", "the estimate of " + organisationCode);
        if (revision < 1) {
            throw new ValidationException("revision", "The estimate of " + organisationCode + " for " + indicatorCode
                    + " has revision " + revision + ": expected 1 for the first estimate and one more for each"
                    + " resubmission");
        }
    }
}
