package io.github.vncustoms.monitoring.report;

import java.util.Locale;

/**
 * The language a report is rendered in: Vietnamese, the default and the Annex's own language, or
 * English.
 *
 * <p>Immutable.
 */
public enum ReportLanguage {
    /** Vietnamese (tiếng Việt): the Annex's headings as the regulation words them. */
    VIETNAMESE("vi"),
    /** English: headings translated by the SDK. */
    ENGLISH("en");

    private final String tag;

    ReportLanguage(String tag) {
        this.tag = tag;
    }

    /**
     * Returns the IETF language tag, as written in an HTML {@code lang} attribute.
     *
     * @return {@code "vi"} or {@code "en"}
     */
    public String tag() {
        return tag;
    }

    /**
     * Returns the locale of the language.
     *
     * @return the locale
     */
    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }
}
