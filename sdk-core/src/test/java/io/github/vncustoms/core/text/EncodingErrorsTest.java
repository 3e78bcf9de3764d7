package io.github.vncustoms.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.error.ErrorCode;
import io.github.vncustoms.core.error.ValidationException;
import org.junit.jupiter.api.Test;

/** STA-04: bad input to the encodings fails with a message saying what was wrong and what was expected. */
final class EncodingErrorsTest {

    @Test
    void a_byte_tcvn3_leaves_unassigned_is_named_with_its_offset() {
        byte[] bytes = {'a', 'b', 'c', (byte) 0xC0};
        assertThatThrownBy(() -> VietnameseEncoding.TCVN3.decode(bytes))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("0xC0").hasMessageContaining("offset 3").hasMessageContaining("expected")
                .satisfies(e -> {
                    ValidationException v = (ValidationException) e;
                    assertThat(v.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
                    assertThat(v.field()).isEqualTo("bytes");
                });
    }

    @Test
    void a_vni_mark_byte_after_no_letter_it_can_mark_is_rejected() {
        assertThatThrownBy(() -> VietnameseEncoding.VNI.decodeFontText("Hù"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("0xF9").hasMessageContaining("offset 1").hasMessageContaining("expected");
    }

    @Test
    void malformed_utf8_is_rejected() {
        assertThatThrownBy(() -> VietnameseEncoding.UTF_8.decode(new byte[] {'H', (byte) 0xE1, 'i'}))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("offset 1").hasMessageContaining("well-formed UTF-8");
    }

    @Test
    void a_byte_windows_1258_leaves_undefined_is_rejected() {
        assertThatThrownBy(() -> VietnameseEncoding.CP1258.decode(new byte[] {(byte) 0x8A}))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("0x8A").hasMessageContaining("windows-1258");
    }

    @Test
    void a_character_an_encoding_cannot_write_is_named_with_its_index() {
        assertThatThrownBy(() -> VietnameseEncoding.TCVN3.encode("Hải ç"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("'ç' (U+00E7)").hasMessageContaining("index 4").hasMessageContaining("TCVN3")
                .hasMessageContaining("expected");
        assertThatThrownBy(() -> VietnameseEncoding.VNI.encode("ç"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("U+00E7");
        assertThatThrownBy(() -> VietnameseEncoding.CP1258.encode("Hà 中"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("U+4E2D").hasMessageContaining("index 3");
        assertThatThrownBy(() -> VietnameseEncoding.UTF_8.encode("a\uD800"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("U+D800");
    }

    @Test
    void font_text_holding_a_character_no_byte_shows_as_is_rejected() {
        assertThatThrownBy(() -> VietnameseEncoding.VNI.decodeFontText("Hải"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("'ả' (U+1EA3)").hasMessageContaining("index 1")
                .satisfies(e -> assertThat(((ValidationException) e).field())
                        .isEqualTo("fontText"));
        assertThatThrownBy(() -> VietnameseEncodingDetector.detectFontText("Việt"))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void nulls_are_rejected_with_a_null_pointer_exception() {
        for (VietnameseEncoding encoding : VietnameseEncoding.values()) {
            assertThatNullPointerException().isThrownBy(() -> encoding.decode(null));
            assertThatNullPointerException().isThrownBy(() -> encoding.decodeFontText(null));
            assertThatNullPointerException().isThrownBy(() -> encoding.encode(null));
            assertThatNullPointerException().isThrownBy(() -> encoding.encodeFontText(null));
        }
        assertThatNullPointerException().isThrownBy(() -> VietnameseEncodingDetector.detect(null));
        assertThatNullPointerException().isThrownBy(() -> VietnameseEncodingDetector.detectFontText(null));
        assertThatNullPointerException().isThrownBy(() -> VietnameseText.normalize(null));
        assertThatNullPointerException().isThrownBy(() -> VietnameseText.fold(null));
        assertThatNullPointerException().isThrownBy(() -> VietnameseText.check(null));
        assertThatNullPointerException().isThrownBy(() -> VietnameseCollator.create().compare(null, "a"));
        assertThatNullPointerException().isThrownBy(() -> VietnameseNameOrder.givenNameFirst().compare("a", null));
    }
}
