package io.github.vncustoms.core.internal.text;

/**
 * How Vietnamese a decoded text looks: of its words that contain a non-ASCII character, how many
 * are well-formed Vietnamese syllables.
 *
 * <p>Words are split at white space; ASCII punctuation and the windows-1252 quotes, dashes and
 * ellipsis are trimmed from their ends, and words joined by ASCII punctuation ({@code cổng/cửa})
 * are judged part by part, each part with a non-ASCII character having to be a syllable. Words of
 * ASCII alone are skipped: every candidate encoding reads them the same. Each undecodable byte
 * counts as one more word that failed. Immutable.
 *
 * @param judgedWords words that contain a non-ASCII character
 * @param vietnameseWords those of them that are well-formed Vietnamese syllables
 * @param commonWords those of them that are also {@link CommonSyllables common syllables}
 * @param undecodable bytes (or sequences) the decoder could not read
 */
public record Plausibility(int judgedWords, int vietnameseWords, int commonWords, int undecodable) {
    private static final String TRIMMED = "\u201C\u201D\u2018\u2019\u201A\u201E\u2013\u2014\u2026";

    /**
     * Validates the counts.
     *
     * @param judgedWords words that contain a non-ASCII character
     * @param vietnameseWords those of them that are well-formed Vietnamese syllables
     * @param commonWords those of them that are also {@link CommonSyllables common syllables}
     * @param undecodable bytes (or sequences) the decoder could not read
     * @throws IllegalArgumentException if a count is negative or more words passed than were judged
     */
    public Plausibility {
        if (judgedWords < 0 || vietnameseWords < 0 || commonWords < 0 || undecodable < 0
                || vietnameseWords > judgedWords || commonWords > vietnameseWords) {
            throw new IllegalArgumentException("inconsistent counts: " + judgedWords + ", " + vietnameseWords
                    + ", " + commonWords + ", " + undecodable);
        }
    }

    /**
     * Judges a decoded text.
     *
     * @param text the decoded text, NFC
     * @param undecodable how many places the decoder could not read
     * @return the counts
     */
    public static Plausibility of(String text, int undecodable) {
        int judged = 0;
        int vietnamese = 0;
        int common = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && isSeparator(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isSeparator(text.charAt(i))) {
                i++;
            }
            int end = i;
            while (start < end && isTrimmed(text.charAt(start))) {
                start++;
            }
            while (end > start && isTrimmed(text.charAt(end - 1))) {
                end--;
            }
            String core = text.substring(start, end);
            if (core.chars().anyMatch(c -> c >= 0x80)) {
                judged++;
                if (isVietnamese(core)) {
                    vietnamese++;
                    if (isCommon(core)) {
                        common++;
                    }
                }
            }
        }
        return new Plausibility(judged, vietnamese, common, undecodable);
    }

    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isTrimmed(char c) {
        return (c < 0x80 && !Character.isLetterOrDigit(c)) || TRIMMED.indexOf(c) >= 0;
    }

    /** Splits a word at ASCII punctuation inside it (cổng/cửa, bản:Quyết); legacy bytes never use it. */
    private static String[] parts(String core) {
        return core.split("[\\p{Punct}&&[\\x00-\\x7F]]+");
    }

    private static boolean isVietnamese(String core) {
        for (String part : parts(core)) {
            if (part.chars().anyMatch(c -> c >= 0x80) && !Syllable.isWellFormed(part)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isCommon(String core) {
        for (String part : parts(core)) {
            if (part.chars().anyMatch(c -> c >= 0x80) && !CommonSyllables.contains(part)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the share of judged words (and undecodable places) that are Vietnamese.
     *
     * @return a score in [0, 1]; 0 when there was nothing to judge
     */
    public double score() {
        int denominator = judgedWords + undecodable;
        return denominator == 0 ? 0.0 : (double) vietnameseWords / denominator;
    }
}
