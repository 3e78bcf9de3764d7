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
import net.jqwik.api.constraints.IntRange;

final class DeclarationNumberProperties {

    @Provide
    Arbitrary<DeclarationNumber> declarationNumbers() {
        return IdentifierArbitraries.declarationNumbers();
    }

    @Provide
    Arbitrary<Tuple2<String, String>> nearMissesDecorated() {
        Arbitrary<String> nearMisses = IdentifierArbitraries.nearMisses(
                declarationNumbers().map(DeclarationNumber::value), "0123456789-/A");
        return IdentifierArbitraries.withDecorations(nearMisses, IdentifierArbitraries.WHITESPACE, false);
    }

    @Property
    void parsing_the_canonical_form_gives_back_the_same_number(@ForAll("declarationNumbers") DeclarationNumber number) {
        assertThat(DeclarationNumber.parse(number.toString())).isEqualTo(number);
        assertThat(DeclarationNumber.of(number.baseNumber(), number.amendmentCount())).isEqualTo(number);
    }

    @Property
    void an_amendment_keeps_the_base_number_and_sets_the_twelfth_digit(
            @ForAll("declarationNumbers") DeclarationNumber number, @ForAll @IntRange(min = 0, max = 9) int count) {
        DeclarationNumber amended = number.withAmendment(count);

        assertThat(amended.baseNumber()).isEqualTo(number.baseNumber());
        assertThat(amended.amendmentCount()).isEqualTo(count);
        assertThat(amended.value()).isEqualTo(number.baseNumber() + count);
    }

    @Property
    void whitespace_never_changes_what_a_text_parses_to(@ForAll("nearMissesDecorated") Tuple2<String, String> pair) {
        String text = pair.get1();
        String decorated = pair.get2();

        assertThat(DeclarationNumber.isValid(decorated)).as(decorated).isEqualTo(DeclarationNumber.isValid(text));
        if (DeclarationNumber.isValid(text)) {
            assertThat(DeclarationNumber.parse(decorated)).isEqualTo(DeclarationNumber.parse(text));
        }
    }

    @Example
    void the_twelfth_digit_is_the_amendment_count() {
        DeclarationNumber number = DeclarationNumber.parse("103456789012");

        assertThat(number.baseNumber()).isEqualTo("10345678901");
        assertThat(number.amendmentCount()).isEqualTo(2);
        assertThat(number.withAmendment(3)).hasToString("103456789013");
        assertThat(DeclarationNumber.parse("1034 5678 9012")).isEqualTo(number);
    }

    @Example
    void an_amendment_count_outside_0_to_9_is_rejected() {
        DeclarationNumber number = DeclarationNumber.parse("103456789010");

        assertThatThrownBy(() -> number.withAmendment(10))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("amendmentCount"))
                .hasMessage("Amendment count 10 is out of range; expected 0-9, the twelfth digit of the declaration number");
        assertThatThrownBy(() -> number.withAmendment(-1)).isInstanceOf(ValidationException.class);
    }

    @Example
    void malformed_input_is_reported_with_what_was_expected() {
        assertThatThrownBy(() -> DeclarationNumber.parse("10345678901"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("declarationNumber"))
                .hasMessage("Declaration number '10345678901' has 11 digits; "
                        + "expected 12: the 11-digit number VNACCS issued and the amendment count");
        assertThatThrownBy(() -> DeclarationNumber.parse("10345678901/2"))
                .hasMessageStartingWith("Declaration number '10345678901/2' has '/' at position 12; expected 12 digits");
        assertThatThrownBy(() -> DeclarationNumber.of("1034567890", 0))
                .hasMessage("Declaration base number '1034567890' is not 11 digits; expected the 11 digits VNACCS issued");
        assertThat(DeclarationNumber.isValid(null)).isFalse();
        assertThatThrownBy(() -> DeclarationNumber.parse(null)).isInstanceOf(NullPointerException.class);
    }
}
