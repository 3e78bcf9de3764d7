package io.github.vncustoms.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import org.junit.jupiter.api.Test;

/** STA-04: text whose encoding the caller does not know is recognised, with an explanation. */
final class EncodingDetectionTest {

    @Test
    void vni_font_text_is_recognised_and_decoded() {
        EncodingDetection found = VietnameseEncodingDetector.detectFontText("Ngöôøi khai haûi quan Nguyeãn Vaên An");
        assertThat(found.encoding()).isEqualTo(VietnameseEncoding.VNI);
        assertThat(found.text()).isEqualTo("Người khai hải quan Nguyễn Văn An");
        assertThat(found.explanation()).startsWith("VNI fits best: 4 of 4 words");
        assertThat(found.confidence()).as("4 judged words, runner-up 0").isCloseTo(0.8, within(1e-9));
    }

    @Test
    void tcvn3_font_text_is_recognised_and_decoded() {
        EncodingDetection found = VietnameseEncodingDetector.detectFontText("Tê khai h¶i quan hµng ho¸ xuÊt khÈu");
        assertThat(found.encoding()).isEqualTo(VietnameseEncoding.TCVN3);
        assertThat(found.text()).isEqualTo("Tờ khai hải quan hàng hoá xuất khẩu");
    }

    @Test
    void utf8_read_as_windows_1252_is_recognised() {
        EncodingDetection found = VietnameseEncodingDetector.detectFontText("Háº£i quan Viá»‡t Nam");
        assertThat(found.encoding()).isEqualTo(VietnameseEncoding.UTF_8);
        assertThat(found.text()).isEqualTo("Hải quan Việt Nam");
    }

    @Test
    void windows_1258_bytes_are_recognised() {
        byte[] bytes = VietnameseEncoding.CP1258.encode("Cục Hải quan thành phố Hồ Chí Minh");
        EncodingDetection found = VietnameseEncodingDetector.detect(bytes);
        assertThat(found.encoding()).isEqualTo(VietnameseEncoding.CP1258);
        assertThat(found.text()).isEqualTo("Cục Hải quan thành phố Hồ Chí Minh");
    }

    @Test
    void pure_ascii_is_reported_as_utf8_with_full_confidence() {
        EncodingDetection found = VietnameseEncodingDetector.detect("Hai quan".getBytes(StandardCharsets.US_ASCII));
        assertThat(found.encoding()).isEqualTo(VietnameseEncoding.UTF_8);
        assertThat(found.confidence()).isEqualTo(1.0);
        assertThat(found.text()).isEqualTo("Hai quan");
        assertThat(found.explanation()).contains("ASCII");
    }

    @Test
    void every_encoding_is_a_candidate_and_the_best_comes_first() {
        EncodingDetection found = VietnameseEncodingDetector.detectFontText("Ngöôøi khai haûi quan");
        assertThat(found.candidates()).extracting(EncodingCandidate::encoding)
                .containsExactlyInAnyOrder(VietnameseEncoding.values());
        assertThat(found.candidates()).isSortedAccordingTo(
                Comparator.comparingDouble(EncodingCandidate::score).reversed());
        assertThat(found.best().encoding()).isEqualTo(found.encoding());
        assertThat(found.best().explanation()).contains("2 of 2 words");
    }

    @Test
    void a_stray_undecodable_byte_is_counted_and_shown_as_a_replacement_character() {
        byte[] good = VietnameseEncoding.TCVN3.encode("Tờ khai hải quan hàng hoá xuất khẩu ");
        byte[] bytes = Arrays.copyOf(good, good.length + 1);
        bytes[good.length] = (byte) 0xC0;
        EncodingDetection found = VietnameseEncodingDetector.detect(bytes);
        assertThat(found.encoding()).isEqualTo(VietnameseEncoding.TCVN3);
        assertThat(found.best().undecodable()).isEqualTo(1);
        assertThat(found.text()).endsWith("\uFFFD");
        assertThat(found.best().explanation()).contains("0xC0");
    }

    @Test
    void a_single_ambiguous_word_gives_low_confidence() {
        // "cô" in VNI is "cơ"; the same bytes in TCVN3 read "cụ": both are Vietnamese words.
        EncodingDetection found = VietnameseEncodingDetector.detectFontText("cô");
        assertThat(found.confidence()).isLessThan(0.5);
    }
}
