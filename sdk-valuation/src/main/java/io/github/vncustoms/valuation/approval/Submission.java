package io.github.vncustoms.valuation.approval;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.text.VietnameseText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A proposal to a leader (tờ trình báo cáo Lãnh đạo; QĐ 2344 Art. 5.1.b.2 last paragraph, Art. 6;
 * VAL-11, VAL-15): who proposes, from which unit, the reasoning and basis ("nêu rõ lập luận, cơ sở"),
 * and the evidence it rests on (the printed or copied finding, the survey sheet, the documents).
 *
 * <p>Immutable and thread-safe.
 *
 * @param proposerId the proposing officer's account id
 * @param proposerUnit the proposing officer's unit code, upper case
 * @param reasoning the reasoning and basis, NFC, not blank
 * @param evidence references to the evidence (document numbers, file names, addresses), at least one
 * @param submittedAt when the proposal was submitted
 */
public record Submission(String proposerId, String proposerUnit, String reasoning, List<String> evidence, Instant submittedAt) {
    /**
     * Validates and normalises the proposal.
     *
     * @throws ValidationException if the proposer, unit or reasoning is blank, or no evidence is cited
     */
    public Submission {
        proposerId = Texts.require("proposerId", proposerId, "the proposing officer's account id");
        proposerUnit = Texts.require("proposerUnit", proposerUnit, "the proposing officer's unit code").toUpperCase(Locale.ROOT);
        reasoning = Texts.require("reasoning", reasoning, "the reasoning and basis of the proposal (lập luận, cơ sở)");
        Objects.requireNonNull(evidence, "evidence");
        List<String> cleaned = new ArrayList<>();
        for (String e : evidence) {
            String ref = VietnameseText.normalize(Objects.requireNonNull(e, "evidence item").strip());
            if (!ref.isEmpty()) {
                cleaned.add(ref);
            }
        }
        if (cleaned.isEmpty()) {
            throw new ValidationException("evidence", "The proposal of " + proposerId
                    + " cites no evidence: expected at least one document, printed finding or survey sheet it rests on");
        }
        evidence = List.copyOf(cleaned);
        Objects.requireNonNull(submittedAt, "submittedAt");
    }
}
