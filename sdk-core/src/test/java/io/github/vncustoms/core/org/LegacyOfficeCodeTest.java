package io.github.vncustoms.core.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.error.ValidationException;
import java.io.StringReader;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Legacy four-character customs office codes and the bundled list of issued codes. */
final class LegacyOfficeCodeTest {
    private static final LegacyOfficeCatalog CATALOG = LegacyOfficeCatalog.bundled();

    @Example
    void parse_normalisesCaseAndSpace() {
        LegacyOfficeCode code = LegacyOfficeCode.parse(" 01b1 ");
        assertThat(code.value()).isEqualTo("01B1");
        assertThat(code.departmentPrefix()).isEqualTo("01");
    }

    @Example
    void malformedCodes_areRejectedWithTheExpectedForm() {
        for (String bad : new String[] {"01B", "01B12", "0AB1", "011B", "AAB1", "01-1"}) {
            assertThat(LegacyOfficeCode.isValid(bad)).as(bad).isFalse();
            assertThatThrownBy(() -> LegacyOfficeCode.parse(bad)).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("expected 4 characters");
        }
    }

    @Example
    void bundledCatalog_holdsThe391ListedCodes() {
        assertThat(CATALOG.entries()).hasSize(391);
        assertThat(CATALOG.find(LegacyOfficeCode.parse("01B1"))).get()
                .satisfies(e -> assertThat(e.nameVi()).isEqualTo("CC HQ Sân bay Nội bài-Đội Xuất"))
                .satisfies(e -> assertThat(e.department()).isEqualTo("Hà Nội"));
        assertThat(CATALOG.contains(LegacyOfficeCode.parse("99ZZ"))).isFalse();
    }

    @Property
    void everyListedCode_isWellFormed(@ForAll("listedCodes") String code) {
        assertThat(LegacyOfficeCode.isValid(code)).isTrue();
        assertThat(LegacyOfficeCode.parse(code.toLowerCase()).value()).isEqualTo(code);
    }

    @Provide
    Arbitrary<String> listedCodes() {
        return Arbitraries.of(CATALOG.entries().stream().map(e -> e.code().value()).toList());
    }

    @Example
    void catalogCsv_namesDuplicateAndMalformedLines() {
        String csv = "code,name_as_listed\n01B1,A\n01B1,B\nXXXXX,C\n";
        assertThatThrownBy(() -> LegacyOfficeCatalog.fromCsv(new StringReader(csv)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).hasSize(2)
                        .anySatisfy(p -> assertThat(p).startsWith("line 3: code 01B1 is listed twice"))
                        .anySatisfy(p -> assertThat(p).startsWith("line 4: Customs office code 'XXXXX' is malformed")));
    }
}
