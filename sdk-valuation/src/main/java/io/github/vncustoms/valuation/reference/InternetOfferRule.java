package io.github.vncustoms.valuation.reference;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.money.Money;
import io.github.vncustoms.valuation.goods.UnitOfMeasure;
import io.github.vncustoms.valuation.internal.reference.ObservationChecks;
import io.github.vncustoms.valuation.internal.reference.RuleTexts;
import io.github.vncustoms.valuation.observation.CommercialLevel;
import io.github.vncustoms.valuation.observation.PriceObservation;
import io.github.vncustoms.valuation.source.PriceSource;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The internet offer price (tính toán từ giá chào bán trên mạng Internet; QĐ 2344 Art. 5.1.b.2.6;
 * VAL-08): the dealer's invoice price in the exporting country minus that country's taxes. The
 * officer chooses the rate deducted between 10% and 20% inclusive, as the case requires; a higher
 * rate only with verified, objective evidence of the actual rate ({@link TaxEvidence}), and then
 * exactly that rate.
 *
 * <pre>{@code
 * Derivation d = InternetOfferRule.derive(offer, new BigDecimal("10"));          // 1000.00 USD → 900.00 USD
 * Derivation e = InternetOfferRule.derive(offer, new BigDecimal("25"),
 *         TaxEvidence.verified(new BigDecimal("25"), "Skatteverket, VAT 25%")); // → 750.00 USD
 * }</pre>
 *
 * <p>The deduction is the dealer price times the rate, rounded {@link RoundingMode#HALF_UP} to the
 * currency's minor unit; the trail says so. The offer must come from a reliable site whose sales are
 * not restricted by conditions affecting the price: that is what the leader's acceptance of the
 * observation attests (VAL-15), so an observation that does not {@linkplain PriceObservation#counts()
 * count} is refused.
 *
 * <p>Stateless; thread-safe.
 */
public final class InternetOfferRule {
    /** The rule's name in derivations. */
    public static final String RULE = "internet offer price (Art. 5.1.b.2.6)";
    /** The lowest rate of exporting-country taxes the officer may deduct, in percent. */
    public static final BigDecimal MIN_RATE_PERCENT = BigDecimal.TEN;
    /** The highest rate the officer may deduct without evidence of the actual rate, in percent. */
    public static final BigDecimal MAX_RATE_PERCENT = BigDecimal.valueOf(20);
    /** How the deduction is rounded. */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    private static final String REQUIREMENT = "VAL-08";

    private InternetOfferRule() {
    }

    /**
     * Derives the price from an accepted internet offer, deducting a rate the officer chose.
     *
     * @param offer an observation of source {@link PriceSource#INTERNET_OFFER} at level
     *     {@link CommercialLevel#EXPORT_DEALER} that counts
     * @param taxRatePercent the rate of exporting-country taxes deducted, in percent: 10 to 20
     * @return the derivation, citing the offer and its approval
     * @throws ValidationException if the offer does not count or is of another source or level, or
     *     the rate is outside 10%–20%
     */
    public static Derivation derive(PriceObservation offer, BigDecimal taxRatePercent) {
        return fromOffer(offer, taxRatePercent, null);
    }

    /**
     * Derives the price from an accepted internet offer, deducting the actual rate that evidence shows.
     *
     * @param offer an observation of source {@link PriceSource#INTERNET_OFFER} at level
     *     {@link CommercialLevel#EXPORT_DEALER} that counts
     * @param taxRatePercent the rate deducted, in percent: at least 10, and the evidenced rate
     * @param evidence verified evidence of the actual rate
     * @return the derivation, citing the offer, its approval and the evidence
     * @throws ValidationException if the offer does not count or is of another source or level, the
     *     rate is below 10%, the evidence is not verified, or the rate differs from the evidenced one
     */
    public static Derivation derive(PriceObservation offer, BigDecimal taxRatePercent, TaxEvidence evidence) {
        return fromOffer(offer, taxRatePercent, Objects.requireNonNull(evidence, "evidence"));
    }

    /**
     * Derives the price from a dealer price typed in, deducting a rate the officer chose.
     *
     * @param dealerPrice the dealer's invoice price in the exporting country, positive
     * @param unit the unit the price is per
     * @param taxRatePercent the rate deducted, in percent: 10 to 20
     * @return the derivation, without sources
     * @throws ValidationException if the price is not positive or the rate is outside 10%–20%
     */
    public static Derivation derive(Money dealerPrice, UnitOfMeasure unit, BigDecimal taxRatePercent) {
        return compute(dealerPrice, unit, taxRatePercent, null, null);
    }

    /**
     * Derives the price from a dealer price typed in, deducting the actual rate that evidence shows.
     *
     * @param dealerPrice the dealer's invoice price in the exporting country, positive
     * @param unit the unit the price is per
     * @param taxRatePercent the rate deducted, in percent: at least 10, and the evidenced rate
     * @param evidence verified evidence of the actual rate
     * @return the derivation, without sources
     * @throws ValidationException if the price is not positive, the rate is below 10%, the evidence is
     *     not verified, or the rate differs from the evidenced one
     */
    public static Derivation derive(Money dealerPrice, UnitOfMeasure unit, BigDecimal taxRatePercent, TaxEvidence evidence) {
        return compute(dealerPrice, unit, taxRatePercent, Objects.requireNonNull(evidence, "evidence"), null);
    }

    private static Derivation fromOffer(PriceObservation offer, BigDecimal rate, TaxEvidence evidence) {
        ObservationChecks.require(offer, RULE, REQUIREMENT, Set.of(PriceSource.INTERNET_OFFER),
                Set.of(CommercialLevel.EXPORT_DEALER));
        return compute(offer.unitPrice(), offer.unit(), rate, evidence, offer);
    }

    private static Derivation compute(Money dealerPrice, UnitOfMeasure unit, BigDecimal rate, TaxEvidence evidence,
            PriceObservation offer) {
        Objects.requireNonNull(dealerPrice, "dealerPrice");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(rate, "taxRatePercent");
        if (dealerPrice.amount().signum() <= 0) {
            throw new ValidationException("dealerPrice", "The dealer price " + dealerPrice
                    + " is not positive: expected the dealer's invoice price in the exporting country");
        }
        checkRate(rate, evidence);
        Money deduction = dealerPrice.times(rate.divide(RuleTexts.HUNDRED), ROUNDING);
        Money result = dealerPrice.minus(deduction);
        if (result.amount().signum() <= 0) {
            throw new ValidationException("taxRatePercent", "Deducting " + RuleTexts.percent(rate) + " from " + dealerPrice
                    + " leaves " + result + ": expected a positive price after the exporting country's taxes");
        }
        List<DerivationStep> steps = new ArrayList<>();
        steps.add(new DerivationStep("dealer invoice price in the exporting country, "
                + (offer == null ? "typed in" : "from internet " + ObservationChecks.describe(offer)),
                RuleTexts.perUnit(dealerPrice, unit)));
        String basis = evidence == null
                ? "a rate chosen by the officer within " + RuleTexts.percent(MIN_RATE_PERCENT) + "–" + RuleTexts.percent(MAX_RATE_PERCENT)
                : "the actual rate shown by verified evidence: " + evidence.documentReference();
        steps.add(new DerivationStep("deduct the exporting country's taxes at " + RuleTexts.percent(rate) + " (" + basis
                + ") of " + dealerPrice + ", " + RuleTexts.rounding(dealerPrice.currency(), ROUNDING), deduction.toString()));
        steps.add(new DerivationStep("dealer price " + dealerPrice + " minus taxes " + deduction,
                RuleTexts.perUnit(result, unit)));
        return new Derivation(RULE, List.of(REQUIREMENT), result, unit, steps,
                offer == null ? List.of() : List.of(SourceCitation.of(offer)));
    }

    private static void checkRate(BigDecimal rate, TaxEvidence evidence) {
        String bound = "expected " + RuleTexts.percent(MIN_RATE_PERCENT) + " to " + RuleTexts.percent(MAX_RATE_PERCENT)
                + " inclusive, or a higher actual rate shown by verified evidence (VAL-08, Art. 5.1.b.2.6)";
        if (rate.compareTo(MIN_RATE_PERCENT) < 0) {
            throw new ValidationException("taxRatePercent", "The exporting-country tax rate " + RuleTexts.percent(rate)
                    + " is below the " + RuleTexts.percent(MIN_RATE_PERCENT) + " minimum: " + bound);
        }
        if (evidence == null) {
            if (rate.compareTo(MAX_RATE_PERCENT) > 0) {
                throw new ValidationException("taxRatePercent", "The exporting-country tax rate " + RuleTexts.percent(rate)
                        + " is above the " + RuleTexts.percent(MAX_RATE_PERCENT) + " maximum and no evidence of the actual rate is given: "
                        + bound);
            }
            return;
        }
        if (!evidence.verified()) {
            throw new ValidationException("evidence", "The evidence of the actual tax rate (" + evidence.documentReference()
                    + ") is not verified: expected objective information an officer verified before deducting its rate");
        }
        if (rate.compareTo(evidence.actualRatePercent()) != 0) {
            throw new ValidationException("taxRatePercent", "The exporting-country tax rate " + RuleTexts.percent(rate)
                    + " differs from the actual rate " + RuleTexts.percent(evidence.actualRatePercent()) + " shown by "
                    + evidence.documentReference() + ": expected the evidenced rate to be deducted");
        }
    }
}
