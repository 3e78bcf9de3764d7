package io.github.vncustoms.core.statistics;

/**
 * The language of a source citation (STA-05): Vietnamese by default, English on request.
 *
 * <p>Immutable.
 */
public enum CitationLanguage {
    /** {@code Nguồn: Tổng cục Hải quan, ...} */
    VIETNAMESE,
    /** {@code Source: General Department of Vietnam Customs, ...} */
    ENGLISH
}
