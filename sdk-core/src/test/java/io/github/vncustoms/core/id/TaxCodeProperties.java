package io.github.vncustoms.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.error.ErrorCode;
import io.github.vncustoms.core.error.ValidationException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.constraints.IntRange;

final class TaxCodeProperties {

    @Provide
    Arbitrary<TaxCode> taxCodes() {
        return IdentifierArbitraries.taxCodes();
    }

    @Provide
    Arbitrary<TaxCode> enterpriseCodes() {
        return IdentifierArbitraries.enterpriseTaxCodes();
    }

    @Provide
    Arbitrary<TaxCode> branchCodes() {
        return IdentifierArbitraries.branchTaxCodes();
    }

    @Provide
    Arbitrary<Character> printableAscii() {
        return Arbitraries.chars().range(' ', '~');
    }

    @Provide
    Arbitrary<Tuple2<String, String>> nearMissesWithWhitespace() {
        Arbitrary<String> nearMisses = IdentifierArbitraries.nearMisses(taxCodes().map(TaxCode::value), "0123456789-A");
        return IdentifierArbitraries.withDecorations(nearMisses, IdentifierArbitraries.WHITESPACE, false);
    }

    @Property
    void parsing_the_canonical_form_gives_back_the_same_tax_code(@ForAll("taxCodes") TaxCode code) {
        assertThat(TaxCode.parse(code.toString())).isEqualTo(code);
        assertThat(TaxCode.parse(code.digits())).isEqualTo(code);
        assertThat(code.value()).isEqualTo(code.toString());
    }

    @Property
    void every_single_character_substitution_in_an_enterprise_code_is_detected(
            @ForAll("enterpriseCodes") TaxCode code,
            @ForAll @IntRange(min = 0, max = 9) int position,
            @ForAll("printableAscii") char replacement) {
        String value = code.value();
        Assume.that(value.charAt(position) != replacement);

        String changed = value.substring(0, position) + replacement + value.substring(position + 1);

        assertThat(TaxCode.isValid(changed)).as(changed).isFalse();
    }

    @Property
    void a_wrong_digit_in_the_enterprise_part_of_a_branch_code_is_detected(
            @ForAll("branchCodes") TaxCode code,
            @ForAll @IntRange(min = 0, max = 9) int position,
            @ForAll @IntRange(min = 1, max = 9) int shift) {
        String value = code.value();
        char replacement = (char) ('0' + (value.charAt(position) - '0' + shift) % 10);
        String changed = value.substring(0, position) + replacement + value.substring(position + 1);

        assertThatThrownBy(() -> TaxCode.parse(changed))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("Branch tax code " + changed + ": its enterprise part " + changed.substring(0, 10));
    }

    @Property
    void whitespace_anywhere_never_changes_what_a_text_parses_to(
            @ForAll("nearMissesWithWhitespace") Tuple2<String, String> pair) {
        String text = pair.get1();
        String decorated = pair.get2();

        assertThat(TaxCode.isValid(decorated)).as(decorated).isEqualTo(TaxCode.isValid(text));
        if (TaxCode.isValid(text)) {
            assertThat(TaxCode.parse(decorated)).isEqualTo(TaxCode.parse(text));
        }
    }

    @Property
    void the_kind_follows_the_form(@ForAll("taxCodes") TaxCode code) {
        switch (code.kind()) {
            case ENTERPRISE -> assertThat(code.value()).hasSize(10).containsOnlyDigits();
            case BRANCH -> assertThat(code.value()).matches("\\d{10}-\\d{3}");
            case PERSONAL_ID -> assertThat(code.value()).hasSize(12).containsOnlyDigits();
        }
        assertThat(code.parent().isPresent()).isEqualTo(code.kind() == TaxCodeKind.BRANCH);
    }

    @Example
    void published_enterprise_codes_have_the_check_digit_the_weights_give() {
        // 0100109106: 0*31+1*29+0*23+0*19+1*17+0*13+9*7+1*5+0*3 = 114; 114 mod 11 = 4; 10 - 4 = 6.
        assertThat(TaxCode.checkDigit("010010910")).isEqualTo(6);
        assertThat(TaxCode.parse("0100109106").kind()).isEqualTo(TaxCodeKind.ENTERPRISE);
        assertThat(TaxCode.isValid("0101248141")).isTrue();
        assertThat(TaxCode.isValid("0300588569")).isTrue();
        assertThat(TaxCode.isValid("0100112437")).isTrue();
    }

