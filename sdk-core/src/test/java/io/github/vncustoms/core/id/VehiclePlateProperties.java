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

final class VehiclePlateProperties {

    @Provide
    Arbitrary<VehiclePlate> plates() {
        return IdentifierArbitraries.vehiclePlates();
    }

    @Provide
    Arbitrary<Tuple2<String, String>> nearMissesDecorated() {
        Arbitrary<String> nearMisses = IdentifierArbitraries.nearMisses(plates().map(VehiclePlate::value), "0159ACLR-.");
        return IdentifierArbitraries.withDecorations(nearMisses, IdentifierArbitraries.WHITESPACE + ".-", true);
    }

    @Property
    void parsing_the_canonical_form_gives_back_the_same_plate(@ForAll("plates") VehiclePlate plate) {
        assertThat(VehiclePlate.parse(plate.toString())).isEqualTo(plate);
        assertThat(VehiclePlate.of(plate.provinceCode(), plate.series(), plate.serial())).isEqualTo(plate);
    }

    @Property
    void the_canonical_form_groups_a_five_digit_serial_as_ddd_dd(@ForAll("plates") VehiclePlate plate) {
        String expected = plate.provinceCode() + plate.series() + "-" + (plate.serial().length() == 5
                ? plate.serial().substring(0, 3) + "." + plate.serial().substring(3)
                : plate.serial());

        assertThat(plate.value()).isEqualTo(expected);
        assertThat(plate.isTrailer()).isEqualTo(plate.series().equals("R"));
    }

    @Property
    void case_spaces_dots_and_hyphens_never_change_what_a_text_parses_to(
            @ForAll("nearMissesDecorated") Tuple2<String, String> pair) {
        String text = pair.get1();
        String decorated = pair.get2();

        assertThat(VehiclePlate.isValid(decorated)).as(decorated).isEqualTo(VehiclePlate.isValid(text));
        if (VehiclePlate.isValid(text)) {
            assertThat(VehiclePlate.parse(decorated)).isEqualTo(VehiclePlate.parse(text));
        }
    }

    @Example
    void a_five_digit_plate_reads_as_province_series_and_serial() {
        VehiclePlate plate = VehiclePlate.parse("51C-123.45");

        assertThat(plate.provinceCode()).isEqualTo(51);
        assertThat(plate.series()).isEqualTo("C");
        assertThat(plate.serial()).isEqualTo("12345");
        assertThat(plate.isTrailer()).isFalse();
        assertThat(VehiclePlate.parse("51c 12345")).isEqualTo(plate);
    }

    @Example
    void a_five_digit_serial_written_without_its_dot_is_canonicalised() {
        assertThat(VehiclePlate.parse("29H-12345")).hasToString("29H-123.45");
    }

    @Example
    void the_old_four_digit_form_keeps_its_layout() {
        VehiclePlate plate = VehiclePlate.parse("29A-1234");

        assertThat(plate).hasToString("29A-1234");
        assertThat(plate.serial()).isEqualTo("1234");
    }

    @Example
    void series_R_is_a_trailer() {
        VehiclePlate trailer = VehiclePlate.parse("15R-012.34");

        assertThat(trailer.isTrailer()).isTrue();
        assertThat(trailer.provinceCode()).isEqualTo(15);
        assertThat(trailer.serial()).isEqualTo("01234");
        assertThat(VehiclePlate.parse("15r01234")).isEqualTo(trailer);
    }

    @Example
    void a_two_letter_series_such_as_LD_is_accepted() {
        VehiclePlate plate = VehiclePlate.parse("51LD-123.45");

        assertThat(plate.series()).isEqualTo("LD");
        assertThat(plate.isTrailer()).isFalse();
        assertThat(VehiclePlate.parse("51 ld 12345")).isEqualTo(plate);
    }

    @Example
    void province_codes_below_11_are_rejected() {
        assertThatThrownBy(() -> VehiclePlate.parse("10A-123.45"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("vehiclePlate"))
                .hasMessage("Vehicle plate '10A-123.45' has province code 10; expected a province code 11-99");
        assertThat(VehiclePlate.isValid("11A-123.45")).isTrue();
        assertThat(VehiclePlate.isValid("99A-123.45")).isTrue();
    }

    @Example
    void malformed_input_is_reported_with_what_was_expected() {
        assertThatThrownBy(() -> VehiclePlate.parse("5C-123.45"))
                .hasMessage("Vehicle plate '5C-123.45' does not start with a two-digit province code; expected a "
                        + "province code 11-99, a series of one or two letters and a 4- or 5-digit serial, "
                        + "as in 51C-123.45, 51LD-123.45 or 29A-1234");
        assertThatThrownBy(() -> VehiclePlate.parse("51-123.45"))
                .hasMessage("Vehicle plate '51-123.45' has no series letter after province code 51; "
                        + "expected one or two letters, as in 51C or 51LD");
        assertThatThrownBy(() -> VehiclePlate.parse("51ABC-123.45"))
                .hasMessageStartingWith("Vehicle plate '51ABC-123.45' has series ABC of 3 letters; expected one or two");
        assertThatThrownBy(() -> VehiclePlate.parse("51C-123"))
                .hasMessage("Vehicle plate '51C-123' has a serial of 3 digits; "
                        + "expected 4 (old form, as in 29A-1234) or 5 (as in 51C-123.45)");
        assertThatThrownBy(() -> VehiclePlate.parse("29-B1 123.45"))
                .hasMessageEndingWith("(motorcycle plates such as 29-B1 123.45 are not supported)");
        assertThatThrownBy(() -> VehiclePlate.parse("51C-12A.45"))
                .hasMessageStartingWith("Vehicle plate '51C-12A.45' has 'A' in its serial; expected 4 or 5 digits");
        assertThatThrownBy(() -> VehiclePlate.parse("51C-000.00"))
                .hasMessage("Vehicle plate '51C-000.00' has serial 00000, which is never issued; "
                        + "expected a serial from 000.01 to 999.99");
        assertThat(VehiclePlate.isValid(null)).isFalse();
        assertThatThrownBy(() -> VehiclePlate.parse(null)).isInstanceOf(NullPointerException.class);
    }
}
