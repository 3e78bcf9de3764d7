package io.github.vncustoms.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/** STA-04: legacy Vietnamese text (TCVN3, VNI, windows-1258) converts to and from Unicode NFC. */
final class LegacyEncodingRoundTripTest {

    @Test
    void every_lower_case_letter_in_every_tone_round_trips_through_tcvn3_vni_and_cp1258() {
        SoftAssertions softly = new SoftAssertions();
        List<String> letters = new ArrayList<>(VietnameseSamples.lowerVowels());
        letters.addAll(VietnameseSamples.consonants().stream().filter(c -> Character.isLowerCase(c.charAt(0))).toList());
        for (VietnameseEncoding encoding : VietnameseEncoding.values()) {
            for (String letter : letters) {
                softly.assertThat(encoding.decode(encoding.encode(letter))).as("%s via %s", letter, encoding)
                        .isEqualTo(letter);
            }
        }
        softly.assertAll();
        assertThat(letters).hasSize(72 + 17);
    }

    @Test
    void every_capital_in_every_tone_round_trips_through_vni_cp1258_and_utf8() {
        SoftAssertions softly = new SoftAssertions();
        List<String> capitals = new ArrayList<>(VietnameseSamples.upperVowels());
        capitals.addAll(VietnameseSamples.consonants().stream().filter(c -> Character.isUpperCase(c.charAt(0))).toList());
        for (VietnameseEncoding encoding : List.of(VietnameseEncoding.VNI, VietnameseEncoding.CP1258,
                VietnameseEncoding.UTF_8)) {
            for (String letter : capitals) {
                softly.assertThat(encoding.decode(encoding.encode(letter))).as("%s via %s", letter, encoding)
                        .isEqualTo(letter);
            }
        }
        softly.assertAll();
    }

    @Test
    void tcvn3_keeps_untoned_capitals_and_writes_toned_capitals_with_the_lower_case_code() {
        SoftAssertions softly = new SoftAssertions();
        for (String letter : VietnameseSamples.upperVowels()) {
            String back = VietnameseEncoding.TCVN3.decode(VietnameseEncoding.TCVN3.encode(letter));
            String expected = VietnameseSamples.isTonedCapital(letter) ? letter.toLowerCase(Locale.ROOT) : letter;
            softly.assertThat(back).as("TCVN3 round trip of %s", letter).isEqualTo(expected);
        }
        softly.assertAll();
        assertThat(VietnameseEncoding.TCVN3.encode("Ấ")).isEqualTo(VietnameseEncoding.TCVN3.encode("ấ"));
        assertThat(VietnameseEncoding.TCVN3.decode(VietnameseEncoding.TCVN3.encode("ĂÂÊÔƠƯĐ AEIOUY")))
                .isEqualTo("ĂÂÊÔƠƯĐ AEIOUY");
    }

    @Test
    void tcvn3_bytes_match_the_vn3_code_table() {
        assertThat(bytes(VietnameseEncoding.TCVN3, "ă â ê ô ơ ư đ")).containsExactly(
                0xA8, 0x20, 0xA9, 0x20, 0xAA, 0x20, 0xAB, 0x20, 0xAC, 0x20, 0xAD, 0x20, 0xAE);
        assertThat(bytes(VietnameseEncoding.TCVN3, "ĂÂÊÔƠƯĐ")).containsExactly(0xA1, 0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xA7);
        assertThat(bytes(VietnameseEncoding.TCVN3, "àảãáạ")).containsExactly(0xB5, 0xB6, 0xB7, 0xB8, 0xB9);
        assertThat(bytes(VietnameseEncoding.TCVN3, "ằẳẵắặ")).containsExactly(0xBB, 0xBC, 0xBD, 0xBE, 0xC6);
        assertThat(bytes(VietnameseEncoding.TCVN3, "ầẩẫấậ")).containsExactly(0xC7, 0xC8, 0xC9, 0xCA, 0xCB);
        assertThat(bytes(VietnameseEncoding.TCVN3, "èẻẽéẹ")).containsExactly(0xCC, 0xCE, 0xCF, 0xD0, 0xD1);
        assertThat(bytes(VietnameseEncoding.TCVN3, "ềểễếệ")).containsExactly(0xD2, 0xD3, 0xD4, 0xD5, 0xD6);
        assertThat(bytes(VietnameseEncoding.TCVN3, "ìỉĩíị")).containsExactly(0xD7, 0xD8, 0xDC, 0xDD, 0xDE);
        assertThat(bytes(VietnameseEncoding.TCVN3, "òỏõóọ")).containsExactly(0xDF, 0xE1, 0xE2, 0xE3, 0xE4);
        assertThat(bytes(VietnameseEncoding.TCVN3, "ồổỗốộ")).containsExactly(0xE5, 0xE6, 0xE7, 0xE8, 0xE9);
        assertThat(bytes(VietnameseEncoding.TCVN3, "ờởỡớợ")).containsExactly(0xEA, 0xEB, 0xEC, 0xED, 0xEE);
        assertThat(bytes(VietnameseEncoding.TCVN3, "ùủũúụ")).containsExactly(0xEF, 0xF1, 0xF2, 0xF3, 0xF4);
        assertThat(bytes(VietnameseEncoding.TCVN3, "ừửữứự")).containsExactly(0xF5, 0xF6, 0xF7, 0xF8, 0xF9);
        assertThat(bytes(VietnameseEncoding.TCVN3, "ỳỷỹýỵ")).containsExactly(0xFA, 0xFB, 0xFC, 0xFD, 0xFE);
    }

