package io.github.vncustoms.core.statistics;

import io.github.vncustoms.core.error.ValidationException;
import java.util.List;
import java.util.Objects;

/**
 * What {@link CitationCheck} found in a text that reuses a release (STA-05): which parts of the
 * citation are there, which are missing, and what a full citation would be.
 *
 * <p>{@link #sourceNamed()} answers QĐ 1991/QĐ-TCHQ Art. 8, which asks only that the source be
 * named; {@link #complete()} also asks that the reused version be identified (title, period,
 * status, version, publication date). Immutable and thread-safe.
 *
 * @param releaseId the release checked against
 * @param version the version checked against
 * @param sourceNamed whether the text names the citing body as its source
 * @param present the parts found, in {@link CitationElement} order
 * @param missing the parts not found, in {@link CitationElement} order; {@link CitationElement#PERIOD}
 *     is in neither list for a release without a period
 * @param expectedCitation a full citation, in the language the text seems to be written in
 * @param explanation what was found and what is missing, in English
 */
public record CitationCheckResult(
        String releaseId,
        int version,
        boolean sourceNamed,
        List<CitationElement> present,
        List<CitationElement> missing,
        String expectedCitation,
        String explanation) {

    /**
     * Validates and copies.
     *
     * @throws ValidationException if {@code sourceNamed} disagrees with the lists, or an element is
     *     both present and missing
     */
    public CitationCheckResult {
        Objects.requireNonNull(releaseId, "releaseId");
        present = List.copyOf(present);
        missing = List.copyOf(missing);
        Objects.requireNonNull(expectedCitation, "expectedCitation");
        Objects.requireNonNull(explanation, "explanation");
        if (sourceNamed != present.contains(CitationElement.SOURCE) || sourceNamed == missing.contains(CitationElement.SOURCE)) {
            throw new ValidationException("sourceNamed", "sourceNamed is " + sourceNamed + " but SOURCE is "
                    + (present.contains(CitationElement.SOURCE) ? "present" : "not present")
                    + ": expected sourceNamed exactly when SOURCE is present and not missing");
        }
        for (CitationElement e : present) {
            if (missing.contains(e)) {
                throw new ValidationException("missing", e + " is both present and missing: expected one or the other");
            }
        }
    }

    /**
     * Tells whether every part of a full citation was found.
     *
     * @return {@code true} if nothing is missing
     */
    public boolean complete() {
        return missing.isEmpty();
    }
}
