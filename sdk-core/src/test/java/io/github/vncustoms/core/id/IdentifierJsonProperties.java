package io.github.vncustoms.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.json.CustomsJson;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

final class IdentifierJsonProperties {

    record GateEvent(TaxCode enterprise, ContainerNumber container, HsCode goods,
                     DeclarationNumber declaration, VehiclePlate truck) {}

    @Provide
    Arbitrary<GateEvent> events() {
        return net.jqwik.api.Combinators.combine(
                        IdentifierArbitraries.taxCodes(),
                        IdentifierArbitraries.containerNumbers(),
                        IdentifierArbitraries.hsCodes(),
                        IdentifierArbitraries.declarationNumbers(),
                        IdentifierArbitraries.vehiclePlates())
                .as(GateEvent::new);
    }

    @Property(tries = 200)
    void every_identifier_is_written_as_its_canonical_string_and_read_back(@ForAll("events") GateEvent event) {
        String json = CustomsJson.write(event);

        assertThat(json).contains("\"enterprise\":\"" + event.enterprise() + "\"",
                "\"container\":\"" + event.container() + "\"",
                "\"goods\":\"" + event.goods() + "\"",
                "\"declaration\":\"" + event.declaration() + "\"",
                "\"truck\":\"" + event.truck() + "\"");
        assertThat(CustomsJson.read(json, GateEvent.class)).isEqualTo(event);
    }

    @Example
    void reading_json_accepts_the_forms_parse_accepts() {
        assertThat(CustomsJson.read("\"csqu 305438-3\"", ContainerNumber.class)).hasToString("CSQU3054383");
        assertThat(CustomsJson.read("\"8471.30.20\"", HsCode.class)).hasToString("84713020");
        assertThat(CustomsJson.read("\"0100109106001\"", TaxCode.class)).hasToString("0100109106-001");
    }

    @Example
    void reading_an_invalid_identifier_surfaces_the_parser_message() {
        assertThatThrownBy(() -> CustomsJson.read("\"0100109107\"", TaxCode.class))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Tax code 0100109107 has check digit 7 but its first nine digits require 6");
    }
}
