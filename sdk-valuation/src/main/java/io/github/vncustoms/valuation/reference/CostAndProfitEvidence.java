package io.github.vncustoms.valuation.reference;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.valuation.internal.reference.RuleTexts;
import java.math.BigDecimal;

/**
 * Objective information and documents proving the actual rate of general costs and profit of a
 * domestic seller (thông tin khách quan, chứng từ chứng minh; QĐ 2344 Art. 5.1.b.2.7; VAL-09): what
 * allows the {@link DomesticMarketRule} to deduct more than 20% of the selling price, and then
 * exactly this rate. It mirrors {@link TaxEvidence}, which is about the exporting country's taxes.
 *
 * <p>Immutable and thread-safe.
 *
 * @param actualRatePercent the actual rate of general costs and profit, in percent of the selling
 *     price: above 0 and below 100
 * @param verified whether an officer verified the documents; unverified evidence supports nothing
 * @param documentReference the documents (financial statements, invoices), not blank
 */
public record CostAndProfitEvidence(BigDecimal actualRatePercent, boolean verified, String documentReference) {
    /**
     * Validates the evidence.
     *
     * @throws ValidationException if the rate is not above 0 and below 100, or the reference is blank
     */
    public CostAndProfitEvidence {
        RuleTexts.requirePercent("actualRatePercent", actualRatePercent, "actual rate of general costs and profit");
        if (actualRatePercent.signum() == 0) {
            throw new ValidationException("actualRatePercent", "An actual rate of 0% is no evidence for a deduction:"
                    + " expected a rate above 0% and below 100%");
        }
        documentReference = RuleTexts.requireText("documentReference", documentReference,
                "the documents that prove the actual rate of general costs and profit");
    }

    /**
     * Creates verified evidence.
     *
     * @param actualRatePercent the actual rate, in percent of the selling price
     * @param documentReference the documents
     * @return the evidence
     * @throws ValidationException as the constructor does
     */
    public static CostAndProfitEvidence verified(BigDecimal actualRatePercent, String documentReference) {
        return new CostAndProfitEvidence(actualRatePercent, true, documentReference);
    }
}
