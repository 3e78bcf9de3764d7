package io.github.vncustoms.core.audit;

import io.github.vncustoms.core.error.IntegrityException;
import io.github.vncustoms.core.error.ValidationException;
import java.util.Objects;

/**
 * The outcome of verifying a journal: whether it is intact and, if not, the first problem found,
 * where, and why (STA-07, ACC-04).
 *
 * <p>Even an intact report vouches with a signature only for entries up to {@link #signedThrough()};
 * the entries after the last checkpoint are chained but not yet signed, so whoever can write the
 * store could replace or cut them without a trace until the next checkpoint is made.
 *
 * <p>Immutable and thread-safe.
 *
 * @param ok {@code true} if no problem was found
 * @param problem the kind of the first problem; {@code null} when {@code ok}
 * @param sequence the sequence number where the problem shows: the modified entry's; the first
 *     missing one; for an insertion or reordering, the sequence expected at that position; a
 *     checkpoint's sequence; for a truncated tail, the first entry cut off; -1 when {@code ok}
 * @param position the 0-based position in storage order of the entry concerned; -1 when {@code ok}
 *     or when no stored entry is concerned (a checkpoint beyond the end)
 * @param location where a store keeps that entry, e.g. {@code journal-...jsonl.gz:line 17}; empty if none
 * @param explanation what was found and what was expected, in one or two English sentences
 * @param entriesChecked how many stored entries were read up to the problem (all of them when {@code ok})
 * @param lastSequence the sequence of the last entry verified
 * @param signedThrough the highest sequence covered by a checkpoint that verified, 0 if none
 */
public record VerificationReport(boolean ok, VerificationProblem problem, long sequence, long position, String location,
        String explanation, long entriesChecked, long lastSequence, long signedThrough) {
    /**
     * Checks that the parts agree.
     *
     * @throws ValidationException if {@code ok} and {@code problem} disagree
     */
    public VerificationReport {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(explanation, "explanation");
        if (ok != (problem == null)) {
            throw new ValidationException("problem", "Verification report ok=" + ok + " with problem " + problem
                    + ": expected a problem exactly when not ok");
        }
    }

    /**
     * Throws unless the journal is intact.
     *
     * @return this report, when intact
     * @throws IntegrityException if a problem was found; the message names it and where
     */
    public VerificationReport requireIntact() {
        if (!ok) {
            throw new IntegrityException("Audit journal failed verification: " + problem + " at sequence " + sequence
                    + (location.isEmpty() ? "" : " (" + location + ")") + ": " + explanation);
        }
        return this;
    }
}
