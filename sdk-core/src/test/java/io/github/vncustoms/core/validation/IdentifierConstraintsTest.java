package io.github.vncustoms.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.id.HsCodeLevel;
import io.github.vncustoms.core.id.TaxCodeKind;
import jakarta.validation.ConstraintViolation;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class IdentifierConstraintsTest {

    record Clearance(
            @TaxCode String declarant,
            @ContainerNumber String container,
            @HsCode String goodsGroup,
            @DeclarationNumber String declaration,
            @VehiclePlate CharSequence truck) {}

    record DeclaredLine(
            @TaxCode(kinds = {TaxCodeKind.ENTERPRISE, TaxCodeKind.BRANCH}) String importer,
            @HsCode(levels = HsCodeLevel.NATIONAL_LINE) String hsCode) {}

    record Convoy(List<@ContainerNumber String> containers) {}

    private static Map<String, String> violations(Object bean) {
        Set<ConstraintViolation<Object>> found = CustomsValidation.validator().validate(bean);
        return found.stream().collect(Collectors.toMap(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage));
    }

    @Test
    void valid_identifiers_in_any_accepted_form_pass() {
        Clearance clearance = new Clearance("0100109106-001", "csqu 305438-3", "8471.30", "103456789012",
                new StringBuilder("51C-123.45"));

        assertThat(violations(clearance)).isEmpty();
        assertThat(CustomsValidation.requireValid(clearance)).isSameAs(clearance);
    }

    @Test
    void null_is_valid_for_every_identifier_constraint() {
        assertThat(violations(new Clearance(null, null, null, null, null))).isEmpty();
        assertThat(violations(new DeclaredLine(null, null))).isEmpty();
    }

    @Test
    void each_invalid_identifier_is_reported_with_what_was_expected() {
        Clearance clearance = new Clearance("0100109107", "CSQU3054384", "7701", "10345678901", "10A-123.45");

        assertThat(violations(clearance)).containsOnly(
                Map.entry("declarant", "must be a Vietnamese tax code of kind [ENTERPRISE, BRANCH, PERSONAL_ID]: "
                        + "10 digits with a valid mod-11 check digit (enterprise), 10 digits, a hyphen and a branch "
                        + "number 001-999 (branch) or a 12-digit personal ID number starting with a province code 001-096"),
                Map.entry("container", "must be an ISO 6346 container number: 3 owner-code letters, an equipment "
                        + "category U, J or Z, 6 serial digits and a correct check digit, as in CSQU3054383"),
                Map.entry("goodsGroup", "must be an HS code at level [HEADING, SUBHEADING, NATIONAL_LINE]: 4 digits "
                        + "(heading), 6 (subheading) or 8 (national line) in chapters 01-97 other than 77, as in 8471, "
                        + "8471.30 or 8471.30.20"),
                Map.entry("declaration", "must be a VNACCS declaration number: 12 digits, the 11-digit number VNACCS "
                        + "issued followed by the amendment count"),
                Map.entry("truck", "must be a Vietnamese vehicle plate: a province code 11-99, a series of one or two "
                        + "letters and a 4- or 5-digit serial, as in 51C-123.45, 51LD-123.45 or 29A-1234"));
    }

    @Test
    void kinds_and_levels_narrow_what_is_accepted() {
        assertThat(violations(new DeclaredLine("0100109106-001", "8471.30.20"))).isEmpty();

        Map<String, String> found = violations(new DeclaredLine("001085012345", "8471.30"));

        assertThat(found).containsOnlyKeys("importer", "hsCode");
        assertThat(found.get("importer")).startsWith("must be a Vietnamese tax code of kind [ENTERPRISE, BRANCH]:");
        assertThat(found.get("hsCode")).startsWith("must be an HS code at level [NATIONAL_LINE]:");
    }

    @Test
    void constraints_apply_to_container_elements() {
        Map<String, String> found = violations(new Convoy(List.of("CSQU3054383", "CSQU3054384")));

        assertThat(found).containsOnlyKeys("containers[1].<list element>");
    }

    @Test
    void require_valid_lists_every_violation_in_one_exception() {
        Clearance clearance = new Clearance("0100109107", null, null, null, "51C-000.00");

        assertThatThrownBy(() -> CustomsValidation.requireValid(clearance))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("Clearance");
                    assertThat(e.problems()).hasSize(2);
                    assertThat(e.problems().get(0)).startsWith("declarant: must be a Vietnamese tax code");
                    assertThat(e.problems().get(1)).startsWith("truck: must be a Vietnamese vehicle plate");
                });
    }
}
