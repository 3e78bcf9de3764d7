package io.github.vncustoms.core.statistics;

/**
 * The parts of a full source citation (STA-05), which {@link CitationCheck} looks for one by one.
 * Only {@link #SOURCE} is what QĐ 1991/QĐ-TCHQ Art. 8 demands; the others identify exactly which
 * published version was reused.
 *
 * <p>Immutable.
 */
public enum CitationElement {
    /** The source body after a source marker: {@code Nguồn: Tổng cục Hải quan}, {@code Source: ...}. */
    SOURCE("the source (Nguồn: / Source: and the citing body)"),
    /** The release's title, as published. */
    TITLE("the title"),
    /** The reference period, e.g. {@code tháng 3/2026}, {@code 03/2026}, {@code 2026-03}, {@code March 2026}. */
    PERIOD("the reference period"),
    /** The status label, e.g. {@code sơ bộ} or {@code preliminary} (STA-03). */
    STATUS("the status"),
    /** The version, e.g. {@code phiên bản 2}, {@code version 2} or {@code v2}. */
    VERSION("the version"),
    /** The publication date of the version, e.g. {@code 15/04/2026} or {@code 2026-04-15}. */
    PUBLICATION_DATE("the publication date");

    private final String description;

    CitationElement(String description) {
        this.description = description;
    }

    /**
     * Returns a short English description, for messages.
     *
     * @return e.g. {@code "the reference period"}
     */
    public String description() {
        return description;
    }
}
