package io.github.vncustoms.core.statistics;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.internal.statistics.Fields;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What an authorised organisation sends to a forecast round: its estimates and opinions for one or
 * more indicators, signed by the person who sent them (STA-06). Each organisation answers for its
 * own opinions (chịu trách nhiệm về ý kiến của cơ quan mình, QĐ 1991/QĐ-TCHQ Art. 9.2).
 *
 * <pre>{@code
 * ForecastSubmission s = ForecastSubmission.of("BCT", "Nguyễn Văn An",
 *         EstimateEntry.of("XK_TRI_GIA", "36100000000", "Đơn hàng điện tử tăng mạnh"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param organisationCode the submitting organisation; upper-cased
 * @param submittedBy who sent it: the person's name or account
 * @param estimates the estimates, at most one per indicator, at least one
 */
public record ForecastSubmission(String organisationCode, String submittedBy, List<EstimateEntry> estimates) {
    /**
     * Validates, normalises and copies.
     *
     * @throws ValidationException if the code is malformed, the sender blank, there is no estimate,
     *     or two estimates are for the same indicator
     */
    public ForecastSubmission {
        organisationCode = Fields.requireCode(organisationCode, "organisationCode", "a forecast submission");
        submittedBy = Fields.requireText(submittedBy, "submittedBy", "the submission of " + organisationCode);
        estimates = List.copyOf(Objects.requireNonNull(estimates, "estimates"));
        if (estimates.isEmpty()) {
            throw new ValidationException("estimates", "The submission of " + organisationCode
                    + " holds no estimate: expected at least one indicator estimate");
        }
        Set<String> codes = new HashSet<>();
        for (EstimateEntry e : estimates) {
            if (!codes.add(e.indicatorCode())) {
                throw new ValidationException("estimates", "The submission of " + organisationCode
                        + " estimates indicator " + e.indicatorCode() + " more than once: expected one estimate"
                        + " per indicator");
            }
        }
    }

    /**
     * Creates a submission.
     *
     * @param organisationCode the organisation
     * @param submittedBy who sends it
     * @param estimates the estimates
     * @return the submission
     */
    public static ForecastSubmission of(String organisationCode, String submittedBy, EstimateEntry... estimates) {
        return new ForecastSubmission(organisationCode, submittedBy, Arrays.asList(estimates));
    }
}
