package io.github.vncustoms.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/** STA-04: Vietnamese text is Unicode NFC per TCVN 6909:2001, checked with reasons, folded for search. */
final class VietnameseTextTest {

    @Test
    void decomposed_input_becomes_precomposed_nfc() {
        String decomposed = "Ha\u0309i Quan Vie\u0302\u0323t Nam";
        assertThat(VietnameseText.isNormalized(decomposed)).isFalse();
        assertThat(VietnameseText.normalize(decomposed)).isEqualTo("Hải Quan Việt Nam").hasSize(17);
        assertThat(VietnameseText.isNormalized("Hải Quan Việt Nam")).isTrue();
    }

    @Test
    void folding_removes_tones_and_vowel_marks_and_turns_d_with_stroke_into_d() {
        assertThat(VietnameseText.fold("Đường Hải Quan")).isEqualTo("Duong Hai Quan");
        assertThat(VietnameseText.fold("ăâêôơưđ ĂÂÊÔƠƯĐ ấầẩẫậ")).isEqualTo("aaeooud AAEOOUD aaaaa");
        assertThat(VietnameseText.fold("Ðỗ")).as("Latin capital eth, often typed for Đ").isEqualTo("Do");
    }

    @Test
    void folding_can_lower_case_so_hai_quan_matches() {
        assertThat(VietnameseText.foldLowerCase("Đường Hải Quan")).isEqualTo("duong hai quan");
        assertThat(VietnameseText.matchesIgnoringDiacritics("Hải Quan", "hai quan")).isTrue();
        assertThat(VietnameseText.matchesIgnoringDiacritics(" Hải   Quan ", "HAI QUAN")).isTrue();
        assertThat(VietnameseText.matchesIgnoringDiacritics("Hải Quan", "hai quang")).isFalse();
        assertThat(VietnameseText.searchKey("  Nguyễn\u00A0Văn\tAn ")).isEqualTo("nguyen van an");
    }

    @Test
    void well_formed_text_has_no_problems() {
        TextReport report = VietnameseText.check("Cục Hải quan thành phố Hồ Chí Minh: tờ khai số 101, "
                + "hàng hóa xuất khẩu qua cửa khẩu Lạng Sơn.\nNgười khai: Nguyễn Văn An.\tThuở ấy, khuya.");
        assertThat(report.problems()).isEmpty();
        assertThat(report.isWellFormed()).isTrue();
    }

    @Test
    void old_and_new_tone_placement_are_both_accepted() {
        assertThat(VietnameseText.check("hòa hoà thúy thuý khỏe khoẻ hoàn quý giữa giếng").isWellFormed()).isTrue();
    }

    @Test
    void a_decomposed_letter_is_reported_with_its_position_and_expected_form() {
        TextReport report = VietnameseText.check("Ha\u0309i");
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(TextProblemKind.NOT_NFC);
            assertThat(p.index()).isEqualTo(1);
            assertThat(p.length()).isEqualTo(2);
            assertThat(p.found()).isEqualTo("a\u0309");
            assertThat(p.explanation()).contains("'ả' (U+1EA3)");
        });
    }

    @Test
    void a_combining_mark_after_a_space_or_at_the_start_is_lone() {
        TextReport report = VietnameseText.check("\u0301a b \u0300");
        assertThat(report.problemsOf(TextProblemKind.LONE_COMBINING_MARK))
                .extracting(TextProblem::index).containsExactly(0, 5);
    }

    @Test
    void a_combining_mark_no_vietnamese_letter_has_is_reported() {
        TextReport report = VietnameseText.check("b\u0301 \u00E1\u0300");
        assertThat(report.problemsOf(TextProblemKind.UNCOMPOSED_COMBINING_MARK))
                .extracting(TextProblem::index).containsExactly(0, 3);
    }

    @Test
    void control_format_replacement_surrogate_and_private_use_characters_are_reported() {
        TextReport report = VietnameseText.check("a\u0007b\u200Bc\uFFFDd\uD800e\uE000f\tg\r\n");
        assertThat(report.problems()).extracting(TextProblem::kind, TextProblem::index).containsExactly(
                tuple(TextProblemKind.CONTROL_CHARACTER, 1),
                tuple(TextProblemKind.CONTROL_CHARACTER, 3),
                tuple(TextProblemKind.REPLACEMENT_CHARACTER, 5),
                tuple(TextProblemKind.UNPAIRED_SURROGATE, 7),
                tuple(TextProblemKind.PRIVATE_USE_CHARACTER, 9));
    }

    @Test
    void legacy_encoded_words_shown_as_windows_1252_are_suspected_with_their_reading() {
        TextReport report = VietnameseText.check("Haûi quan, H¶i quan, Háº£i quan");
        assertThat(report.problemsOf(TextProblemKind.LEGACY_ENCODING_SUSPECTED))
                .extracting(TextProblem::found).containsExactly("Haûi", "H¶i", "Háº£i");
        assertThat(report.problems().get(0).explanation()).contains("'Hải' in VNI");
        assertThat(report.problemsOf(TextProblemKind.LEGACY_ENCODING_SUSPECTED).get(1).explanation())
                .contains("'Hải' in TCVN3");
    }

    @Test
    void foreign_words_with_latin_1_letters_are_not_suspected() {
        assertThat(VietnameseText.check("Café Müller, déjà vu, año, Hà Nội").isWellFormed()).isTrue();
    }

    @Test
    void a_tone_mark_on_the_wrong_vowel_is_reported_with_the_standard_spelling() {
        TextReport report = VietnameseText.check("hòan thành, gìa, qúy, muá");
        assertThat(report.problemsOf(TextProblemKind.TONE_MARK_POSITION))
                .extracting(TextProblem::found).containsExactly("hòan", "gìa", "qúy", "muá");
        assertThat(report.problems().get(0).explanation()).contains("expected 'hoàn'");
        assertThat(report.problems().get(1).explanation()).contains("expected 'già'");
    }

    @Test
    void two_tone_marks_on_one_syllable_are_reported() {
        TextReport report = VietnameseText.check("hóà");
        assertThat(report.problems()).singleElement()
                .extracting(TextProblem::kind).isEqualTo(TextProblemKind.MULTIPLE_TONE_MARKS);
    }

    @Test
    void words_that_are_not_vietnamese_syllables_are_left_alone() {
        assertThat(VietnameseText.check("Hélène Krông Pắk Đắk Lắk email").isWellFormed()).isTrue();
    }
}
