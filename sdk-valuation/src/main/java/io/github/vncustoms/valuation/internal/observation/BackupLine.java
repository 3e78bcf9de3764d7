package io.github.vncustoms.valuation.internal.observation;

import io.github.vncustoms.core.id.HsCode;
import io.github.vncustoms.core.money.Money;
import io.github.vncustoms.valuation.approval.ApprovalTrail;
import io.github.vncustoms.valuation.approval.LeaderDecision;
import io.github.vncustoms.valuation.approval.Submission;
import io.github.vncustoms.valuation.approval.Verdict;
import io.github.vncustoms.valuation.goods.GoodsAttribute;
import io.github.vncustoms.valuation.goods.GoodsDescriptor;
import io.github.vncustoms.valuation.goods.UnitOfMeasure;
import io.github.vncustoms.valuation.observation.CommercialLevel;
import io.github.vncustoms.valuation.observation.Incoterm;
import io.github.vncustoms.valuation.observation.PriceObservation;
import io.github.vncustoms.valuation.observation.SurveySheet;
import io.github.vncustoms.valuation.source.PriceSource;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One line of an observation backup file (VAL-22), as JSON: either an observation or, last, the
 * manifest. The file format is kept apart from the domain records so that it stays stable when they
 * change; every field is plain text, numbers, dates and times. Reading a line checks nothing; turning
 * it into a {@link PriceObservation} runs the domain's validation. Immutable.
 *
 * @param observation the observation, or {@code null} on the manifest line
 * @param manifest the manifest, or {@code null} on an observation line
 */
public record BackupLine(ObservationLine observation, ManifestLine manifest) {

    /**
     * A price observation as written to a backup.
     *
     * @param id the id
     * @param goods the goods
     * @param source the source's name
     * @param amount the unit price's amount, plain
     * @param currency the unit price's ISO 4217 currency
     * @param unit the unit of measure's code
     * @param commercialLevel the commercial level's name
     * @param incoterm the delivery term's name
     * @param originCountry the country, or empty
     * @param priceDate the price date
     * @param determinedOn the day determined
     * @param enteredAt the entry time
     * @param enteringUnit the entering unit
     * @param enteringOfficer the entering officer
     * @param reference the reference, or empty
     * @param suspicious whether doubtful
     * @param submission the proposal, or {@code null}
     * @param decision the decision, or {@code null}
     * @param survey the survey sheet, or {@code null}
     */
    public record ObservationLine(String id, GoodsLine goods, String source, String amount, String currency, String unit,
            String commercialLevel, String incoterm, String originCountry, LocalDate priceDate, LocalDate determinedOn,
            Instant enteredAt, String enteringUnit, String enteringOfficer, String reference, boolean suspicious,
            SubmissionLine submission, DecisionLine decision, SurveyLine survey) {

        /**
         * Writes an observation down.
         *
         * @param o the observation
         * @return its line
         */
        public static ObservationLine of(PriceObservation o) {
            ApprovalTrail trail = o.approval();
            return new ObservationLine(o.id(), GoodsLine.of(o.goods()), o.source().name(),
                    o.unitPrice().amount().toPlainString(), o.unitPrice().currency().getCurrencyCode(), o.unit().code(),
                    o.commercialLevel().name(), o.incoterm().name(), o.originCountry(), o.priceDate(), o.determinedOn(),
                    o.enteredAt(), o.enteringUnit(), o.enteringOfficer(), o.reference(), o.suspicious(),
                    trail.submission() == null ? null : SubmissionLine.of(trail.submission()),
                    trail.decision() == null ? null : DecisionLine.of(trail.decision()),
                    o.survey() == null ? null : SurveyLine.of(o.survey()));
        }

        /**
         * Reads the observation back, validating it.
         *
         * @return the observation
         * @throws RuntimeException if a field is missing or invalid
         */
        public PriceObservation toObservation() {
            ApprovalTrail trail = submission == null ? ApprovalTrail.notRequired()
                    : new ApprovalTrail(submission.toSubmission(), decision == null ? null : decision.toDecision());
            return PriceObservation.builder().id(id).goods(goods.toGoods()).source(PriceSource.valueOf(source))
                    .unitPrice(Money.of(amount, currency)).unit(UnitOfMeasure.of(unit))
                    .commercialLevel(CommercialLevel.valueOf(commercialLevel)).incoterm(Incoterm.valueOf(incoterm))
                    .originCountry(originCountry).priceDate(priceDate).determinedOn(determinedOn).enteredAt(enteredAt)
                    .enteringUnit(enteringUnit).enteringOfficer(enteringOfficer).reference(reference).suspicious(suspicious)
                    .approval(trail).survey(survey == null ? null : survey.toSheet()).build();
        }
    }

