package io.github.vncustoms.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.error.ValidationException;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple.Tuple2;

final class HsCodeProperties {

    @Provide
    Arbitrary<HsCode> hsCodes() {
        return IdentifierArbitraries.hsCodes();
    }

    @Provide
    Arbitrary<Tuple2<String, String>> nearMissesDecorated() {
        Arbitrary<String> nearMisses = IdentifierArbitraries.nearMisses(hsCodes().map(HsCode::value), "0123456789.-A");
        return IdentifierArbitraries.withDecorations(nearMisses, IdentifierArbitraries.WHITESPACE + ".", false);
    }

    @Property
    void parsing_the_canonical_or_dotted_form_gives_back_the_same_code(@ForAll("hsCodes") HsCode code) {
        assertThat(HsCode.parse(code.toString())).isEqualTo(code);
        assertThat(HsCode.parse(code.formatted())).isEqualTo(code);
        assertThat(code.value()).hasSize(code.level().digits());
    }

    @Property
    void dots_and_spaces_never_change_what_a_text_parses_to(@ForAll("nearMissesDecorated") Tuple2<String, String> pair) {
        String text = pair.get1();
        String decorated = pair.get2();

        assertThat(HsCode.isValid(decorated)).as(decorated).isEqualTo(HsCode.isValid(text));
        if (HsCode.isValid(text)) {
            assertThat(HsCode.parse(decorated)).isEqualTo(HsCode.parse(text));
        }
    }

    @Property
    void a_code_lies_within_its_heading_its_subheading_and_itself(@ForAll("hsCodes") HsCode code) {
        assertThat(code.isWithin(code)).isTrue();
        assertThat(code.isWithin(code.heading())).isTrue();
        code.subheading().ifPresent(subheading -> assertThat(code.isWithin(subheading)).isTrue());
        assertThat(code.heading().chapter()).isEqualTo(code.chapter());
    }

    @Property
    void a_code_lies_within_another_exactly_when_the_other_is_a_prefix(
            @ForAll("hsCodes") HsCode code, @ForAll("hsCodes") HsCode other) {
        assertThat(code.isWithin(other)).isEqualTo(code.value().startsWith(other.value()));
        if (code.isWithin(other) && other.isWithin(code)) {
            assertThat(code).isEqualTo(other);
        }
    }

    @Example
    void a_dotted_national_line_parses_to_its_eight_digits() {
        HsCode code = HsCode.parse("8471.30.20");

        assertThat(code).hasToString("84713020");
        assertThat(code.level()).isEqualTo(HsCodeLevel.NATIONAL_LINE);
        assertThat(code.chapter()).isEqualTo(84);
        assertThat(code.heading()).isEqualTo(HsCode.parse("8471"));
        assertThat(code.subheading()).contains(HsCode.parse("8471.30"));
        assertThat(code.formatted()).isEqualTo("8471.30.20");
        assertThat(code.isWithin(HsCode.parse("847130"))).isTrue();
        assertThat(code.isWithin(HsCode.parse("8472"))).isFalse();
    }

    @Example
    void headings_and_subheadings_parse_at_their_own_level() {
        assertThat(HsCode.parse("8471.30").level()).isEqualTo(HsCodeLevel.SUBHEADING);
        assertThat(HsCode.parse("0409.00").formatted()).isEqualTo("0409.00");
        HsCode heading = HsCode.parse("8471");
        assertThat(heading.level()).isEqualTo(HsCodeLevel.HEADING);
        assertThat(heading.subheading()).isEmpty();
        assertThat(heading.isWithin(HsCode.parse("84713020"))).isFalse();
    }

    @Example
    void chapter_77_is_reserved_and_rejected() {
        assertThatThrownBy(() -> HsCode.parse("7701"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("hsCode"))
                .hasMessage("HS code 7701 is in chapter 77, which the Harmonized System reserves and leaves empty; "
                        + "expected a chapter 01-97 other than 77");
    }

    @Example
    void chapters_outside_01_to_97_are_rejected() {
        assertThatThrownBy(() -> HsCode.parse("9801.00.10"))
                .hasMessage("HS code 98010010 is in chapter 98; expected a chapter 01-97 (other than 77)");
        assertThat(HsCode.isValid("0001")).isFalse();
        assertThat(HsCode.isValid("9903.00")).isFalse();
        assertThat(HsCode.isValid("9706.90.00")).isTrue();
        assertThat(HsCode.isValid("0101")).isTrue();
    }

    @Example
    void malformed_input_is_reported_with_what_was_expected() {
        assertThatThrownBy(() -> HsCode.parse("84713"))
                .hasMessage("HS code '84713' has 5 digits; expected 4 digits (heading), 6 (subheading) or "
                        + "8 (national line), as in 8471, 8471.30 or 8471.30.20");
        assertThatThrownBy(() -> HsCode.parse("8471.3O.20"))
                .hasMessage("HS code '84713O20' has 'O' at position 6 (dots and spaces ignored); expected digits only");
        assertThatThrownBy(() -> HsCode.parse("8400"))
                .hasMessage("HS code 8400 has heading number 00 in chapter 84; expected a heading number 01-99, as in 8401");
        assertThat(HsCode.isValid(null)).isFalse();
        assertThatThrownBy(() -> HsCode.parse(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> HsCode.parse("8471").isWithin(null)).isInstanceOf(NullPointerException.class);
    }
}
