package io.github.vncustoms.core.text;

/**
 * The kinds of problem {@link VietnameseText#check(String)} reports. Each constant documents the
 * exact rule. Immutable.
 */
public enum TextProblemKind {
    /**
     * A base character and the combining marks after it are not in Unicode NFC, e.g.
     * {@code a} + U+0301 instead of {@code á}; reported once per such sequence, with the NFC form
     * expected. TCVN 6909:2001 text uses precomposed letters.
     */
    NOT_NFC,
    /**
     * A combining mark with nothing to combine with: at the start of the text or right after
     * white space, a control character or an invisible format character.
     */
    LONE_COMBINING_MARK,
    /**
     * A combining mark that stays separate even in NFC, e.g. an acute on {@code b} or on a digit,
     * or a second tone on {@code á}: no Vietnamese letter has it.
     */
    UNCOMPOSED_COMBINING_MARK,
    /**
     * A control character other than tab, line feed and carriage return, or an invisible format
     * character (soft hyphen, zero-width space, byte-order mark, direction marks).
     */
    CONTROL_CHARACTER,
    /** U+FFFD, left by an earlier decoder where it could not read a byte. */
    REPLACEMENT_CHARACTER,
    /** A UTF-16 surrogate without its partner: the text was cut or joined in the wrong place. */
    UNPAIRED_SURROGATE,
    /** A private-use character, typically left by converting text set in a symbol or legacy font. */
    PRIVATE_USE_CHARACTER,
    /**
     * A word made only of characters that windows-1252 or Latin-1 can show, which is not
     * Vietnamese as it stands but is a well-formed Vietnamese syllable once its characters are
     * read back as bytes and decoded as UTF-8, TCVN3, VNI or windows-1258: mojibake such as
     * {@code Haûi} (VNI), {@code H¶i} (TCVN3) or {@code HÃ¡i} (UTF-8 read as windows-1252).
     */
    LEGACY_ENCODING_SUSPECTED,
    /**
     * A word whose letters spell a Vietnamese syllable but whose one tone mark is on a vowel that
     * neither the old nor the new placement rule uses, e.g. {@code hòan} for {@code hoàn}.
     */
    TONE_MARK_POSITION,
    /** A word whose letters spell a Vietnamese syllable but that carries more than one tone mark. */
    MULTIPLE_TONE_MARKS
}
