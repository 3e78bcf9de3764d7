package io.github.vncustoms.core.text;

import io.github.vncustoms.core.internal.text.Characters;
import io.github.vncustoms.core.internal.text.Syllable;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The character and word rules behind {@link VietnameseText#check(String)}. Stateless. */
final class TextChecker {
    private TextChecker() {}

    static TextReport check(String text) {
        List<TextProblem> problems = new ArrayList<>();
        checkCharacters(text, problems);
        checkWords(text, problems);
        MojibakeFinder.find(text, problems);
        problems.sort(Comparator.comparingInt(TextProblem::index).thenComparing(TextProblem::kind));
        return new TextReport(text, problems);
    }

    static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static void checkCharacters(String text, List<TextProblem> problems) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            if (Character.isSurrogate(text.charAt(i)) && len == 1) {
                add(problems, text, TextProblemKind.UNPAIRED_SURROGATE, i, 1, "unpaired surrogate "
                        + Characters.describe(cp) + " at index " + i + "; expected a high surrogate followed by a low one");
                i++;
                continue;
            }
            if (isMark(cp)) {
                int end = markRunEnd(text, i);
                lone(text, problems, i, end);
                i = end;
                continue;
            }
            checkCharacter(text, problems, cp, i, len);
            int end = markRunEnd(text, i + len);
            if (end > i + len) {
                int type = Character.getType(cp);
                if (Character.isWhitespace(cp) || type == Character.CONTROL || type == Character.FORMAT) {
                    lone(text, problems, i + len, end);
                } else {
                    checkSequence(text, problems, i, end);
                }
            }
            i = end;
        }
    }

    private static int markRunEnd(String text, int from) {
        int j = from;
        while (j < text.length() && isMark(text.codePointAt(j))) {
            j += Character.charCount(text.codePointAt(j));
        }
        return j;
    }

    private static void lone(String text, List<TextProblem> problems, int start, int end) {
        add(problems, text, TextProblemKind.LONE_COMBINING_MARK, start, end - start, "combining mark "
                + describeAll(text.substring(start, end)) + " at index " + start
                + " follows no letter; expected it to be part of a precomposed letter, or removed");
    }

    private static void checkCharacter(String text, List<TextProblem> problems, int cp, int i, int len) {
        int type = Character.getType(cp);
        if (type == Character.CONTROL && cp != '\t' && cp != '\n' && cp != '\r') {
            add(problems, text, TextProblemKind.CONTROL_CHARACTER, i, len, "control character "
                    + Characters.describe(cp) + " at index " + i
                    + "; expected printable text (tab, line feed and carriage return are allowed)");
        } else if (type == Character.FORMAT) {
            add(problems, text, TextProblemKind.CONTROL_CHARACTER, i, len, "invisible format character "
                    + Characters.describe(cp) + " at index " + i + "; expected visible text only");
        } else if (cp == 0xFFFD) {
            add(problems, text, TextProblemKind.REPLACEMENT_CHARACTER, i, len, "replacement character U+FFFD at index "
                    + i + " marks a byte an earlier decoder could not read; expected the original letter");
        } else if (type == Character.PRIVATE_USE) {
            add(problems, text, TextProblemKind.PRIVATE_USE_CHARACTER, i, len, "private-use character "
                    + Characters.describe(cp) + " at index " + i
                    + " has no standard meaning; expected a standard Unicode character");
        }
    }

    private static void checkSequence(String text, List<TextProblem> problems, int start, int end) {
        String sequence = text.substring(start, end);
        String nfc = Normalizer.normalize(sequence, Normalizer.Form.NFC);
        if (!nfc.equals(sequence)) {
            add(problems, text, TextProblemKind.NOT_NFC, start, end - start, describeAll(sequence) + " at index "
                    + start + " is not in NFC; expected " + describeAll(nfc) + " (TCVN 6909:2001 uses precomposed"
                    + " letters)");
        }
        if (nfc.codePoints().anyMatch(TextChecker::isMark)) {
            add(problems, text, TextProblemKind.UNCOMPOSED_COMBINING_MARK, start, end - start, describeAll(sequence)
                    + " at index " + start + " keeps a separate combining mark even in NFC; no Vietnamese letter has"
                    + " it, expected a Vietnamese letter with at most one tone");
        }
    }

    private static void checkWords(String text, List<TextProblem> problems) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!Character.isLetter(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n && (Character.isLetter(text.codePointAt(i)) || isMark(text.codePointAt(i)))) {
                i += Character.charCount(text.codePointAt(i));
            }
            checkWord(text, problems, start, i);
        }
    }

    private static void checkWord(String text, List<TextProblem> problems, int start, int end) {
        String word = Normalizer.normalize(text.substring(start, end), Normalizer.Form.NFC);
        Optional<Syllable> parsed = Syllable.parse(word);
        if (parsed.isEmpty()) {
            return;
        }
        Syllable syllable = parsed.get();
        if (syllable.tonedIndices().size() > 1) {
            add(problems, text, TextProblemKind.MULTIPLE_TONE_MARKS, start, end - start, "'" + word + "' at index "
                    + start + " carries " + syllable.tonedIndices().size()
                    + " tone marks; expected at most one per syllable");
        } else if (!syllable.hasStandardTonePlacement()) {
            int at = syllable.tonedIndices().get(0);
            add(problems, text, TextProblemKind.TONE_MARK_POSITION, start, end - start, "'" + word + "' at index "
                    + start + " has its tone mark on '" + word.charAt(at) + "'; expected '"
                    + syllable.withStandardTonePlacement() + "'");
        }
    }

    static String describeAll(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(cp -> out.append(out.length() == 0 ? "" : " + ").append(Characters.describe(cp)));
        return out.toString();
    }

    static void add(List<TextProblem> problems, String text, TextProblemKind kind, int index, int length,
            String explanation) {
        problems.add(new TextProblem(kind, index, length, text.substring(index, index + length), explanation));
    }
}