    @Example
    void a_wrong_check_digit_is_reported_with_the_digit_required() {
        assertThatThrownBy(() -> TaxCode.parse("0100109107"))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("taxCode");
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT);
                })
                .hasMessage("Tax code 0100109107 has check digit 7 but its first nine digits require 6");
    }

    @Example
    void a_prefix_whose_weighted_sum_is_divisible_by_eleven_has_no_valid_code() {
        // 1*31+0+0+1*19+0+9*13+1*7+0+8*3 = 198 = 18 * 11, so 10 - 0 = 10: no digit fits.
        assertThat(TaxCode.hasCheckDigit("100109108")).isFalse();
        for (int digit = 0; digit <= 9; digit++) {
            assertThat(TaxCode.isValid("100109108" + digit)).isFalse();
        }
        assertThatThrownBy(() -> TaxCode.parse("1001091080"))
                .hasMessageContaining("divisible by 11")
                .hasMessageContaining("never issued");
        assertThatThrownBy(() -> TaxCode.checkDigit("100109108"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("no check digit exists");
    }

    @Example
    void a_thirteen_character_branch_code_names_its_parent() {
        TaxCode branch = TaxCode.parse("0100109106-001");

        assertThat(branch.kind()).isEqualTo(TaxCodeKind.BRANCH);
        assertThat(branch.parent()).contains(TaxCode.parse("0100109106"));
        assertThat(branch.digits()).isEqualTo("0100109106001");
        assertThat(TaxCode.parse("0100109106001")).isEqualTo(branch);
        assertThat(TaxCode.parse("0100109106").branch(1)).isEqualTo(branch);
        assertThat(TaxCode.parse("0100109106").parent()).isEmpty();
    }

    @Example
    void branch_number_000_is_rejected() {
        assertThatThrownBy(() -> TaxCode.parse("0100109106-000"))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Branch tax code 0100109106-000 has branch number 000, which is never issued; "
                        + "expected a branch number 001-999");
        assertThat(TaxCode.isValid("0100109106000")).isFalse();
    }

    @Example
    void a_branch_of_an_invalid_enterprise_code_is_rejected() {
        assertThatThrownBy(() -> TaxCode.parse("0100109107-001"))
                .hasMessage("Branch tax code 0100109107-001: its enterprise part 0100109107 has check digit 7 "
                        + "but its first nine digits require 6");
    }

    @Example
    void a_twelve_digit_personal_id_is_a_tax_code_when_its_province_code_is_001_to_096() {
        assertThat(TaxCode.parse("001085012345").kind()).isEqualTo(TaxCodeKind.PERSONAL_ID);
        assertThat(TaxCode.isValid("096185012345")).isTrue();
        assertThatThrownBy(() -> TaxCode.parse("097085012345"))
                .hasMessage("Personal ID number 097085012345 starts with province code 097; "
                        + "expected a personal ID number starting with a province code 001-096");
        assertThat(TaxCode.isValid("000085012345")).isFalse();
    }

    @Example
    void malformed_input_is_reported_with_what_was_expected() {
        assertThatThrownBy(() -> TaxCode.parse("01001091"))
                .hasMessage("Tax code '01001091' has 8 digits; expected 10 digits (enterprise), 10 digits, "
                        + "a hyphen and 3 digits (branch, as in 0100109106-001) or 12 digits (personal ID number)");
        assertThatThrownBy(() -> TaxCode.parse("01001O9106"))
                .hasMessage("Tax code '01001O9106' has 'O' at position 6; "
                        + "expected only digits, and a hyphen only before a branch number");
        assertThatThrownBy(() -> TaxCode.parse("01001-09106"))
                .hasMessageStartingWith("Tax code '01001-09106' has a hyphen at position 6; expected one only between");
        assertThatThrownBy(() -> TaxCode.parse("  "))
                .hasMessageStartingWith("Tax code is empty; expected 10 digits");
    }

    @Example
    void whitespace_is_ignored_but_null_is_not_a_tax_code() {
        assertThat(TaxCode.parse(" 0100 109 106\u00A0")).hasToString("0100109106");
        assertThat(TaxCode.parse("0100109106 - 001")).hasToString("0100109106-001");
        assertThat(TaxCode.isValid(null)).isFalse();
        assertThatThrownBy(() -> TaxCode.parse(null)).isInstanceOf(NullPointerException.class);
    }

    @Example
    void only_an_enterprise_code_has_branches_and_they_are_numbered_1_to_999() {
        TaxCode enterprise = TaxCode.parse("0100109106");

        assertThat(enterprise.branch(999)).hasToString("0100109106-999");
        assertThatThrownBy(() -> enterprise.branch(0)).hasMessage("Branch number 0 is out of range; expected 1-999");
        assertThatThrownBy(() -> enterprise.branch(1000)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> enterprise.branch(1).branch(2))
                .hasMessage("Tax code 0100109106-001 is a BRANCH code; expected an ENTERPRISE code to derive a branch code from");
        assertThatThrownBy(() -> TaxCode.checkDigit("12345678"))
                .hasMessage("Tax code prefix '12345678' is not nine digits; expected exactly nine ASCII digits");
    }
}
