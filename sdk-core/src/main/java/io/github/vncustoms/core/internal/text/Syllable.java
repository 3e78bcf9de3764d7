package io.github.vncustoms.core.internal.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One written Vietnamese syllable split into onset, vowel nucleus and coda, with where its tone
 * mark is and where the spelling rules put it.
 *
 * <p>The grammar is the written one: an optional initial consonant (one of 27, {@code qu} and
 * {@code gi} counted as initials), a vowel group from a fixed list, and an optional final
 * ({@code c ch m n ng nh p t}, plus {@code k} for the Central Highlands place names). Each vowel
 * group says whether it needs, allows or forbids a final consonant. Spelling rules checked:
 * {@code ch}/{@code nh} follow only {@code a ê i y oa uê uy}, and after {@code i}/{@code ê} the
 * finals {@code c}/{@code ng} are not used; {@code oe} closes only with {@code n} or {@code t};
 * {@code k gh ngh} come only before {@code i e ê y} and {@code c g ng} never do (bar {@code gì});
 * {@code c} never precedes a gliding {@code o}/{@code u} ({@code qu} is used). Loanwords spelled
 * with {@code oo} ({@code xoong}, {@code soóc}) and other non-native spellings do not parse; callers
 * treat them as unknown words, not as errors.
 *
 * <p>Standard tone positions: one vowel alone takes it; else the last vowel with a vowel mark
 * ({@code ă â ê ô ơ ư}: {@code người}, {@code muốn}); else the middle of three ({@code ngoài});
 * else for {@code oa oe uy} the second vowel when a final follows ({@code hoàn}) and either when
 * none does ({@code hòa} old style, {@code hoà} new style); else the first ({@code hài},
 * {@code của}). A syllable ending in {@code c ch k p t} takes only the acute or dot tone.
 *
 * @param word the word analysed, NFC
 * @param onset the initial consonant, lower case, toneless; empty when none
 * @param nucleus the vowel group, lower case, toneless
 * @param coda the final consonant, lower case; empty when none
 * @param tonedIndices the indices in {@code word} of letters carrying a tone mark
 * @param tone the tone of the first toned letter, {@link Tone#NONE} when none
 * @param standardToneIndices the indices in {@code word} where spelling rules put the tone mark
 */
public record Syllable(String word, String onset, String nucleus, String coda, List<Integer> tonedIndices,
        Tone tone, List<Integer> standardToneIndices) {

    private static final List<String> ONSETS = List.of("ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "th",
            "tr", "qu", "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "");
    private static final Set<String> CODAS = Set.of("", "c", "ch", "k", "m", "n", "ng", "nh", "p", "t");
    private static final Set<String> CHECKED_CODAS = Set.of("c", "ch", "k", "p", "t");
    private static final Set<String> BEFORE_PALATAL_CODA = Set.of("a", "ê", "i", "y", "oa", "uê", "uy");
    private static final Set<String> RISING = Set.of("oa", "oe", "uy");
    /** Onsets spelled only before the front vowels i, e, ê, y (k, gh, ngh) ... */
    private static final Set<String> BEFORE_FRONT_ONLY = Set.of("k", "gh", "ngh");
    /** ... and their twins never spelled there (c, g, ng); "g" + "i" is handled apart. */
    private static final Set<String> NEVER_BEFORE_FRONT = Set.of("c", "g", "ng");

    /** Vowel group, then whether a final consonant is Optional, Required or Never allowed. */
    private static final Map<String, Character> NUCLEI = parseNuclei("""
            a O   ă R   â R   e O   ê O   i O   o O   ô O   ơ O   u O   ư O   y O
            ai N  ao N  au N  ay N  âu N  ây N  eo N  êu N  ia N  iu N  oi N  ôi N  ơi N
            ua N  ui N  ưa N  ưi N  ưu N
            iê R  yê R  uô R  ươ R  oă R  uâ R  uyê R
            oa O  oe O  uê O  uy O  uơ N
            iêu N yêu N oai N oay N oao N oeo N uây N uôi N ươi N ươu N uya N uyu N
            """);

    /**
     * Validates and copies.
     *
     * @param word the word analysed, NFC
     * @param onset the initial consonant, lower case, toneless; empty when none
     * @param nucleus the vowel group, lower case, toneless
     * @param coda the final consonant, lower case; empty when none
     * @param tonedIndices the indices in {@code word} of letters carrying a tone mark
     * @param tone the tone of the first toned letter, {@link Tone#NONE} when none
     * @param standardToneIndices the indices in {@code word} where spelling rules put the tone mark
     */
    public Syllable {
        tonedIndices = List.copyOf(tonedIndices);
        standardToneIndices = List.copyOf(standardToneIndices);
    }

    private static Map<String, Character> parseNuclei(String table) {
        String[] cells = table.strip().split("\\s+");
        HashMap<String, Character> map = new HashMap<>();
        for (int i = 0; i < cells.length; i += 2) {
            map.put(cells[i], cells[i + 1].charAt(0));
        }
        return Map.copyOf(map);
    }

    /**
     * Splits a word into a syllable if its letters, tones aside, spell one.
     *
     * @param word an NFC word of letters, either case
     * @return the syllable, or empty when the word is not a Vietnamese syllable
     */
    public static Optional<Syllable> parse(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        StringBuilder toneless = new StringBuilder(lower.length());
        List<Integer> toned = new ArrayList<>();
        Tone tone = Tone.NONE;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (!VietnameseLetters.isVietnameseLetter(c)) {
                return Optional.empty();
            }
            Tone t = VietnameseLetters.tone(c);
            if (t != Tone.NONE) {
                if (toned.isEmpty()) {
                    tone = t;
                }
                toned.add(i);
            }
            toneless.append(VietnameseLetters.base(c));
        }
        String s = toneless.toString();
        for (String onset : ONSETS) {
            if (!s.startsWith(onset)) {
                continue;
            }
            String rest = s.substring(onset.length());
            int vowels = 0;
            while (vowels < rest.length() && VietnameseLetters.VOWELS.indexOf(rest.charAt(vowels)) >= 0) {
                vowels++;
            }
            String nucleus = rest.substring(0, vowels);
            String coda = rest.substring(vowels);
            if (spells(onset, nucleus, coda)) {
                List<Integer> standard = new ArrayList<>();
                for (int index : standardIndices(nucleus, !coda.isEmpty())) {
                    standard.add(onset.length() + index);
                }
                return Optional.of(new Syllable(word, onset, nucleus, coda, toned, tone, standard));
            }
        }
        return Optional.empty();
    }

    private static boolean spells(String onset, String nucleus, String coda) {
        Character rule = NUCLEI.get(nucleus);
        if (rule == null || !CODAS.contains(coda)) {
            return false;
        }
        if ((rule == 'R' && coda.isEmpty()) || (rule == 'N' && !coda.isEmpty())) {
            return false;
        }
        if ((coda.equals("ch") || coda.equals("nh")) && !BEFORE_PALATAL_CODA.contains(nucleus)) {
            return false;
        }
        // After i and ê the finals c and ng are spelled ch and nh (ích, ênh); oe closes only with n or t.
        // After the initial gi, ê stands for iê, which takes c and ng (giếng, giếc).
        boolean frontVowel = nucleus.equals("i") || (nucleus.equals("ê") && !onset.equals("gi"));
        if (frontVowel && (coda.equals("c") || coda.equals("ng"))) {
            return false;
        }
        if (nucleus.equals("oe") && !(coda.isEmpty() || coda.equals("n") || coda.equals("t"))) {
            return false;
        }
        return spellsOnset(onset, nucleus);
    }

    private static boolean spellsOnset(String onset, String nucleus) {
        boolean front = "ieêy".indexOf(nucleus.charAt(0)) >= 0;
        if (BEFORE_FRONT_ONLY.contains(onset) && !front) {
            return false;
        }
        if (onset.equals("g") && nucleus.charAt(0) == 'i') {
            // "g" before "i" is the initial "gi" whose i is also the vowel (gì, gìn); nothing else follows.
            return nucleus.equals("i");
        }
        if (NEVER_BEFORE_FRONT.contains(onset) && front) {
            return false;
        }
        // The sound /kw/ is spelled qu, so c never precedes a gliding o or u (no "coa", "cuy").
        boolean glide = nucleus.length() > 1 && (nucleus.startsWith("o") || nucleus.startsWith("u"))
                && "aăâeêyơ".indexOf(nucleus.charAt(1)) >= 0 && !nucleus.equals("ua");
        if (onset.equals("c") && glide) {
            return false;
        }
        return !(onset.equals("qu") && nucleus.startsWith("u"));
    }

    private static List<Integer> standardIndices(String nucleus, boolean hasCoda) {
        if (nucleus.length() == 1) {
            return List.of(0);
        }
        for (int i = nucleus.length() - 1; i >= 0; i--) {
            if (VietnameseLetters.MARKED_VOWELS.indexOf(nucleus.charAt(i)) >= 0) {
                return List.of(i);
            }
        }
        if (nucleus.length() == 3) {
            return List.of(1);
        }
        if (RISING.contains(nucleus)) {
            return hasCoda ? List.of(1) : List.of(0, 1);
        }
        return List.of(0);
    }

    /**
     * Tells whether the word has at most one tone mark and it sits where spelling rules put it.
     *
     * @return whether the tone placement is standard (old or new style)
     */
    public boolean hasStandardTonePlacement() {
        return tonedIndices.isEmpty()
                || (tonedIndices.size() == 1 && standardToneIndices.contains(tonedIndices.get(0)));
    }

    /**
     * Tells whether the syllable is well formed: standard tone placement, and a final
     * {@code c ch k p t} only with the acute or dot tone.
     *
     * @return whether it is a well-formed Vietnamese syllable
     */
    public boolean isWellFormed() {
        if (!hasStandardTonePlacement()) {
            return false;
        }
        return !CHECKED_CODAS.contains(coda) || tone == Tone.ACUTE || tone == Tone.DOT;
    }

    /**
     * Returns the word with its single tone mark moved to the first standard position.
     *
     * @return the corrected spelling; the word itself when it has no tone mark
     */
    public String withStandardTonePlacement() {
        StringBuilder out = new StringBuilder(VietnameseLetters.stripTones(word));
        if (tone != Tone.NONE) {
            int at = standardToneIndices.get(0);
            out.setCharAt(at, VietnameseLetters.withTone(out.charAt(at), tone));
        }
        return out.toString();
    }

    /**
     * Tells whether a word, NFC, is a well-formed Vietnamese syllable written in lower case, with
     * a capital initial, or in capitals ({@code người}, {@code Người}, {@code NGƯỜI}; not
     * {@code nGười}). In capitals, non-ASCII letters may be lower case, as TCVN3 capital-font
     * text decodes ({@code NGƯờI}).
     *
     * @param word the word
     * @return whether it parses, {@link #isWellFormed()} and has one of the three case patterns
     */
    public static boolean isWellFormed(String word) {
        return hasWordCase(word) && parse(word).map(Syllable::isWellFormed).orElse(false);
    }

    private static boolean hasWordCase(String word) {
        boolean restLower = true;
        boolean restAsciiUpper = true;
        for (int i = 1; i < word.length(); i++) {
            char c = word.charAt(i);
            restLower &= !Character.isUpperCase(c);
            // Capitals set in a TCVN3 capital font keep lower-case codes for toned letters: VớI.
            restAsciiUpper &= c >= 0x80 || !Character.isLowerCase(c);
        }
        return restLower || (restAsciiUpper && !Character.isLowerCase(word.charAt(0)));
    }
}
