package io.github.vncustoms.core.internal.text;

/**
 * The six Vietnamese tones, declared in dictionary order: none (ngang), grave (huyền),
 * hook (hỏi), tilde (ngã), acute (sắc), dot below (nặng). {@link #ordinal()} is the sort
 * weight. Immutable.
 */
public enum Tone {
    /** No tone mark (thanh ngang). */
    NONE('\0'),
    /** Grave accent, U+0300 (thanh huyền). */
    GRAVE('\u0300'),
    /** Hook above, U+0309 (thanh hỏi). */
    HOOK('\u0309'),
    /** Tilde, U+0303 (thanh ngã). */
    TILDE('\u0303'),
    /** Acute accent, U+0301 (thanh sắc). */
    ACUTE('\u0301'),
    /** Dot below, U+0323 (thanh nặng). */
    DOT('\u0323');

    private final char mark;

    Tone(char mark) {
        this.mark = mark;
    }

    /**
     * Returns the Unicode combining mark of this tone.
     *
     * @return the mark, or {@code '\0'} for {@link #NONE}
     */
    public char mark() {
        return mark;
    }

    /**
     * Tells whether a character is one of the five combining tone marks.
     *
     * @param c the character
     * @return whether it is a tone mark
     */
    public static boolean isToneMark(int c) {
        return c == '\u0300' || c == '\u0309' || c == '\u0303' || c == '\u0301' || c == '\u0323';
    }

    /**
     * Returns the tone a combining mark stands for.
     *
     * @param c a combining tone mark
     * @return the tone, or {@link #NONE} when {@code c} is not a tone mark
     */
    public static Tone ofMark(int c) {
        for (Tone tone : values()) {
            if (tone != NONE && tone.mark == c) {
                return tone;
            }
        }
        return NONE;
    }
}
