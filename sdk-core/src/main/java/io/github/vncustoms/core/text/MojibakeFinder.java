package io.github.vncustoms.core.text;

import io.github.vncustoms.core.internal.text.Decoding;
import io.github.vncustoms.core.internal.text.Syllable;
import io.github.vncustoms.core.internal.text.Windows1252;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/** Finds words that are legacy-encoded Vietnamese shown as windows-1252. Stateless. */
final class MojibakeFinder {
    /** Windows-1252 quotes, dashes and ellipsis: punctuation around a word, not part of it. */
    private static final String TRIMMED = "\u201C\u201D\u2018\u2019\u201A\u201E\u2013\u2014\u2026";

    private MojibakeFinder() {}

    static void find(String text, List<TextProblem> problems) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isTokenChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && isTokenChar(text.charAt(i))) {
                i++;
            }
            int end = i;
            while (start < end && TRIMMED.indexOf(text.charAt(start)) >= 0) {
                start++;
            }
            while (end > start && TRIMMED.indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            if (start < end) {
                check(text, problems, start, end);
            }
        }
    }

    private static boolean isTokenChar(char c) {
        if (Character.isWhitespace(c)) {
            return false;
        }
        return Character.isLetter(c) || TextChecker.isMark(c) || (c >= 0x80 && Windows1252.toByte(c) >= 0);
    }

    private static void check(String text, List<TextProblem> problems, int start, int end) {
        String token = text.substring(start, end);
        if (token.chars().noneMatch(c -> c >= 0x80) || token.chars().anyMatch(c -> Windows1252.toByte(c) < 0)) {
            return;
        }
        if (Syllable.isWellFormed(Normalizer.normalize(token, Normalizer.Form.NFC))) {
            return;
        }
        byte[] bytes = Windows1252.toBytes(token);
        List<String> readings = new ArrayList<>();
        for (VietnameseEncoding encoding : VietnameseEncoding.values()) {
            Decoding decoding = encoding.decodeLeniently(bytes);
            String decoded = decoding.text();
            if (decoding.undecodable() == 0 && decoded.chars().anyMatch(c -> c >= 0x80)
                    && Syllable.isWellFormed(decoded)) {
                readings.add("'" + decoded + "' in " + encoding.displayName());
            }
        }
        if (!readings.isEmpty()) {
            TextChecker.add(problems, text, TextProblemKind.LEGACY_ENCODING_SUSPECTED, start, end - start, "'"
                    + token + "' at index " + start + " is not Vietnamese as written but reads as "
                    + String.join(" or ", readings) + " when its characters are taken as windows-1252 bytes;"
                    + " expected Unicode text (decode it with VietnameseEncoding.decodeFontText)");
        }
    }
}
