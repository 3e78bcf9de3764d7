package io.github.vncustoms.core.statistics;

import io.github.vncustoms.core.internal.statistics.CitationPatterns;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Checks that a text reusing published statistics cites its source (QĐ 1991/QĐ-TCHQ Art. 8,
 * STA-05), and says what is missing.
 *
 * <pre>{@code
 * CitationCheckResult result = CitationCheck.defaultCheck().check(article, release);
 * if (!result.sourceNamed()) {
 *     reject(result.explanation());          // names the missing parts and a full citation
 * }
 * }</pre>
 *
 * <p>What counts as present, ignoring case, after normalising to NFC and collapsing white space:
 * <ul>
 *   <li>{@link CitationElement#SOURCE}: {@code Nguồn:}, {@code Nguồn từ} or {@code Source:} right
 *       before a name of any body the generator may cite ({@link CitationGenerator#bodies()}), in
 *       Vietnamese or English; abbreviations such as {@code TCHQ} do not count, since Art. 8 asks
 *       that the source be named clearly (ghi rõ), and a provincial unit ({@code Nguồn: Cục Hải quan
 *       Hà Nội}) is not the body;
 *   <li>{@link CitationElement#TITLE}: the title as published, as whole words;
 *   <li>{@link CitationElement#PERIOD}, {@link CitationElement#STATUS},
 *       {@link CitationElement#VERSION}, {@link CitationElement#PUBLICATION_DATE}: any of the usual
 *       Vietnamese, English and ISO forms, e.g. {@code tháng 3/2026}, {@code 03/2026},
 *       {@code 2026-03}, {@code March 2026}; {@code sơ bộ}, {@code preliminary};
 *       {@code phiên bản 2}, {@code v2}; {@code 15/04/2026}, {@code 2026-04-15}.
 * </ul>
 * Diacritics count: {@code so bo} is not {@code sơ bộ} (Vietnamese text is written with its
 * diacritics, STA-04).
 *
 * <p>Immutable and thread-safe.
 */
public final class CitationCheck {
    private static final CitationCheck DEFAULT = new CitationCheck(CitationGenerator.defaultGenerator());
    private static final Pattern ENGLISH_MARKER = Pattern.compile("(?<![\\p{L}])source\\s*:", Pattern.CASE_INSENSITIVE);
    private static final Pattern VIETNAMESE_MARKER = Pattern.compile("nguồn", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final CitationGenerator generator;

    private CitationCheck(CitationGenerator generator) {
        this.generator = generator;
    }

    /**
     * Returns the check that accepts the default bodies' names ({@code Tổng cục Hải quan},
     * {@code Cục Hải quan} and their English names).
     *
     * @return the shared default check
     */
    public static CitationCheck defaultCheck() {
        return DEFAULT;
    }

    /**
     * Returns a check that accepts the names of a generator's bodies and proposes its citations.
     *
     * @param generator the generator
     * @return the check
     */
    public static CitationCheck using(CitationGenerator generator) {
        return new CitationCheck(Objects.requireNonNull(generator, "generator"));
    }

    /**
     * Checks a reuse text against the version it reuses.
     *
     * @param reuseText the text that quotes or uses the release
     * @param release the version reused
     * @return what was found and what is missing
     */
    public CitationCheckResult check(String reuseText, StatisticsRelease release) {
        Objects.requireNonNull(reuseText, "reuseText");
        Objects.requireNonNull(release, "release");
        String text = CitationPatterns.normalise(reuseText);
        CitationLanguage language = ENGLISH_MARKER.matcher(text).find() && !VIETNAMESE_MARKER.matcher(text).find()
                ? CitationLanguage.ENGLISH : CitationLanguage.VIETNAMESE;
        Citation expected = generator.cite(release, language);

        List<String> names = new ArrayList<>();
        for (CitingBody body : generator.bodies()) {
            names.add(body.nameVi());
            names.add(body.nameEn());
        }
        Map<CitationElement, Boolean> found = new EnumMap<>(CitationElement.class);
        found.put(CitationElement.SOURCE, CitationPatterns.namesSource(text, names));
        found.put(CitationElement.TITLE, CitationPatterns.containsPhrase(text, release.title()));
        if (release.period() != null) {
            found.put(CitationElement.PERIOD, CitationPatterns.period(release.period()).matcher(text).find());
        }
        found.put(CitationElement.STATUS, CitationPatterns.status(release.status()).matcher(text).find());
        found.put(CitationElement.VERSION, CitationPatterns.version(release.version()).matcher(text).find());
        found.put(CitationElement.PUBLICATION_DATE,
                CitationPatterns.date(expected.publicationDate()).matcher(text).find());

        List<CitationElement> present = new ArrayList<>();
        List<CitationElement> missing = new ArrayList<>();
        found.forEach((element, isFound) -> (isFound ? present : missing).add(element));
        boolean sourceNamed = found.get(CitationElement.SOURCE);
        return new CitationCheckResult(release.id(), release.version(), sourceNamed, present, missing,
                expected.text(), explain(release, expected, sourceNamed, missing));
    }

    private String explain(StatisticsRelease release, Citation expected, boolean sourceNamed,
            List<CitationElement> missing) {
        String what = "release " + release.id() + " version " + release.version();
        if (missing.isEmpty()) {
            return "The text cites " + what + " in full: source, title, "
                    + (release.period() != null ? "reference period, " : "")
                    + "status, version and publication date.";
        }
        List<String> lacks = new ArrayList<>();
        for (CitationElement e : missing) {
            if (e != CitationElement.SOURCE) {
                lacks.add(describe(e, release, expected));
            }
        }
        StringBuilder s = new StringBuilder();
        if (sourceNamed) {
            s.append("The text names the source as QĐ 1991/QĐ-TCHQ Art. 8 requires (STA-05) but does not fully"
                    + " identify ").append(what).append(": it lacks ").append(String.join(", ", lacks)).append('.');
        } else {
            CitingBody body = expected.body();
            s.append("The text does not name the source as QĐ 1991/QĐ-TCHQ Art. 8 requires (STA-05): expected \"Nguồn: ")
                    .append(body.nameVi()).append("\" or \"Source: ").append(body.nameEn()).append('"');
            if (!lacks.isEmpty()) {
                s.append("; it also lacks ").append(String.join(", ", lacks));
            }
            s.append('.');
        }
        s.append(" Expected a citation such as: ").append(expected.text());
        return s.toString();
    }

    private static String describe(CitationElement e, StatisticsRelease release, Citation expected) {
        boolean vi = expected.language() == CitationLanguage.VIETNAMESE;
        return e.description() + " (" + switch (e) {
            case SOURCE -> expected.body().name(expected.language());
            case TITLE -> "“" + release.title() + "”";
            case PERIOD -> vi ? release.period().labelVi() : release.period().labelEn();
            case STATUS -> vi ? release.status().labelVi() : release.status().labelEn();
            case VERSION -> (vi ? "phiên bản " : "version ") + release.version();
            case PUBLICATION_DATE -> vi ? String.format(Locale.ROOT, "%02d/%02d/%04d",
                    expected.publicationDate().getDayOfMonth(), expected.publicationDate().getMonthValue(),
                    expected.publicationDate().getYear()) : expected.publicationDate().toString();
        } + ")";
    }
}
