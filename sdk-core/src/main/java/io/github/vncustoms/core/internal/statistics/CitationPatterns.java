package io.github.vncustoms.core.internal.statistics;

import io.github.vncustoms.core.statistics.ReferencePeriod;
import io.github.vncustoms.core.statistics.ReleaseStatus;
import io.github.vncustoms.core.text.VietnameseText;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The written forms the citation check accepts for each part of a citation, as case-insensitive
 * patterns over {@linkplain #normalise normalised} text. Stateless, thread-safe.
 *
 * <p>Numbers are matched whole: {@code 3/2026} is not found inside {@code 13/2026} or inside the
 * date {@code 15/03/2026}, and version 1 is not found in {@code version 12}.
 */
public final class CitationPatterns {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** Not preceded by a letter or digit. */
    private static final String B = "(?<![\\p{L}\\p{N}])";
    /** Not followed by a letter or digit. */
    private static final String E = "(?![\\p{L}\\p{N}])";
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern QUOTES = Pattern.compile("[“”„«»\"]");
    private static final Pattern MARKER = Pattern.compile(
            B + "(?:nguồn|source)(?:\\s*(?:[:：\\-–—]|từ|theo|from))?\\s*(?:the\\s+)?", FLAGS);
    /** Words after a body's name that make it a provincial or regional unit rather than the body. */
    private static final Pattern UNIT_SUFFIX = Pattern.compile(
            "(?:tỉnh|thành phố|tp\\.?|khu vực|province|city|region|regional)" + E, FLAGS);
    /** The country after a body's name, as in "Tổng cục Hải quan Việt Nam": still the body. */
    private static final Pattern COUNTRY = Pattern.compile("(?:việt nam|vietnam|viet nam|vn)" + E, FLAGS);
    private static final String[] ROMAN = {"i", "ii", "iii", "iv"};
    private static final String[] ORDINAL = {"first", "second", "third", "fourth"};

    private CitationPatterns() {}

    /**
     * Normalises text for matching: NFC, straight quotes, runs of white space as one space.
     *
     * @param text any text
     * @return the normalised text
     */
    public static String normalise(String text) {
        Objects.requireNonNull(text, "text");
        String nfc = VietnameseText.normalize(text);
        return SPACES.matcher(QUOTES.matcher(nfc).replaceAll("\"")).replaceAll(" ").strip();
    }

    /**
     * Tells whether normalised text contains a phrase, ignoring case.
     *
     * @param text normalised text
     * @param phrase the phrase, normalised here
     * @return {@code true} if found as whole words
     */
    public static boolean containsPhrase(String text, String phrase) {
        String p = normalise(phrase);
        return !p.isEmpty() && Pattern.compile(B + Pattern.quote(p) + E, FLAGS).matcher(text).find();
    }

    /**
     * Tells whether normalised text names a body as its source: a marker ({@code Nguồn:},
     * {@code Nguồn từ}, {@code Source:}) right before the name, and no provincial or regional unit
     * name right after it ({@code Nguồn: Cục Hải quan Hà Nội} names a department, not the body):
     * after the name comes punctuation, the end, {@code Việt Nam}, or a word in lower case other
     * than {@code tỉnh}, {@code thành phố}, {@code khu vực} and their English equivalents.
     *
     * @param text normalised text
     * @param names the body's names
     * @return {@code true} if one of the names is cited as the source
     */
    public static boolean namesSource(String text, List<String> names) {
        Matcher marker = MARKER.matcher(text);
        while (marker.find()) {
            for (String name : names) {
                String n = normalise(name);
                int end = marker.end() + n.length();
                if (end <= text.length() && text.regionMatches(true, marker.end(), n, 0, n.length())
                        && !continuesAsUnitName(text, end)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean continuesAsUnitName(String text, int end) {
        if (end < text.length() && Character.isLetterOrDigit(text.codePointAt(end))) {
            return true;
        }
        int i = end;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        if (i == end || i >= text.length()) {
            return false;
        }
        if (COUNTRY.matcher(text).region(i, text.length()).lookingAt()) {
            return false;
        }
        return Character.isUpperCase(text.codePointAt(i)) || UNIT_SUFFIX.matcher(text).region(i, text.length()).lookingAt();
    }

    /**
     * Returns the forms of a reference period: {@code tháng 3/2026}, {@code tháng 03 năm 2026},
     * {@code T3/2026}, {@code 03/2026}, {@code 2026-03}, {@code March 2026}, {@code Mar. 2026};
     * {@code quý I/2026}, {@code quý 1 năm 2026}, {@code Q1/2026}, {@code Q1 2026}, {@code 2026-Q1},
     * {@code first quarter of 2026}; {@code năm 2026}, {@code 2026} (not inside a date).
     *
     * @param period the period
     * @return the pattern
     */
    public static Pattern period(ReferencePeriod period) {
        int y = period.year();
        int n = period.number();
        String sep = "(?:\\s*[/.\\-]\\s*|\\s+năm\\s+)";
        String forms = switch (period.type()) {
            case MONTH -> {
                Month month = Month.of(n);
                String full = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
                String abbr = month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
                yield String.join("|",
                        B + "tháng\\s*0?" + n + sep + y + E,
                        B + "t0?" + n + "\\s*/\\s*" + y + E,
                        "(?<![\\p{L}\\p{N}/.\\-])0?" + n + "\\s*/\\s*" + y + E,
                        "(?<![\\p{L}\\p{N}\\-])" + y + "-" + String.format(Locale.ROOT, "%02d", n) + "(?![\\p{L}\\p{N}\\-])",
                        B + "(?:" + full + "|" + abbr + "\\.?)\\s+(?:of\\s+)?" + y + E);
            }
            case QUARTER -> String.join("|",
                    B + "quý\\s*(?:" + ROMAN[n - 1] + "|0?" + n + ")" + sep + y + E,
                    B + "q" + n + "(?:\\s*[/.\\-]\\s*|\\s+)" + y + E,
                    B + y + "\\s*-\\s*q" + n + E,
                    B + ORDINAL[n - 1] + "\\s+quarter\\s+(?:of\\s+)?" + y + E);
            case YEAR -> String.join("|",
                    B + "(?:năm|year)\\s+" + y + E,
                    "(?<![\\p{L}\\p{N}/.\\-])" + y + "(?![\\p{L}\\p{N}/\\-]|\\.\\d)");
        };
        return Pattern.compile(forms, FLAGS);
    }

    /**
     * Returns the forms of a status label, Vietnamese or English, not negated ({@code không chính
     * thức}, {@code chưa chính thức}, {@code not official} are not the label).
     *
     * @param status the status
     * @return the pattern
     */
    public static Pattern status(ReleaseStatus status) {
        return Pattern.compile("(?<!không |chưa |phi |not |non-|non )" + B + "(?:" + Pattern.quote(status.labelVi())
                + "|" + Pattern.quote(status.labelEn()) + ")" + E, FLAGS);
    }

    /**
     * Returns the forms of a version number: {@code phiên bản 2}, {@code version 2}, {@code ver. 2},
     * {@code v2}, {@code v.2}.
     *
     * @param version the version
     * @return the pattern
     */
    public static Pattern version(int version) {
        return Pattern.compile(B + "(?:phiên bản|version|ver\\.?|v\\.?)\\s*(?:số\\s+|no\\.?\\s*)?" + version + E, FLAGS);
    }

    /**
     * Returns the forms of a day: {@code 15/04/2026}, {@code 15-4-2026}, {@code 15.04.2026},
     * {@code 2026-04-15}, {@code ngày 15 tháng 4 năm 2026}, {@code 15 April 2026},
     * {@code April 15, 2026}.
     *
     * @param day the day
     * @return the pattern
     */
    public static Pattern date(LocalDate day) {
        int d = day.getDayOfMonth();
        int m = day.getMonthValue();
        int y = day.getYear();
        String full = day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String abbr = day.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        String month = "(?:" + full + "|" + abbr + "\\.?)";
        return Pattern.compile(String.join("|",
                "(?<![\\p{L}\\p{N}/.\\-])0?" + d + "\\s*([/.\\-])\\s*0?" + m + "\\s*\\1\\s*" + y + E,
                B + y + "-" + String.format(Locale.ROOT, "%02d-%02d", m, d) + E,
                B + "ngày\\s+0?" + d + "\\s+tháng\\s+0?" + m + "\\s+năm\\s+" + y + E,
                B + "0?" + d + "\\s+" + month + ",?\\s+" + y + E,
                B + month + "\\s+0?" + d + ",?\\s+" + y + E), FLAGS);
    }
}
