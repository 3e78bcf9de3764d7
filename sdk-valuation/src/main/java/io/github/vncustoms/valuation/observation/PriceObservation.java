package io.github.vncustoms.valuation.observation;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.money.Money;
import io.github.vncustoms.core.text.VietnameseText;
import io.github.vncustoms.core.time.WorkingCalendar;
import io.github.vncustoms.valuation.approval.ApprovalState;
import io.github.vncustoms.valuation.approval.ApprovalTrail;
import io.github.vncustoms.valuation.approval.LeaderDecision;
import io.github.vncustoms.valuation.goods.GoodsDescriptor;
import io.github.vncustoms.valuation.goods.UnitOfMeasure;
import io.github.vncustoms.valuation.source.PriceSource;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One price of one item, from one source of the valuation database (QĐ 2344 Art. 2, 4, 6; VAL-02,
 * VAL-03, VAL-15..18): what the goods are, what the price is and in which currency and unit, at which
 * commercial level and delivery term, when the price applies, who entered it where, and its approval
 * trail.
 *
 * <pre>{@code
 * PriceObservation offer = PriceObservation.builder()
 *         .id("OBS-2026-0001").goods(phone).source(PriceSource.INTERNET_OFFER)
 *         .unitPrice(Money.of("950.00", "USD")).unit(UnitOfMeasure.PIECE)
 *         .commercialLevel(CommercialLevel.EXPORT_DEALER)
 *         .priceDate(LocalDate.of(2026, 11, 2)).determinedOn(LocalDate.of(2026, 11, 3))
 *         .enteredAt(now).enteringUnit("01AB").enteringOfficer("lan.nt")
 *         .approval(ApprovalTrail.pending(proposal))
 *         .build();
 * }</pre>
 *
 * <p>Only {@linkplain #counts() counting} observations feed reference prices: those whose source
 * needs no approval or that a leader accepted, and that are not flagged as doubtful.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the observation's id, 1–64 characters of letters, digits, {@code . _ - /}
 * @param goods the goods the price is for
 * @param source where the price comes from
 * @param unitPrice the price of one unit, positive
 * @param unit the unit the price is per
 * @param commercialLevel the commercial level of the price
 * @param incoterm the delivery term, {@link Incoterm#UNKNOWN} if not known
 * @param originCountry the country of origin or export, ISO 3166 alpha-2, or {@code ""} if not known
 * @param priceDate the day the price applies to: the declaration's registration, the offer, the survey
 * @param determinedOn the day the value was determined (declaration-file results) or the information
 *     was collected and verified (other sources), Asia/Ho_Chi_Minh
 * @param enteredAt when it was entered into the database
 * @param enteringUnit the code of the unit that entered it, upper case
 * @param enteringOfficer the account id of the officer who entered it
 * @param reference the declaration number or document the price comes from, may be empty
 * @param suspicious whether the declared value is flagged as doubtful (thuộc diện nghi ngờ; b.2.2)
 * @param approval the proposal and the leader's decision; {@link ApprovalTrail#notRequired()} for
 *     declaration-file results
 * @param survey the survey sheet of a domestic market survey (VAL-16), else {@code null}
 */
public record PriceObservation(String id, GoodsDescriptor goods, PriceSource source, Money unitPrice, UnitOfMeasure unit,
        CommercialLevel commercialLevel, Incoterm incoterm, String originCountry, LocalDate priceDate, LocalDate determinedOn,
        Instant enteredAt, String enteringUnit, String enteringOfficer, String reference, boolean suspicious,
        ApprovalTrail approval, SurveySheet survey) {
    private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}._/-]{1,64}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    /**
     * Validates the observation; every problem is reported at once.
     *
     * @throws ValidationException listing each problem
     */
    public PriceObservation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(goods, "goods");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(commercialLevel, "commercialLevel");
        Objects.requireNonNull(incoterm, "incoterm");
        Objects.requireNonNull(originCountry, "originCountry");
        Objects.requireNonNull(priceDate, "priceDate");
        Objects.requireNonNull(determinedOn, "determinedOn");
        Objects.requireNonNull(enteredAt, "enteredAt");
        Objects.requireNonNull(enteringUnit, "enteringUnit");
        Objects.requireNonNull(enteringOfficer, "enteringOfficer");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(approval, "approval");
        id = id.strip();
        originCountry = originCountry.strip().toUpperCase(Locale.ROOT);
        enteringUnit = enteringUnit.strip().toUpperCase(Locale.ROOT);
        enteringOfficer = enteringOfficer.strip();
        reference = VietnameseText.normalize(reference.strip());
        List<String> problems = new ArrayList<>();
        if (!ID.matcher(id).matches()) {
            problems.add("id '" + id + "' is malformed: expected 1–64 letters, digits, '.', '_', '-' or '/'");
        }
        if (unitPrice.amount().signum() <= 0) {
            problems.add("unit price " + unitPrice + " is not positive: expected a price above zero");
        }
        if (!originCountry.isEmpty() && !COUNTRY.matcher(originCountry).matches()) {
            problems.add("origin country '" + originCountry + "' is malformed: expected an ISO 3166 alpha-2 code such as CN, or empty");
        }
        if (enteringUnit.isEmpty()) {
            problems.add("entering unit is blank: expected the code of the unit that entered the price");
        }
        if (enteringOfficer.isEmpty()) {
            problems.add("entering officer is blank: expected the officer's account id");
        }
        LocalDate enteredOn = enteredAt.atZone(WorkingCalendar.VIETNAM_ZONE).toLocalDate();
        if (determinedOn.isAfter(enteredOn)) {
            problems.add("determined on " + determinedOn + " but entered on " + enteredOn
                    + ": expected a value entered on or after the day it was determined");
        }
        ApprovalState state = approval.state();
        if (source.needsApproval() && state == ApprovalState.NOT_REQUIRED) {
            problems.add("source " + source + " (" + source.clause() + ") needs a proposal to a leader (tờ trình)"
                    + ": expected ApprovalTrail.pending(submission) (VAL-15..17)");
        }
        if (!source.needsApproval() && state != ApprovalState.NOT_REQUIRED) {
            problems.add("source " + source + " is customs' own record and takes no proposal: expected ApprovalTrail.notRequired()");
        }
        if (source.needsSurveySheet() && survey == null) {
            problems.add("a domestic market survey needs its survey sheet signed by two officers: expected a SurveySheet (VAL-16)");
        }
        if (survey != null) {
            if (!source.needsSurveySheet()) {
                problems.add("source " + source + " has a survey sheet: expected one only for DOMESTIC_MARKET_SURVEY");
            } else if (!survey.unitPrice().equals(unitPrice) || !survey.unit().equals(unit) || survey.level() != commercialLevel) {
                problems.add("the observation (" + unitPrice + " per " + unit + ", " + commercialLevel
                        + ") differs from its survey sheet (" + survey.unitPrice() + " per " + survey.unit() + ", "
                        + survey.level() + "): expected the sheet's price, unit and level");
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException("observation",
                    "Price observation " + id + " is invalid: " + String.join("; ", problems), problems, null);
        }
    }

    /**
     * Starts an observation with defaults: level and term unknown, no origin, no reference, not
     * doubtful, no approval needed, no survey sheet.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this observation, to make a variant.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder().id(id).goods(goods).source(source).unitPrice(unitPrice).unit(unit)
                .commercialLevel(commercialLevel).incoterm(incoterm).originCountry(originCountry).priceDate(priceDate)
                .determinedOn(determinedOn).enteredAt(enteredAt).enteringUnit(enteringUnit)
                .enteringOfficer(enteringOfficer).reference(reference).suspicious(suspicious).approval(approval)
                .survey(survey);
    }

    /**
     * Returns whether the observation's reliability is verified (VAL-02): declaration-file results
     * always; other sources once a leader accepted them.
     *
     * @return the reliability
     */
    public Reliability reliability() {
        return approval.state().counts() ? Reliability.VERIFIED : Reliability.UNVERIFIED;
    }

    /**
     * Tells whether the observation may feed a reference price: verified and not doubtful (VAL-05, VAL-15).
     *
     * @return {@code true} if it counts
     */
    public boolean counts() {
        return approval.state().counts() && !suspicious;
    }

    /**
     * Returns the day it was entered, Asia/Ho_Chi_Minh.
     *
     * @return the entry day
     */
    public LocalDate enteredOn() {
        return enteredAt.atZone(WorkingCalendar.VIETNAM_ZONE).toLocalDate();
    }

    /**
     * Returns the observation with a leader's decision on its proposal.
     *
     * @param decision the decision
     * @return the decided observation
     * @throws io.github.vncustoms.core.error.InvalidStateException if there is no pending proposal
     */
    public PriceObservation withDecision(LeaderDecision decision) {
        return toBuilder().approval(approval.decide(decision)).build();
    }

    /** Collects a {@link PriceObservation}. Not thread-safe. */
    public static final class Builder {
        private String id;
        private GoodsDescriptor goods;
        private PriceSource source;
        private Money unitPrice;
        private UnitOfMeasure unit;
        private CommercialLevel commercialLevel = CommercialLevel.UNKNOWN;
        private Incoterm incoterm = Incoterm.UNKNOWN;
        private String originCountry = "";
        private LocalDate priceDate;
        private LocalDate determinedOn;
        private Instant enteredAt;
        private String enteringUnit;
        private String enteringOfficer;
        private String reference = "";
        private boolean suspicious;
        private ApprovalTrail approval = ApprovalTrail.notRequired();
        private SurveySheet survey;

        private Builder() {
        }

        /**
         * Sets a value.
         *
         * @param value the id
         * @return this builder
         */
        public Builder id(String value) {
            id = value;
            return this;
        }

        /**
         * Sets a value.
         *
         * @param value the goods
         * @return this builder
         */
        public Builder goods(GoodsDescriptor value) {
            goods = value;
            return this;
        }

        /**
         * Sets a value.
         *
         * @param value the source
         * @return this builder
         */
        public Builder source(PriceSource value) {
            source = value;
            return this;
        }

        /**
         * Sets a value.
         *
         * @param value the unit price
         * @return this builder
         */
        public Builder unitPrice(Money value) {
            unitPrice = value;
            return this;
        }

        /**
         * Sets a value.
         *
         * @param value the unit of measure
         * @return this builder
         */
        public Builder unit(UnitOfMeasure value) {
            unit = value;
            return this;
        }

        /**
         * Sets a value.
         *
         * @param value the commercial level
         * @return this builder
         */
        public Builder commercialLevel(CommercialLevel value) {
            commercialLevel = value;
            return this;
        }

        /**
         * Sets a value.
         *
         * @param value the delivery term
         * @return this builder
         */
        public Builder incoterm(Incoterm value) {
            incoterm = value;
            return this;
        }

        /**
         * Sets a value.
         *
         * @param value the ISO 3166 alpha-2 country, or empty
         * @return this builder
         */
        public Builder originCountry(String value) {
            originCountry = value;
            return this;
        }

        /**
         * Sets a value.
         *
         * @param value the day the price applies to
         * @return this builder
         */
        public Builder priceDate(LocalDate value) {
            priceDate = value;
            return this;
        }

        /**
         * Sets a value.
         *
         * @param value the day the value was determined or the information verified
         * @return this builder
         */
        public Builder determinedOn(LocalDate value) {
            determinedOn = value;
            return this;
        }

        /**
         * Sets a value.
         *
         * @param value when it was entered
         * @return this builder
         */
        public Builder enteredAt(Instant value) {
            enteredAt = value;
            return this;
        }

        /**
         * Sets a value.
         *
         * @param value the entering unit's code
         * @return this builder
         */
        public Builder enteringUnit(String value) {
            enteringUnit = value;
            return this;
        }

        /**
         * Sets a value.
         *
         * @param value the entering officer's account id
         * @return this builder
         */
        public Builder enteringOfficer(String value) {
            enteringOfficer = value;
            return this;
        }

        /**
         * Sets a value.
         *
         * @param value the declaration number or document reference
         * @return this builder
         */
        public Builder reference(String value) {
            reference = value;
            return this;
        }

        /**
         * Sets a value.
         *
         * @param value whether the declared value is flagged as doubtful
         * @return this builder
         */
        public Builder suspicious(boolean value) {
            suspicious = value;
            return this;
        }

        /**
         * Sets a value.
         *
         * @param value the approval trail
         * @return this builder
         */
        public Builder approval(ApprovalTrail value) {
            approval = value;
            return this;
        }

        /**
         * Sets a value.
         *
         * @param value the survey sheet, or {@code null}
         * @return this builder
         */
        public Builder survey(SurveySheet value) {
            survey = value;
            return this;
        }

        /**
         * Returns the id set so far.
         *
         * @return the id, or {@code null} if none was set
         */
        public String id() {
            return id;
        }

        /**
         * Returns the source set so far.
         *
         * @return the source, or {@code null} if none was set
         */
        public PriceSource source() {
            return source;
        }

        /**
         * Builds the observation.
         *
         * @return the observation
         * @throws ValidationException listing every problem
         * @throws NullPointerException if a required value is missing
         */
        public PriceObservation build() {
            return new PriceObservation(id, goods, source, unitPrice, unit, commercialLevel, incoterm, originCountry,
                    priceDate, determinedOn, enteredAt, enteringUnit, enteringOfficer, reference, suspicious, approval, survey);
        }
    }
}
