package io.github.vncustoms.core.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.error.NotFoundException;
import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.json.CustomsJson;
import org.junit.jupiter.api.Test;

/** The business systems the regulations name (MON-T-05, MON-S-01, HD-02) and integrators' own. */
final class BusinessSystemRegistryTest {

    @Test
    void defaultRegistry_holdsEverySystemTheRegulationsName() {
        BusinessSystemRegistry registry = BusinessSystemRegistry.defaultRegistry();
        assertThat(registry.all()).extracting(BusinessSystem::code).containsExactly(
                "SLXNK", "GTT22", "QLRR", "VICUM", "KT559", "XLDLDT", "VNACCS/VCIS", "E-CUSTOMS", "KTT", "GTT",
                "RISKMAN", "NSW", "IMTS", "CSDLTG", "CAMERA-DNCX");
        assertThat(registry.get("slxnk")).isSameAs(BusinessSystems.SLXNK);
        assertThat(registry.get(" vnaccs/vcis ").nameEn()).startsWith("Vietnam Automated Cargo Clearance System");
    }

    @Test
    void integrators_addTheirOwnSystems_butNotTwiceUnderOneCode() {
        BusinessSystemRegistry registry = BusinessSystemRegistry.builder()
                .add(BusinessSystem.of("emanifest", "Hệ thống bản khai điện tử", "Electronic manifest"))
                .build();
        assertThat(registry.get("EMANIFEST").basis()).isEmpty();
        assertThatThrownBy(() -> registry.toBuilder().add(BusinessSystem.of("SLXNK", "x", "y")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("already registered");
        BusinessSystemRegistry renamed = registry.toBuilder()
                .replace(BusinessSystem.of("SLXNK", "Tên mới", "New name")).build();
        assertThat(renamed.get("SLXNK").nameVi()).isEqualTo("Tên mới");
        assertThat(registry.get("SLXNK").nameVi()).isEqualTo(BusinessSystems.SLXNK.nameVi());
    }

    @Test
    void unknownCode_isNotFound_andNamesTheKnownCodes() {
        assertThatThrownBy(() -> BusinessSystemRegistry.defaultRegistry().get("NOPE"))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("SLXNK");
        assertThat(BusinessSystemRegistry.emptyBuilder().build().find("SLXNK")).isEmpty();
    }

    @Test
    void malformedSystems_areRejected() {
        assertThatThrownBy(() -> BusinessSystem.of("a b", "x", "y")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("expected 2–32 characters");
        assertThatThrownBy(() -> BusinessSystem.of("OK", " ", "y")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("nameVi");
    }

    @Test
    void systems_roundTripThroughJson() {
        String json = CustomsJson.write(BusinessSystems.QLRR);
        assertThat(CustomsJson.read(json, BusinessSystem.class)).isEqualTo(BusinessSystems.QLRR);
    }
}
