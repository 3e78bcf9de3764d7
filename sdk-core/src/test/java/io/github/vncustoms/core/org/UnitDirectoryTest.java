package io.github.vncustoms.core.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.error.NotFoundException;
import io.github.vncustoms.core.error.ValidationException;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The unit directory: look-ups, the tree questions, and the checks of a loaded tree (REQUIREMENTS §0, MON-T-05). */
final class UnitDirectoryTest {
    private final UnitDirectory sample = UnitDirectories.sample();

    @Test
    void sample_loadsTheThreeLevelsOfTheRegulations() {
        assertThat(sample.era()).isEqualTo(OrgEra.REGULATIONS_2010);
        assertThat(sample.roots()).extracting(CustomsUnit::code).containsExactly("TCHQ");
        assertThat(sample.atLevel(2)).extracting(CustomsUnit::code).containsExactly("HQ01", "HQ02", "HQ03");
        assertThat(sample.levelName(sample.get("02XE")).nameVi()).isEqualTo("Chi cục Hải quan");
        assertThat(sample.levelName(sample.get("HQ02")).nameVi()).isEqualTo("Cục Hải quan tỉnh, thành phố");
    }

    @Test
    void get_isCaseInsensitive_andUnknownCodesAreNotFound() {
        assertThat(sample.get("hq01").nameVi()).isEqualTo("Cục Hải quan TP Hà Nội");
        assertThat(sample.find("ZZ99")).isEmpty();
        assertThatThrownBy(() -> sample.get("ZZ99")).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("ZZ99");
        assertThatThrownBy(() -> sample.get("not a code!")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("expected 2–16 characters");
    }

    @Test
    void childrenAncestorsAndDescendants_followTheTree() {
        assertThat(sample.children("HQ01")).extracting(CustomsUnit::code).containsExactly("01AB", "01DD");
        assertThat(sample.children("TCHQ")).extracting(CustomsUnit::code)
                .containsExactly("TCHQ-CNTT", "TCHQ-TXNK", "TCHQ-DTCBL", "HQ01", "HQ02", "HQ03");
        assertThat(sample.ancestors("02XE")).extracting(CustomsUnit::code).containsExactly("HQ02", "TCHQ");
        assertThat(sample.ancestors("TCHQ")).isEmpty();
        assertThat(sample.descendants("HQ03")).extracting(CustomsUnit::code).containsExactly("03CC", "03EE");
        assertThat(sample.descendants("TCHQ")).hasSize(sample.size() - 1);
    }

    @Test
    void isWithin_holdsForTheUnitItselfAndItsAncestorsOnly() {
        assertThat(sample.isWithin("01AB", "01AB")).isTrue();
        assertThat(sample.isWithin("01AB", "HQ01")).isTrue();
        assertThat(sample.isWithin("01AB", "TCHQ")).isTrue();
        assertThat(sample.isWithin("01AB", "HQ02")).isFalse();
        assertThat(sample.isWithin("HQ01", "01AB")).isFalse();
        assertThat(sample.isWithin("TCHQ-CNTT", "TCHQ")).isTrue();
    }

    @Test
    void divisions_sitAtTheirParentsLevel() {
        CustomsUnit it = sample.get("TCHQ-CNTT");
        assertThat(it.kind()).isEqualTo(UnitKind.DIVISION);
        assertThat(it.level()).isEqualTo(1);
    }

    @Test
    void regionalBranches2025_loadTwentyBranchesUnderTheCustomsDepartment() {
        UnitDirectory regions = UnitDirectories.regionalBranches2025();
        assertThat(regions.era()).isEqualTo(OrgEra.REORGANISATION_2025);
        assertThat(regions.children("CUC-HQ")).hasSize(20);
        assertThat(regions.get("CCKV-I").provinces())
                .containsExactly("Hà Nội", "Vĩnh Phúc", "Phú Thọ", "Hòa Bình", "Yên Bái");
        assertThat(regions.get("CCKV-I").seat()).isEqualTo("Hà Nội");
        assertThat(regions.levelName(regions.get("CCKV-XIX")).nameVi()).isEqualTo("Chi cục Hải quan khu vực");
        // Only sourced fields: the provinces of XIV, XVI, XVII and XX were not found.
        assertThat(regions.get("CCKV-XIV").provinces()).isEmpty();
        assertThat(regions.get("CCKV-XVI").provinces()).isEmpty();
        assertThat(regions.get("CCKV-XV").seat()).isEmpty();
        assertThat(regions.get("CCKV-XV").source()).contains("QĐ 2019/QĐ-BTC");
    }

    @Test
    void of_reportsEveryProblemOfAnUnsoundTree() {
        List<CustomsUnit> units = List.of(
                CustomsUnit.office("ROOT", "Gốc", 1, null),
                CustomsUnit.office("DEPT", "Cục", 2, "ROOT"),
                CustomsUnit.office("DEPT", "Cục trùng", 2, "ROOT"),
                CustomsUnit.office("ORPHAN", "Mồ côi", 3, "NOWHERE"),
                CustomsUnit.office("SKIP", "Nhảy cấp", 3, "ROOT"),
                CustomsUnit.office("DEEP", "Quá sâu", 4, "SKIP"));
        assertThatThrownBy(() -> UnitDirectory.of(OrgEra.REGULATIONS_2010, units))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).containsExactlyInAnyOrder(
                        "Unit code DEPT appears more than once: expected unique codes",
                        "Unit ORPHAN names parent NOWHERE, which is not in the directory: expected an existing unit code",
                        "Unit SKIP (OFFICE) has level 3 under ROOT at level 1: expected level 2",
                        "Unit DEEP has level 4 but era REGULATIONS_2010 has levels 1 to 3"));
    }

    @Test
    void of_rejectsACycleOfDivisions() {
        List<CustomsUnit> units = List.of(
                CustomsUnit.office("ROOT", "Gốc", 1, null),
                new CustomsUnit("DIVA", "Vụ A", "", 1, "DIVB", UnitKind.DIVISION, List.of(), "", ""),
                new CustomsUnit("DIVB", "Vụ B", "", 1, "DIVA", UnitKind.DIVISION, List.of(), "", ""));
        assertThatThrownBy(() -> UnitDirectory.of(OrgEra.REGULATIONS_2010, units))
                .isInstanceOf(ValidationException.class).hasMessageContaining("cycle");
    }

    @Test
    void unitWithoutParentBelowLevelOne_isRejected() {
        assertThatThrownBy(() -> UnitDirectory.of(OrgEra.REGULATIONS_2010,
                List.of(CustomsUnit.office("LOST", "Chi cục lạc", 3, null))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("has no parent but level 3");
    }

    @Test
    void json_roundTripsTheDirectory() {
        String json = UnitDirectories.toJson(sample);
        UnitDirectory again = UnitDirectories.fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertThat(again.units()).isEqualTo(sample.units());
        assertThat(again.era()).isEqualTo(sample.era());
    }

    @Test
    void json_withoutEraOrMalformed_isAClearError() {
        assertThatThrownBy(() -> UnitDirectories.fromJson(stream("{\"units\": []}")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("no 'era'");
        assertThatThrownBy(() -> UnitDirectories.fromJson(stream("{\"era\": ")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("could not be read");
        assertThatThrownBy(() -> UnitDirectories.fromJson(stream(
                "{\"era\": {\"id\":\"X\",\"nameVi\":\"X\",\"nameEn\":\"X\",\"effectiveFrom\":\"2020-01-01\",\"levels\":[]}}")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("has no levels");
    }

    @Test
    void csv_readsOptionalColumnsAndNamesTheBadLines() {
        String csv = """
                code,name_vi,level,parent_code,kind
                HQ,Tổng cục,1,,
                IT,Cục CNTT,1,HQ,division
                D1,Cục tỉnh,two,HQ,
                D2,Cục tỉnh,2,HQ,bureau
                """;
        assertThatThrownBy(() -> UnitDirectories.fromCsv(new StringReader(csv), OrgEra.REGULATIONS_2010))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).containsExactly(
                        "line 4: Level 'two' is not a number: expected 1 to 9",
                        "line 5: Kind 'bureau' is unknown: expected one of [OFFICE, DIVISION]"));
        UnitDirectory ok = UnitDirectories.fromCsv(new StringReader(csv.lines().limit(3)
                .reduce("", (a, b) -> a + b + "\n")), OrgEra.REGULATIONS_2010);
        assertThat(ok.get("IT").kind()).isEqualTo(UnitKind.DIVISION);
    }

    @Test
    void csv_withoutRequiredColumns_saysWhichAreMissing() {
        assertThatThrownBy(() -> UnitDirectories.fromCsv(new StringReader("code,name\nA1,B\n"), OrgEra.REGULATIONS_2010))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("[name_vi, level]");
    }

    @Test
    void unitNames_areNormalisedToNfc() {
        String decomposed = "Ha\u0309i Quan"; // "Hải" with a combining hook above
        CustomsUnit unit = CustomsUnit.office("X1", decomposed, 1, null);
        assertThat(unit.nameVi()).isEqualTo("Hải Quan");
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
