package io.github.vncustoms.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** STA-04: names and words sort in Vietnamese alphabetical order. */
final class VietnameseCollatorTest {
    private final VietnameseCollator collator = VietnameseCollator.create();

    @Test
    void letters_follow_the_vietnamese_alphabet_so_d_comes_before_d_with_stroke() {
        assertSorts("An", "Ăn", "Ân", "Bình", "Dũng", "Đào", "Em", "Êm", "Giang", "Oanh", "Ông", "Ơn", "Uyên", "Ưng", "Yến");
    }

    @Test
    void tones_sort_none_grave_hook_tilde_acute_dot() {
        assertSorts("ma", "mà", "mả", "mã", "má", "mạ", "mac");
    }

    @Test
    void digraphs_are_compared_letter_by_letter() {
        assertSorts("Cao", "Chu", "Cúc", "Nga", "Ngô", "Nhung", "Nội");
    }

    @Test
    void words_are_compared_one_at_a_time_like_dictionary_syllables() {
        assertSorts("An", "An Bình", "Anh", "ba lô", "bà con");
    }

    @Test
    void case_only_breaks_ties_with_lower_case_first() {
        assertSorts("an", "An", "AN", "ăn");
        assertThat(collator.compare("hải quan", "Hải Quan")).isNegative();
    }

    @Test
    void punctuation_sorts_before_digits_before_letters() {
        assertSorts("-", "1 tháng", "2 tháng", "Ai");
    }

    @Test
    void decomposed_text_sorts_next_to_its_precomposed_twin_but_only_equal_strings_compare_as_zero() {
        assertThat(collator.compare("Ha\u0309i", "Hải")).isNotZero();
        assertThat(collator.compare("Hải", "Hải")).isZero();
        assertSorts("Hai", "Hài", "Hải", "Hãi", "Hại");
        assertThat(collator.compare("Ha\u0309i", "Hãi")).isNegative();
        assertThat(collator.compare("Ha\u0309i", "Hài")).isPositive();
    }

    private void assertSorts(String... expected) {
        List<String> shuffled = new ArrayList<>(List.of(expected));
        Collections.shuffle(shuffled, new Random(7));
        shuffled.sort(collator);
        assertThat(shuffled).containsExactly(expected);
    }
}
