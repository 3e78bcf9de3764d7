package io.github.vncustoms.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** STA-04: properties of normalisation, folding and checking. */
final class VietnameseTextProperties {

    @Property
    void normalising_is_idempotent_and_yields_nfc(@ForAll("mixedForms") String text) {
        String once = VietnameseText.normalize(text);
        assertThat(VietnameseText.normalize(once)).isEqualTo(once);
        assertThat(VietnameseText.isNormalized(once)).isTrue();
    }

    @Property
    void folding_is_idempotent(@ForAll("mixedForms") String text) {
        String once = VietnameseText.fold(text);
        assertThat(VietnameseText.fold(once)).isEqualTo(once);
    }

    @Property
    void folding_vietnamese_text_gives_ascii_of_the_same_length(@ForAll("vietnameseText") String text) {
        String folded = VietnameseText.fold(text);
        assertThat(folded.chars()).allMatch(c -> c < 0x80);
        assertThat(folded).hasSameSizeAs(text);
        assertThat(VietnameseText.foldLowerCase(text)).isEqualTo(VietnameseText.foldLowerCase(folded));
    }

    @Property
    void folding_ignores_whether_the_input_was_decomposed(@ForAll("vietnameseText") String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        assertThat(VietnameseText.fold(decomposed)).isEqualTo(VietnameseText.fold(text));
        assertThat(VietnameseText.matchesIgnoringDiacritics(decomposed, VietnameseText.foldLowerCase(text))).isTrue();
    }

    @Property(tries = 200)
    void real_vietnamese_sentences_are_well_formed(@ForAll("sentences") String sentence) {
        assertThat(VietnameseText.check(sentence).problems()).isEmpty();
    }

    @Property(tries = 200)
    void every_decomposed_letter_is_reported_as_not_nfc(@ForAll("sentences") String sentence) {
        String decomposed = Normalizer.normalize(sentence, Normalizer.Form.NFD);
        TextReport report = VietnameseText.check(decomposed);
        // Every non-ASCII Vietnamese letter decomposes, except đ and Đ, which Unicode keeps whole.
        long decomposable = sentence.chars().filter(c -> c >= 0x80 && c != 'đ' && c != 'Đ').count();
        assertThat(report.problemsOf(TextProblemKind.NOT_NFC)).hasSize((int) decomposable);
        for (TextProblem problem : report.problems()) {
            assertThat(decomposed.substring(problem.index(), problem.index() + problem.length()))
                    .isEqualTo(problem.found());
        }
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
    Arbitrary<String> mixedForms() {
        Arbitrary<String> nfd = VietnameseSamples.vietnameseText().map(s -> Normalizer.normalize(s, Normalizer.Form.NFD));
        Arbitrary<String> marks = Arbitraries.strings().withChars("ab \u0300\u0301\u0302\u0303\u0309\u0323\u031B\u0306đĐ")
                .ofMaxLength(20);
        return Arbitraries.oneOf(VietnameseSamples.vietnameseText(), nfd, marks, Arbitraries.strings().ofMaxLength(20));
    }
}
