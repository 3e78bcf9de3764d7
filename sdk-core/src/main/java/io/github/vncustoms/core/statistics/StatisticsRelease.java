package io.github.vncustoms.core.statistics;

import io.github.vncustoms.core.error.InvalidStateException;
import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.internal.statistics.Fields;
import java.time.Instant;
import java.util.Objects;

/**
 * One version of a statistic or report published on the import/export statistics information
 * system (STA-02, STA-03): what kind of content it is, the period it covers, what it says, when this
 * version was published, and, for every version after the first, why it was revised.
 *
 * <p>Versions are numbered from 1. The first publication carries no explanation; every revision of
 * previously published information carries one (ngành Hải quan sẽ có giải thích trong trường hợp
 * có điều chỉnh, QĐ 1991/QĐ-TCHQ Art. 7.1.b). A status change, e.g. preliminary to official, is a
 * revision like any other.
 *
 * <pre>{@code
 * StatisticsRelease v1 = StatisticsRelease.first("XNK-2026-03", ContentKind.PERIODIC_REPORT,
 *         ReferencePeriod.month(2026, 3), content, publishedAt);
 * StatisticsRelease v2 = v1.revise(content.withStatus(ReleaseStatus.OFFICIAL),
 *         "Số liệu chính thức sau khi đối chiếu tờ khai", later);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the release's identifier, the same in every version: 1–64 characters of A–Z, a–z, 0–9,
 *     {@code .}, {@code -} or {@code _}
 * @param kind the kind of content (STA-02)
 * @param period the month, quarter or year covered; {@code null} only for a kind that does not
 *     {@linkplain ContentKind#requiresPeriod() require} one
 * @param version the version, 1 for the first publication
 * @param content what this version says
 * @param publishedAt when this version was published
 * @param revisionExplanation why this version differs from the previous one: empty for version 1,
 *     never blank for a later version
 */
public record StatisticsRelease(
        String id,
        ContentKind kind,
        ReferencePeriod period,
        int version,
        ReleaseContent content,
        Instant publishedAt,
        String revisionExplanation) {

    /**
     * Validates the version.
     *
     * @throws ValidationException if the id is malformed, a required period is missing, the version
     *     is below 1, version 1 carries an explanation, or a later version carries none
     */
    public StatisticsRelease {
        id = Fields.requireId(id, "id", "a release");
        Objects.requireNonNull(kind, "kind");
        if (period == null && kind.requiresPeriod()) {
            throw new ValidationException("period", "Release " + id + " is a " + kind + " (" + kind.nameEn()
                    + ", Art. " + kind.clause() + ") without a reference period: expected the month, quarter or year"
                    + " it covers");
        }
        if (version < 1) {
            throw new ValidationException("version", "Release " + id + " has version " + version
                    + ": expected 1 for the first publication and one more for each revision");
        }
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(publishedAt, "publishedAt");
        if (version == 1) {
            revisionExplanation = Fields.optionalText(revisionExplanation, "revisionExplanation", "release " + id);
            if (!revisionExplanation.isEmpty()) {
                throw new ValidationException("revisionExplanation", "Release " + id + " version 1 carries a revision"
                        + " explanation: expected none on a first publication; explanations belong to revisions");
            }
        } else {
            revisionExplanation = requireExplanation(revisionExplanation, id, version);
        }
    }

    /**
     * Creates the first version of a release.
     *
     * @param id the identifier
     * @param kind the kind of content
     * @param period the period covered; {@code null} only where the kind allows
     * @param content what it says
     * @param publishedAt when it was published
     * @return version 1
     * @throws ValidationException if a part is malformed
     */
    public static StatisticsRelease first(String id, ContentKind kind, ReferencePeriod period, ReleaseContent content,
            Instant publishedAt) {
        return new StatisticsRelease(id, kind, period, 1, content, publishedAt, "");
    }

    /**
     * Returns the status label of this version (STA-03).
     *
     * @return the status
     */
    public ReleaseStatus status() {
        return content.status();
    }

    /**
     * Returns the title of this version.
     *
     * @return the title
     */
    public String title() {
        return content.title();
    }

    /**
     * Returns the next version with new content and the explanation of what changed and why
     * (Art. 7.1.b, STA-03). Kind, period and id stay the same.
     *
     * @param newContent what the next version says
     * @param explanation why the information was revised; must not be blank
     * @param at when the revision is published, not before this version
     * @return the next version
     * @throws ValidationException if the explanation is blank, the content is unchanged, or {@code at}
     *     is before this version's publication
     * @throws InvalidStateException if the status would move back towards forecast, e.g. official
     *     figures relabelled preliminary
     */
    public StatisticsRelease revise(ReleaseContent newContent, String explanation, Instant at) {
        Objects.requireNonNull(newContent, "newContent");
        Objects.requireNonNull(at, "at");
        String why = requireExplanation(explanation, id, version + 1);
        if (newContent.equals(content)) {
            throw new ValidationException("content", "The revision of release " + id + " version " + version
                    + " changes nothing: expected new content (title, status, summary or indicator values)");
        }
        if (!content.status().canBeRevisedTo(newContent.status())) {
            throw new InvalidStateException("Release " + id + " version " + version + " is " + content.status()
                    + " (" + content.status().labelVi() + "); a revision cannot make it " + newContent.status() + " ("
                    + newContent.status().labelVi() + "): expected the same status or a more certain one,"
                    + " forecast → estimated → preliminary → official");
        }
        if (at.isBefore(publishedAt)) {
            throw new ValidationException("at", "The revision of release " + id + " is dated " + at
                    + ", before version " + version + " was published at " + publishedAt
                    + ": expected a time on or after it");
        }
        return new StatisticsRelease(id, kind, period, version + 1, newContent, at, why);
    }

    /**
     * Returns the next version with only the status changed, e.g. preliminary figures becoming
     * official. A status change is a revision and carries an explanation (STA-03).
     *
     * @param newStatus the new status
     * @param explanation why; must not be blank
     * @param at when the revision is published
     * @return the next version
     * @throws ValidationException if the explanation is blank, the status is unchanged, or {@code at}
     *     is before this version's publication
     * @throws InvalidStateException if the status would move back towards forecast
     */
    public StatisticsRelease withStatus(ReleaseStatus newStatus, String explanation, Instant at) {
        return revise(content.withStatus(Objects.requireNonNull(newStatus, "newStatus")), explanation, at);
    }

    /** Returns the explanation of a revision stripped and in NFC, or refuses a blank one (Art. 7.1.b). */
    static String requireExplanation(String explanation, String id, int version) {
        String why = Fields.optionalText(explanation, "revisionExplanation", "release " + id);
        if (why.isEmpty()) {
            throw new ValidationException("revisionExplanation", "Version " + version + " of release " + id
                    + " revises previously published information without an explanation: expected a non-blank"
                    + " explanation of what changed and why (QĐ 1991/QĐ-TCHQ Art. 7.1.b, STA-03)");
        }
        return why;
    }
}
