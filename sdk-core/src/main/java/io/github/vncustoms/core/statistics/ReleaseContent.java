package io.github.vncustoms.core.statistics;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.internal.statistics.Fields;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a release says: its title, status label, summary and indicator values. A revision replaces
 * the content as a whole (STA-03).
 *
 * <pre>{@code
 * ReleaseContent content = ReleaseContent.of("Tình hình xuất khẩu, nhập khẩu hàng hóa tháng 3/2026",
 *         ReleaseStatus.PRELIMINARY)
 *     .withIndicators(List.of(IndicatorValue.of("XK_TRI_GIA", "Trị giá xuất khẩu", "35200000000", "USD")));
 * }</pre>
 *
 * <p>Immutable and thread-safe. Texts are stripped, normalised to NFC and must be well-formed
 * Vietnamese Unicode (QĐ 1991/QĐ-TCHQ Art. 7.3, STA-04).
 *
 * @param title the title, in Vietnamese
 * @param status official, preliminary, estimated or forecast (STA-03)
 * @param summary the summary or body text; empty when there is none
 * @param indicators the indicator values, at most one per indicator code; may be empty (a regulation
 *     or an analysis has none)
 */
public record ReleaseContent(String title, ReleaseStatus status, String summary, List<IndicatorValue> indicators) {
    /**
     * Validates, normalises and copies.
     *
     * @throws ValidationException if the title is blank, a text is not well-formed, or two values
     *     share an indicator code
     */
    public ReleaseContent {
        title = Fields.requireText(title, "title", "a release");
        Objects.requireNonNull(status, "status");
        summary = Fields.optionalText(summary, "summary", "release '" + title + "'");
        indicators = List.copyOf(Objects.requireNonNull(indicators, "indicators"));
        Set<String> codes = new HashSet<>();
        for (IndicatorValue v : indicators) {
            if (!codes.add(v.code())) {
                throw new ValidationException("indicators", "Release '" + title + "' lists indicator " + v.code()
                        + " more than once: expected one value per indicator code");
            }
        }
    }

    /**
     * Creates content with a title and status, no summary and no indicator values.
     *
     * @param title the title
     * @param status the status
     * @return the content
     * @throws ValidationException if the title is blank or not well-formed
     */
    public static ReleaseContent of(String title, ReleaseStatus status) {
        return new ReleaseContent(title, status, "", List.of());
    }

    /**
     * Returns a copy with another status.
     *
     * @param newStatus the status
     * @return the copy
     */
    public ReleaseContent withStatus(ReleaseStatus newStatus) {
        return new ReleaseContent(title, newStatus, summary, indicators);
    }

    /**
     * Returns a copy with another title.
     *
     * @param newTitle the title
     * @return the copy
     * @throws ValidationException if the title is blank or not well-formed
     */
    public ReleaseContent withTitle(String newTitle) {
        return new ReleaseContent(newTitle, status, summary, indicators);
    }

    /**
     * Returns a copy with another summary.
     *
     * @param newSummary the summary, empty for none
     * @return the copy
     * @throws ValidationException if the summary is not well-formed
     */
    public ReleaseContent withSummary(String newSummary) {
        return new ReleaseContent(title, status, newSummary, indicators);
    }

    /**
     * Returns a copy with other indicator values.
     *
     * @param newIndicators the values
     * @return the copy
     * @throws ValidationException if two values share an indicator code
     */
    public ReleaseContent withIndicators(List<IndicatorValue> newIndicators) {
        return new ReleaseContent(title, status, summary, newIndicators);
    }

    /**
     * Finds the value of an indicator.
     *
     * @param code the indicator's code, any case
     * @return the value, or empty if the content has none for that code
     */
    public Optional<IndicatorValue> indicator(String code) {
        Objects.requireNonNull(code, "code");
        return indicators.stream().filter(v -> v.code().equalsIgnoreCase(code.strip())).findFirst();
    }
}
