package io.github.vncustoms.core.internal.text;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The Vietnamese letter model: 29 letters, of which 12 vowels take one of five tone marks.
 *
 * <p>A toned letter such as {@code ấ} is seen as a base letter ({@code â}, keeping its vowel
 * mark) plus a {@link Tone}. The tables are derived once from Unicode canonical composition, so
 * they cannot drift from the standard. Immutable and thread-safe.
 */
public final class VietnameseLetters {
    /** The 12 vowel letters, lower case, in alphabet order. */
    public static final String VOWELS = "aăâeêioôơuưy";
    /** The 29 letters of the Vietnamese alphabet, lower case, in alphabet order. */
    public static final String ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxy";
    /** Vowel letters that carry a vowel mark (breve, circumflex or horn). */
    public static final String MARKED_VOWELS = "ăâêôơư";

    /** Toned letter (both cases) to its toneless base letter. */
    private static final Map<Character, Character> BASES;
    /** Toned letter (both cases) to its tone. */
    private static final Map<Character, Tone> TONES;
    /** Base letter (both cases) to its six forms, indexed by tone ordinal. */
    private static final Map<Character, String> FORMS;

    static {
        Map<Character, Character> bases = new HashMap<>();
        Map<Character, Tone> tones = new HashMap<>();
        Map<Character, String> forms = new HashMap<>();
        String both = VOWELS + VOWELS.toUpperCase(Locale.ROOT);
        for (char base : both.toCharArray()) {
            StringBuilder six = new StringBuilder().append(base);
            for (Tone tone : Tone.values()) {
                if (tone == Tone.NONE) {
                    continue;
                }
                String composed = Normalizer.normalize(String.valueOf(base) + tone.mark(), Normalizer.Form.NFC);
                if (composed.length() != 1) {
                    throw new IllegalStateException("Unicode has no precomposed form of " + base + " with " + tone);
                }
                char toned = composed.charAt(0);
                bases.put(toned, base);
                tones.put(toned, tone);
                six.append(toned);
            }
            forms.put(base, six.toString());
        }
        BASES = Map.copyOf(bases);
        TONES = Map.copyOf(tones);
        FORMS = Map.copyOf(forms);
    }

    private VietnameseLetters() {}

    /**
     * Returns the letter without its tone mark, keeping case and vowel mark.
     *
     * @param c a character (one UTF-16 unit)
     * @return the base letter, or {@code c} itself when it carries no Vietnamese tone
     */
    public static char base(char c) {
        Character base = BASES.get(c);
        return base == null ? c : base;
    }

    /**
     * Returns the tone a precomposed letter carries.
     *
     * @param c a character
     * @return the tone, {@link Tone#NONE} for anything that is not a toned vowel
     */
    public static Tone tone(char c) {
        Tone tone = TONES.get(c);
        return tone == null ? Tone.NONE : tone;
    }

    /**
     * Returns a vowel letter carrying a tone.
     *
     * @param base a toneless vowel letter, either case (any character when {@code tone} is NONE)
     * @param tone the tone to add
     * @return the precomposed letter; {@code base} itself for {@link Tone#NONE}
     * @throws IllegalArgumentException if a tone is asked of a character that is not a toneless vowel
     */
    public static char withTone(char base, Tone tone) {
        if (tone == Tone.NONE) {
            return base;
        }
        String six = FORMS.get(base);
        if (six == null) {
            throw new IllegalArgumentException("not a toneless Vietnamese vowel: " + base);
        }
        return six.charAt(tone.ordinal());
    }

    /**
     * Tells whether a character is a Vietnamese vowel letter, with or without tone, either case.
     *
     * @param c a character
     * @return whether it is one of the 12 vowels in any of its 6 tones
     */
    public static boolean isVowel(char c) {
        return VOWELS.indexOf(Character.toLowerCase(base(c))) >= 0;
    }

    /**
     * Tells whether a character is one of the 29 Vietnamese letters, in any tone and case.
     *
     * @param c a character
     * @return whether it is a Vietnamese letter ({@code f j w z} are not)
     */
    public static boolean isVietnameseLetter(char c) {
        return ALPHABET.indexOf(Character.toLowerCase(base(c))) >= 0;
    }

    /**
     * Removes the tone from every letter of a string, keeping vowel marks and case.
     *
     * @param text NFC text
     * @return the text with toneless letters
     */
    public static String stripTones(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            out.append(base(text.charAt(i)));
        }
        return out.toString();
    }
}