    @Test
    void vni_sequences_match_the_vni_windows_table() {
        VietnameseEncoding vni = VietnameseEncoding.VNI;
        assertThat(vni.encodeFontText("ư ơ đ Đ ê")).isEqualTo("ö ô ñ Ñ eâ");
        assertThat(vni.encodeFontText("á à ả ã ạ")).isEqualTo("aù aø aû aõ aï");
        assertThat(vni.encodeFontText("â ấ ầ ẩ ẫ ậ")).isEqualTo("aâ aá aà aå aã aä");
        assertThat(vni.encodeFontText("ă ắ ằ ẳ ẵ ặ")).isEqualTo("aê aé aè aú aü aë");
        assertThat(vni.encodeFontText("í ì ỉ ĩ ị")).isEqualTo("í ì æ ó ò");
        assertThat(vni.encodeFontText("ý ỳ ỷ ỹ ỵ")).isEqualTo("yù yø yû yõ î");
        assertThat(vni.encodeFontText("ớ ừ ố ệ")).isEqualTo("ôù öø oá eä");
        assertThat(vni.encodeFontText("Á Ấ Ặ Ư Ơ Ỵ Ĩ")).isEqualTo("AÙ AÁ AË Ö Ô Î Ó");
    }

    @Test
    void the_national_motto_copied_from_old_fonts_reads_as_unicode() {
        assertThat(VietnameseEncoding.TCVN3.decodeFontText("Céng hoµ x· héi chñ nghÜa ViÖt Nam"))
                .isEqualTo("Cộng hoà xã hội chủ nghĩa Việt Nam");
        assertThat(VietnameseEncoding.VNI.decodeFontText("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam"))
                .isEqualTo("Cộng hòa xã hội chủ nghĩa Việt Nam");
        assertThat(VietnameseEncoding.UTF_8.decodeFontText("Háº£i quan")).isEqualTo("Hải quan");
    }

    @Test
    void vni_decoding_tolerates_a_mark_in_the_other_case_and_tones_typed_after_i_and_y() {
        assertThat(VietnameseEncoding.VNI.decodeFontText("Aù aÙ iù Iø yï")).isEqualTo("Á á í Ì ỵ");
    }

    @Test
    void cp1258_decoding_composes_combining_tones_to_nfc() {
        byte[] viet = {'V', 'i', (byte) 0xEA, (byte) 0xF2, 't'};
        String decoded = VietnameseEncoding.CP1258.decode(viet);
        assertThat(decoded).isEqualTo("Việt");
        assertThat(Normalizer.isNormalized(decoded, Normalizer.Form.NFC)).isTrue();
        assertThat(VietnameseEncoding.CP1258.decode(new byte[] {'a', (byte) 0xEC})).isEqualTo("á").hasSize(1);
    }

    @Test
    void cp1258_encoding_uses_one_byte_where_the_code_page_has_the_letter_and_a_combining_tone_otherwise() {
        assertThat(bytes(VietnameseEncoding.CP1258, "á")).containsExactly(0xE1);
        assertThat(bytes(VietnameseEncoding.CP1258, "ấ")).containsExactly(0xE2, 0xEC);
        assertThat(bytes(VietnameseEncoding.CP1258, "ợ")).containsExactly(0xF5, 0xF2);
        assertThat(bytes(VietnameseEncoding.CP1258, "ã")).containsExactly('a', 0xDE);
        assertThat(bytes(VietnameseEncoding.CP1258, "Đ")).containsExactly(0xD0);
    }

    @Test
    void utf8_decoding_drops_a_byte_order_mark_and_composes_to_nfc() {
        byte[] withBom = ("\uFEFFHa\u0309i").getBytes(StandardCharsets.UTF_8);
        assertThat(VietnameseEncoding.UTF_8.decode(withBom)).isEqualTo("Hải");
    }

    @Test
    void encoding_normalises_decomposed_input_first() {
        assertThat(VietnameseEncoding.TCVN3.encode("Ha\u0309i")).isEqualTo(VietnameseEncoding.TCVN3.encode("Hải"));
        assertThat(VietnameseEncoding.TCVN3.encode("Hải Quan")).containsExactly(
                0x48, 0xB6, 0x69, 0x20, 0x51, 0x75, 0x61, 0x6E);
    }

    @Test
    void windows_1252_punctuation_passes_through_the_legacy_encodings() {
        for (VietnameseEncoding encoding : VietnameseEncoding.values()) {
            assertThat(encoding.decode(encoding.encode("“Hải” – …"))).as("%s", encoding).isEqualTo("“Hải” – …");
        }
    }

    @Test
    void display_names_are_the_usual_ones() {
        assertThat(VietnameseEncoding.UTF_8.displayName()).isEqualTo("UTF-8");
        assertThat(VietnameseEncoding.CP1258.displayName()).isEqualTo("windows-1258");
    }

    private static int[] bytes(VietnameseEncoding encoding, String text) {
        byte[] raw = encoding.encode(text);
        int[] out = new int[raw.length];
        for (int i = 0; i < raw.length; i++) {
            out[i] = raw[i] & 0xFF;
        }
        return out;
    }
}
