package io.github.vncustoms.core.statistics;

import io.github.vncustoms.core.error.ValidationException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A source attribution for reusing one version of a release (STA-05), e.g.
 * {@code Nguồn: Tổng cục Hải quan, “Tình hình xuất khẩu, nhập khẩu hàng hóa tháng 3/2026” (tháng 3/2026;
 * sơ bộ; phiên bản 2; công bố ngày 15/04/2026).}
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the citation, ready to print
 * @param language the language of the text
 * @param body the body named as the source
 * @param releaseId the cited release
 * @param version the cited version
 * @param publicationDate the day the cited version was published
 */
public record Citation(String text, CitationLanguage language, CitingBody body, String releaseId, int version,
        LocalDate publicationDate) {
    /**
     * Validates the parts.
     *
     * @throws ValidationException if the text is blank or the version below 1
     */
    public Citation {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(releaseId, "releaseId");
        Objects.requireNonNull(publicationDate, "publicationDate");
        if (text.isBlank()) {
            throw new ValidationException("text", "A citation of release " + releaseId + " is blank: expected text");
        }
        if (version < 1) {
            throw new ValidationException("version", "A citation names version " + version + ": expected 1 or more");
        }
    }

    /** Returns the citation text. */
    @Override
    public String toString() {
        return text;
    }
}
