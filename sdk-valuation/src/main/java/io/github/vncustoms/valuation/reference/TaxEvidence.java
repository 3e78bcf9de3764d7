package io.github.vncustoms.valuation.reference;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.valuation.internal.reference.RuleTexts;
import java.math.BigDecimal;

/**
 * Objective, verifiable information of the actual rate of the exporting country's taxes (thông tin
 * khách quan để kiểm chứng; QĐ 2344 Art. 5.1.b.2.6; VAL-08): what allows the
 * {@link InternetOfferRule} to deduct more than 20%, and then exactly this rate.
 *
 * <pre>{@code
 * TaxEvidence vat = TaxEvidence.verified(new BigDecimal("25"), "Swedish Tax Agency, VAT rates 2026");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param actualRatePercent the actual rate, in percent of the dealer price: above 0 and below 100
 * @param verified whether an officer verified the information; unverified evidence supports nothing
 * @param documentReference where the information is: the document, publication or address, not blank
 */
public record TaxEvidence(BigDecimal actualRatePercent, boolean verified, String documentReference) {
    /**
     * Validates the evidence.
     *
     * @throws ValidationException if the rate is not above 0 and below 100, or the reference is blank
     */
    public TaxEvidence {
        RuleTexts.requirePercent("actualRatePercent", actualRatePercent, "actual exporting-country tax rate");
        if (actualRatePercent.signum() == 0) {
            throw new ValidationException("actualRatePercent", "An actual tax rate of 0% is no evidence for a deduction:"
                    + " expected a rate above 0% and below 100%");
        }
        documentReference = RuleTexts.requireText("documentReference", documentReference,
                "the document or publication that shows the actual rate");
    }

    /**
     * Creates verified evidence.
     *
     * @param actualRatePercent the actual rate, in percent
     * @param documentReference where the information is
     * @return the evidence
     * @throws ValidationException as the constructor does
     */
    public static TaxEvidence verified(BigDecimal actualRatePercent, String documentReference) {
        return new TaxEvidence(actualRatePercent, true, documentReference);
    }
}
