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
 * The domestic market price (tính toán từ giá bán thị trường nội địa; QĐ 2344 Art. 5.1.b.2.7; VAL-09,
 * VAL-10): the domestic wholesale price after import minus the costs that arise after import —
 * domestic taxes ({@link DomesticTax}), and general costs and profit at most 20% of the selling price
 * unless objective documents prove a higher actual rate ({@link CostAndProfitEvidence}). A retail price
 * is first turned into a wholesale one: wholesale = retail / 110% (VAL-10).
 *
 * <pre>{@code
 * Money wholesale = DomesticMarketRule.wholesaleFromRetail(Money.vnd(1_100_000));           // 1000000 VND
 * Derivation d = DomesticMarketRule.derive(Money.vnd(1_000_000), CommercialLevel.DOMESTIC_WHOLESALE,
 *         UnitOfMeasure.PIECE, List.of(DomesticTax.of("thuế nhập khẩu", Money.vnd(100_000))),
 *         new BigDecimal("20"));                                                                // 700000 VND
 * }</pre>
 *
 * <p>"The selling price" of which general costs and profit are a percentage is the wholesale price
 * the deductions start from. Every division and percentage is rounded {@link RoundingMode#HALF_UP}
 * to the currency's minor unit, and the trail says so. A result of zero or less is refused: the
 * deductions cannot exceed the price.
 *
 * <p>Stateless; thread-safe.
 */
public final class DomesticMarketRule {
    /** The rule's name in derivations. */
    public static final String RULE = "domestic market price (Art. 5.1.b.2.7)";
    /** Retail = wholesale × 110%: the divisor that turns a retail price into a wholesale one (VAL-10). */
    public static final BigDecimal RETAIL_DIVISOR = new BigDecimal("1.10");
    /** The highest rate of general costs and profit deducted without documents, in percent of the selling price. */
    public static final BigDecimal MAX_COSTS_AND_PROFIT_PERCENT = BigDecimal.valueOf(20);
    /** How divisions and percentages are rounded. */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    private static final Set<PriceSource> SOURCES = Set.of(PriceSource.DOMESTIC_MARKET_SURVEY,
            PriceSource.DOMESTIC_MARKET_TAX_AUTHORITY);
    private static final Set<CommercialLevel> LEVELS = Set.of(CommercialLevel.DOMESTIC_RETAIL,
            CommercialLevel.DOMESTIC_WHOLESALE);

    private DomesticMarketRule() {
    }

    /**
     * Turns a domestic retail price into a wholesale one: retail / 1.10, rounded HALF_UP to the
     * currency's minor unit (Giá bán buôn = Giá bán lẻ / 110%; VAL-10).
     *
     * @param retail the retail price, positive
     * @return the wholesale price
     * @throws ValidationException if the price is not positive
     */
    public static Money wholesaleFromRetail(Money retail) {
        Objects.requireNonNull(retail, "retail");
        if (retail.amount().signum() <= 0) {
            throw new ValidationException("retail", "The retail price " + retail + " is not positive: expected a price above zero");
        }
        return retail.dividedBy(RETAIL_DIVISOR, ROUNDING);
    }

    /**
     * Derives the price from an accepted domestic price observation, deducting general costs and
     * profit at a rate of at most 20%.
     *
     * @param observed an observation of source {@link PriceSource#DOMESTIC_MARKET_SURVEY} or
     *     {@link PriceSource#DOMESTIC_MARKET_TAX_AUTHORITY}, at level retail or wholesale, that counts
     * @param taxes the domestic taxes per unit, in the observation's currency; may be empty
     * @param costsAndProfitPercent general costs and profit, in percent of the selling price: 0 to 20
     * @return the derivation, citing the observation and its approval
     * @throws ValidationException if the observation does not count or is of another source or level,
     *     a tax is in another currency, the rate is outside 0%–20%, or nothing is left after the deductions
     */
    public static Derivation derive(PriceObservation observed, List<DomesticTax> taxes, BigDecimal costsAndProfitPercent) {
        return fromObservation(observed, taxes, costsAndProfitPercent, null);
    }

    /**
     * Derives the price from an accepted domestic price observation, deducting the actual rate of
     * general costs and profit that documents prove.
     *
     * @param observed an observation of source {@link PriceSource#DOMESTIC_MARKET_SURVEY} or
     *     {@link PriceSource#DOMESTIC_MARKET_TAX_AUTHORITY}, at level retail or wholesale, that counts
     * @param taxes the domestic taxes per unit, in the observation's currency; may be empty
     * @param costsAndProfitPercent the rate deducted: the evidenced rate
     * @param evidence verified documents of the actual rate
     * @return the derivation, citing the observation, its approval and the evidence
     * @throws ValidationException if the observation does not count or is of another source or level,
     *     a tax is in another currency, the evidence is not verified, the rate differs from the
     *     evidenced one, or nothing is left after the deductions
     */
    public static Derivation derive(PriceObservation observed, List<DomesticTax> taxes, BigDecimal costsAndProfitPercent,
            CostAndProfitEvidence evidence) {
        return fromObservation(observed, taxes, costsAndProfitPercent, Objects.requireNonNull(evidence, "evidence"));
    }

    /**
     * Derives the price from a domestic price typed in, deducting general costs and profit at a rate of at most 20%.
     *
     * @param price the domestic price, positive
     * @param level {@link CommercialLevel#DOMESTIC_RETAIL} or {@link CommercialLevel#DOMESTIC_WHOLESALE}
     * @param unit the unit the price is per
     * @param taxes the domestic taxes per unit, in the price's currency; may be empty
     * @param costsAndProfitPercent general costs and profit, in percent of the selling price: 0 to 20
     * @return the derivation, without sources
     * @throws ValidationException if the price is not positive, the level not a domestic one, a tax
     *     is in another currency, the rate is outside 0%–20%, or nothing is left after the deductions
     */
    public static Derivation derive(Money price, CommercialLevel level, UnitOfMeasure unit, List<DomesticTax> taxes,
            BigDecimal costsAndProfitPercent) {
        return compute(price, level, unit, taxes, costsAndProfitPercent, null, null);
    }

    /**
     * Derives the price from a domestic price typed in, deducting the actual rate of general costs
     * and profit that documents prove.
     *
     * @param price the domestic price, positive
     * @param level {@link CommercialLevel#DOMESTIC_RETAIL} or {@link CommercialLevel#DOMESTIC_WHOLESALE}
     * @param unit the unit the price is per
     * @param taxes the domestic taxes per unit, in the price's currency; may be empty
     * @param costsAndProfitPercent the rate deducted: the evidenced rate
     * @param evidence verified documents of the actual rate
     * @return the derivation, without sources
     * @throws ValidationException if the price is not positive, the level not a domestic one, a tax
     *     is in another currency, the evidence is not verified, the rate differs from the evidenced
     *     one, or nothing is left after the deductions
     */
    public static Derivation derive(Money price, CommercialLevel level, UnitOfMeasure unit, List<DomesticTax> taxes,
            BigDecimal costsAndProfitPercent, CostAndProfitEvidence evidence) {
        return compute(price, level, unit, taxes, costsAndProfitPercent, Objects.requireNonNull(evidence, "evidence"), null);
    }

    private static Derivation fromObservation(PriceObservation observed, List<DomesticTax> taxes, BigDecimal rate,
            CostAndProfitEvidence evidence) {
        ObservationChecks.require(observed, RULE, "VAL-09", SOURCES, LEVELS);
        return compute(observed.unitPrice(), observed.commercialLevel(), observed.unit(), taxes, rate, evidence, observed);
    }

    private static Derivation compute(Money price, CommercialLevel level, UnitOfMeasure unit, List<DomesticTax> taxes,
            BigDecimal rate, CostAndProfitEvidence evidence, PriceObservation observed) {
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(unit, "unit");
        List<DomesticTax> taxList = List.copyOf(Objects.requireNonNull(taxes, "taxes"));
        Objects.requireNonNull(rate, "costsAndProfitPercent");
        if (price.amount().signum() <= 0) {
            throw new ValidationException("price", "The domestic price " + price + " is not positive: expected a price above zero");
        }
        if (!LEVELS.contains(level)) {
            throw new ValidationException("level", "A domestic price at level " + level
                    + ": expected DOMESTIC_RETAIL or DOMESTIC_WHOLESALE (VAL-09, VAL-10)");
        }
        for (DomesticTax tax : taxList) {
            if (!tax.perUnit().currency().equals(price.currency())) {
                throw new ValidationException("taxes", "The domestic tax " + tax.name() + " is " + tax.perUnit()
                        + " but the price is in " + price.currency() + ": expected taxes in the price's currency");
            }
        }
        checkRate(rate, evidence);

        List<String> requirements = new ArrayList<>(List.of("VAL-09"));
        List<DerivationStep> steps = new ArrayList<>();
        String origin = observed == null ? "typed in" : "from " + ObservationChecks.describe(observed);
        Money wholesale = price;
        if (level == CommercialLevel.DOMESTIC_RETAIL) {
            requirements.add("VAL-10");
            steps.add(new DerivationStep("domestic retail price after import, " + origin, RuleTexts.perUnit(price, unit)));
            wholesale = wholesaleFromRetail(price);
            steps.add(new DerivationStep("wholesale = retail " + price + " / 110% (VAL-10), "
                    + RuleTexts.rounding(price.currency(), ROUNDING), RuleTexts.perUnit(wholesale, unit)));
        } else {
            steps.add(new DerivationStep("domestic wholesale price after import, " + origin, RuleTexts.perUnit(price, unit)));
        }
        Money taxTotal = Money.zero(price.currency());
        List<String> named = new ArrayList<>();
        for (DomesticTax tax : taxList) {
            taxTotal = taxTotal.plus(tax.perUnit());
            named.add(tax.name() + " " + tax.perUnit());
        }
        steps.add(new DerivationStep("domestic taxes per unit: " + (named.isEmpty() ? "none" : String.join("; ", named)),
                taxTotal.toString()));
        Money costs = wholesale.times(rate.divide(RuleTexts.HUNDRED), ROUNDING);
        String basis = evidence == null
                ? "allowed: at most " + RuleTexts.percent(MAX_COSTS_AND_PROFIT_PERCENT) + " without documents"
                : "the actual rate proven by verified documents: " + evidence.documentReference();
        steps.add(new DerivationStep("general costs and profit at " + RuleTexts.percent(rate) + " of the selling price "
                + wholesale + " (" + basis + "), " + RuleTexts.rounding(price.currency(), ROUNDING), costs.toString()));
        Money result = wholesale.minus(taxTotal).minus(costs);
        if (result.amount().signum() <= 0) {
            throw new ValidationException("taxes", "The wholesale price " + wholesale + " minus taxes " + taxTotal
                    + " and general costs and profit " + costs + " leaves " + result
                    + ": expected deductions smaller than the price (VAL-09)");
        }
        steps.add(new DerivationStep("wholesale " + wholesale + " minus taxes " + taxTotal + " minus general costs and profit " + costs,
                RuleTexts.perUnit(result, unit)));
        return new Derivation(RULE, requirements, result, unit, steps,
                observed == null ? List.of() : List.of(SourceCitation.of(observed)));
    }

    private static void checkRate(BigDecimal rate, CostAndProfitEvidence evidence) {
        if (rate.signum() < 0) {
            throw new ValidationException("costsAndProfitPercent", "The rate of general costs and profit "
                    + RuleTexts.percent(rate) + " is negative: expected 0% to " + RuleTexts.percent(MAX_COSTS_AND_PROFIT_PERCENT)
                    + " of the selling price (VAL-09)");
        }
        if (evidence == null) {
            if (rate.compareTo(MAX_COSTS_AND_PROFIT_PERCENT) > 0) {
                throw new ValidationException("costsAndProfitPercent", "The rate of general costs and profit "
                        + RuleTexts.percent(rate) + " is above the " + RuleTexts.percent(MAX_COSTS_AND_PROFIT_PERCENT)
                        + " maximum and no documents prove the actual rate: expected at most "
                        + RuleTexts.percent(MAX_COSTS_AND_PROFIT_PERCENT)
                        + " of the selling price, or the actual higher rate with verified documents (VAL-09, Art. 5.1.b.2.7)");
            }
            return;
        }
        if (!evidence.verified()) {
            throw new ValidationException("evidence", "The documents of the actual rate of general costs and profit ("
                    + evidence.documentReference() + ") are not verified: expected documents an officer verified");
        }
        if (rate.compareTo(evidence.actualRatePercent()) != 0) {
            throw new ValidationException("costsAndProfitPercent", "The rate of general costs and profit "
                    + RuleTexts.percent(rate) + " differs from the actual rate " + RuleTexts.percent(evidence.actualRatePercent())
                    + " proven by " + evidence.documentReference() + ": expected the proven rate to be deducted");
        }
    }
}
