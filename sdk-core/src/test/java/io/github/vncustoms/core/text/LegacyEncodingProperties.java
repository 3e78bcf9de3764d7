package io.github.vncustoms.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** STA-04: properties of the legacy encodings and of their detection. */
final class LegacyEncodingProperties {

    @Property(tries = 300)
    void vietnamese_text_round_trips_exactly_through_vni_cp1258_and_utf8(@ForAll("vietnameseText") String text) {
        for (VietnameseEncoding encoding : new VietnameseEncoding[] {
                VietnameseEncoding.VNI, VietnameseEncoding.CP1258, VietnameseEncoding.UTF_8}) {
            assertThat(encoding.decode(encoding.encode(text))).as("%s", encoding).isEqualTo(text);
        }
    }

    @Property(tries = 300)
    void vietnamese_text_round_trips_through_tcvn3_with_toned_capitals_lowered(@ForAll("vietnameseText") String text) {
        String back = VietnameseEncoding.TCVN3.decode(VietnameseEncoding.TCVN3.encode(text));
        assertThat(back).isEqualTo(VietnameseSamples.tcvn3RoundTrip(text));
    }

    @Property(tries = 200)
    void font_text_carries_the_same_bytes(@ForAll("vietnameseText") String text, @ForAll VietnameseEncoding encoding) {
        assertThat(encoding.decodeFontText(encoding.encodeFontText(text)))
                .isEqualTo(encoding.decode(encoding.encode(text)));
        assertThat(encoding.encodeFontText(text)).hasSize(encoding.encode(text).length);
    }

    @Property(tries = 300)
    void cp1258_decoding_always_yields_nfc(@ForAll("cp1258Bytes") byte[] bytes) {
        String text = VietnameseEncoding.CP1258.decode(bytes);
        assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
    }

    @Property(tries = 150)
    void detection_picks_the_encoding_a_sentence_was_written_in(@ForAll("sentences") String sentence,
            @ForAll VietnameseEncoding encoding) {
        byte[] bytes = encoding.encode(sentence);
        EncodingDetection detection = VietnameseEncodingDetector.detect(bytes);
        assertThat(detection.encoding()).as(detection.explanation()).isEqualTo(encoding);
        assertThat(detection.text()).isEqualTo(encoding.decode(bytes));
        assertThat(detection.confidence()).isPositive();
    }

    @Property(tries = 100)
    void detection_from_font_text_picks_the_encoding_too(@ForAll("sentences") String sentence,
            @ForAll VietnameseEncoding encoding) {
        EncodingDetection detection = VietnameseEncodingDetector.detectFontText(encoding.encodeFontText(sentence));
        assertThat(detection.encoding()).as(detection.explanation()).isEqualTo(encoding);
    }

    @Provide
    Arbitrary<String> vietnameseText() {
        return VietnameseSamples.vietnameseText();
    }

    @Provide
    Arbitrary<String> sentences() {
        return VietnameseSamples.sentences();
    }

    @Provide
    Arbitrary<byte[]> cp1258Bytes() {
        // Every byte windows-1258 defines: all but 0x81, 0x8A, 0x8D..0x90, 0x9A, 0x9D, 0x9E.
        Arbitrary<Byte> defined = Arbitraries.bytes().filter(b -> {
            int v = b & 0xFF;
            return v != 0x81 && v != 0x8A && !(v >= 0x8D && v <= 0x90) && v != 0x9A && v != 0x9D && v != 0x9E;
        });
        return defined.array(byte[].class).ofMaxSize(40);
    }
}
