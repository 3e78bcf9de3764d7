package io.github.vncustoms.core.statistics;

import io.github.vncustoms.core.internal.statistics.Fields;
import java.util.Objects;

/**
 * The body a reuse of published statistics must name as its source (QĐ 1991/QĐ-TCHQ Art. 8,
 * STA-05): "phải ghi rõ nguồn từ Tổng cục Hải quan".
 *
 * <p>The regulation names the General Department of Customs ({@link #GENERAL_DEPARTMENT_OF_CUSTOMS}).
 * Since 1 March 2025 (QĐ 382/QĐ-BTC) the same body is the Customs Department under the Ministry of
 * Finance ({@link #CUSTOMS_DEPARTMENT}). {@link CitationGenerator} picks by default the name in use on
 * the day the cited version was published; configure it to always use one body.
 *
 * <p>Immutable and thread-safe. Names are stripped and normalised to NFC (STA-04).
 *
 * @param nameVi the Vietnamese name, as cited after {@code Nguồn:}
 * @param nameEn the English name, as cited after {@code Source:}
 */
public record CitingBody(String nameVi, String nameEn) {
    /**
     * Tổng cục Hải quan, the body Art. 8 names; its English name as it used it, "General Department
     * of Vietnam Customs".
     */
    public static final CitingBody GENERAL_DEPARTMENT_OF_CUSTOMS =
            new CitingBody("Tổng cục Hải quan", "General Department of Vietnam Customs");

    /**
     * Cục Hải quan, the name since 1 March 2025. The English "Department of Vietnam Customs" is the
     * rendering the body's announcements in English use; no English name is fixed by QĐ 382/QĐ-BTC,
     * so deployments that prefer another configure their own {@code CitingBody}.
     */
    public static final CitingBody CUSTOMS_DEPARTMENT = new CitingBody("Cục Hải quan", "Department of Vietnam Customs");

    /**
     * Validates and normalises the names.
     *
     * @throws io.github.vncustoms.core.error.ValidationException if a name is blank or not
     *     well-formed Vietnamese Unicode
     */
    public CitingBody {
        nameVi = Fields.requireText(nameVi, "nameVi", "a citing body");
        nameEn = Fields.requireText(nameEn, "nameEn", "citing body " + nameVi);
    }

    /**
     * Returns the name in a language.
     *
     * @param language the language
     * @return {@link #nameVi()} or {@link #nameEn()}
     */
    public String name(CitationLanguage language) {
        return Objects.requireNonNull(language, "language") == CitationLanguage.VIETNAMESE ? nameVi : nameEn;
    }
}