    /**
     * Goods as written to a backup.
     *
     * @param hsCode the HS code's digits
     * @param tradeName the trade name
     * @param attributes the details by attribute name, in attribute order
     */
    public record GoodsLine(String hsCode, String tradeName, Map<String, String> attributes) {
        /**
         * Writes goods down.
         *
         * @param g the goods
         * @return the line part
         */
        public static GoodsLine of(GoodsDescriptor g) {
            Map<String, String> attributes = new LinkedHashMap<>();
            g.attributes().forEach((a, v) -> attributes.put(a.name(), v));
            return new GoodsLine(g.hsCode().value(), g.tradeName(), attributes);
        }

        /**
         * Reads the goods back.
         *
         * @return the goods
         */
        public GoodsDescriptor toGoods() {
            Map<GoodsAttribute, String> details = new EnumMap<>(GoodsAttribute.class);
            if (attributes != null) {
                attributes.forEach((a, v) -> details.put(GoodsAttribute.valueOf(a), v));
            }
            return GoodsDescriptor.of(HsCode.parse(hsCode), tradeName, details);
        }
    }

    /**
     * A proposal as written to a backup.
     *
     * @param proposerId the proposer
     * @param proposerUnit the proposer's unit
     * @param reasoning the reasoning
     * @param evidence the evidence
     * @param submittedAt when submitted
     */
    public record SubmissionLine(String proposerId, String proposerUnit, String reasoning, List<String> evidence,
            Instant submittedAt) {
        static SubmissionLine of(Submission s) {
            return new SubmissionLine(s.proposerId(), s.proposerUnit(), s.reasoning(), s.evidence(), s.submittedAt());
        }

        Submission toSubmission() {
            return new Submission(proposerId, proposerUnit, reasoning, evidence, submittedAt);
        }
    }

    /**
     * A leader's decision as written to a backup.
     *
     * @param leaderId the leader
     * @param leaderUnit the leader's unit
     * @param verdict the verdict's name
     * @param remark the remark
     * @param decidedAt when decided
     */
    public record DecisionLine(String leaderId, String leaderUnit, String verdict, String remark, Instant decidedAt) {
        static DecisionLine of(LeaderDecision d) {
            return new DecisionLine(d.leaderId(), d.leaderUnit(), d.verdict().name(), d.remark(), d.decidedAt());
        }

        LeaderDecision toDecision() {
            return new LeaderDecision(leaderId, leaderUnit, Verdict.valueOf(verdict), remark, decidedAt);
        }
    }

    /**
     * A survey sheet as written to a backup.
     *
     * @param officers the two officers
     * @param address the address
     * @param surveyedAt when surveyed
     * @param goodsDescription the goods surveyed
     * @param amount the unit price's amount
     * @param currency the unit price's currency
     * @param unit the unit's code
     * @param level the commercial level's name
     * @param notes the notes
     */
    public record SurveyLine(List<String> officers, String address, Instant surveyedAt, String goodsDescription,
            String amount, String currency, String unit, String level, String notes) {
        static SurveyLine of(SurveySheet s) {
            return new SurveyLine(s.officers(), s.address(), s.surveyedAt(), s.goodsDescription(),
                    s.unitPrice().amount().toPlainString(), s.unitPrice().currency().getCurrencyCode(), s.unit().code(),
                    s.level().name(), s.notes());
        }

        SurveySheet toSheet() {
            return new SurveySheet(officers, address, surveyedAt, goodsDescription, Money.of(amount, currency),
                    UnitOfMeasure.of(unit), CommercialLevel.valueOf(level), notes);
        }
    }

    /**
     * The last line of a backup: what it covers, how many observations it holds and their SHA-256.
     *
     * @param format the format's name
     * @param version the format's version
     * @param day the day covered
     * @param part the part of the day covered
     * @param from the start of the period, inclusive
     * @param to the end of the period, exclusive
     * @param count how many observation lines precede the manifest
     * @param sha256 the SHA-256 of the bytes before the manifest line, lower-case hex
     * @param writtenAt when the backup was written
     */
    public record ManifestLine(String format, int version, LocalDate day, String part, Instant from, Instant to, long count,
            String sha256, Instant writtenAt) {
    }
}
