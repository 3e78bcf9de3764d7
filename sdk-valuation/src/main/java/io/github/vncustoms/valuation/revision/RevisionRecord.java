package io.github.vncustoms.valuation.revision;

import io.github.vncustoms.core.error.InvalidStateException;
import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.valuation.approval.ApprovalState;
import io.github.vncustoms.valuation.approval.ApprovalTrail;
import io.github.vncustoms.valuation.approval.LeaderDecision;
import io.github.vncustoms.valuation.approval.Submission;
import io.github.vncustoms.valuation.internal.risklist.Checks;
import io.github.vncustoms.valuation.internal.risklist.RevisionForms;
import java.util.Locale;
import java.util.Objects;

/**
 * A revision proposal as submitted and kept (QĐ 2344 Art. 5.4, 5.5; VAL-13, VAL-14): the findings, the
 * officer's report to the competent leader (who, which unit, when, why, on what documents) and the
 * leader's decision once made. {@link #form(Locale)} renders it as form 02/DMBX/2015 or 03/DMSĐ/2015
 * for people.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the record's id, 1–64 letters, digits, {@code . _ - /}
 * @param proposal what is proposed
 * @param trail the report and, once decided, the leader's decision; never {@link ApprovalTrail#notRequired()}
 */
public record RevisionRecord(String id, RevisionProposal proposal, ApprovalTrail trail) {
    /**
     * Validates the record.
     *
     * @throws ValidationException if the id is malformed or the trail has no report
     */
    public RevisionRecord {
        id = Checks.id("id", id, "revision record");
        Objects.requireNonNull(proposal, "proposal");
        Objects.requireNonNull(trail, "trail");
        if (trail.submission() == null) {
            throw new ValidationException("trail", "Revision record " + id
                    + " has no report to a leader: expected a submission awaiting or holding a decision (VAL-13)");
        }
    }

    /**
     * Returns the report to the leader.
     *
     * @return the submission
     */
    public Submission submission() {
        return trail.submission();
    }

    /**
     * Returns the proposing unit; access to the record follows it.
     *
     * @return the unit code
     */
    public String proposerUnit() {
        return trail.submission().proposerUnit();
    }

    /**
     * Returns where the record stands.
     *
     * @return {@link ApprovalState#PENDING}, {@link ApprovalState#ACCEPTED} or {@link ApprovalState#NOT_ACCEPTED}
     */
    public ApprovalState state() {
        return trail.state();
    }

    /**
     * Returns the decided record.
     *
     * @param decision the leader's decision
     * @return a copy with the decision
     * @throws InvalidStateException if already decided
     */
    public RevisionRecord decide(LeaderDecision decision) {
        return new RevisionRecord(id, proposal, trail.decide(decision));
    }

    /**
     * Renders the form in Vietnamese.
     *
     * @return the form's text
     */
    public String form() {
        return form(Locale.forLanguageTag("vi"));
    }

    /**
     * Renders the form for people: form number and title, proposing unit and date, the goods, HS code,
     * unit, origin, item, current and proposed price, change, criterion, the basis with each piece of
     * evidence and its sources, the reasoning, the documents, and the decision. It states that its
     * fields are modelled on QĐ 2344 Art. 5.4, the official template being attached to Circular
     * 39/2015/TT-BTC.
     *
     * @param locale English for an English locale, Vietnamese for any other
     * @return the form's text, lines separated by {@code \n}
     */
    public String form(Locale locale) {
        return RevisionForms.render(this, Objects.requireNonNull(locale, "locale"));
    }
}
