package io.github.vncustoms.valuation.goods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.id.HsCode;
import java.util.EnumSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A reference price is built for one specific item, never for a bundle ("gom khung") (QĐ 2344 Art. 5.1.b.1.2; VAL-04). */
final class SpecificityPolicyTest {
    private final SpecificityPolicy policy = SpecificityPolicy.defaultPolicy();

    private static GoodsDescriptor.Builder car() {
        return GoodsDescriptor.builder(HsCode.parse("8703.23.57"), "Ô tô con 5 chỗ")
                .with(GoodsAttribute.MANUFACTURER, "Toyota Motor Thailand")
                .with(GoodsAttribute.MODEL, "Corolla Cross 1.8HV")
                .with(GoodsAttribute.YEAR_OF_MANUFACTURE, "2025");
    }

    @Example
    void aCarWithMakerModelAndYear_identifiesOneItem() {
        SpecificityReport report = policy.check(car().build());
        assertThat(report.specific()).isTrue();
        assertThat(report.explain()).contains("identifies one item");
    }

    @Example
    void aCarWithoutItsYear_isRefused_namingTheYear() {
        GoodsDescriptor noYear = car().with(GoodsAttribute.YEAR_OF_MANUFACTURE, "").build();
        assertThatThrownBy(() -> policy.requireSpecific(noYear))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("VAL-04").hasMessageContaining("year of manufacture (năm sản xuất)")
                .satisfies(e -> assertThat(((ValidationException) e).problems()).containsExactly(
                        "year of manufacture (năm sản xuất)"));
    }

    @Example
    void aBundleOfModels_isRefused_quotingTheWords() {
        GoodsDescriptor bundle = car().with(GoodsAttribute.MODEL, "Corolla các loại").build();
        SpecificityReport report = policy.check(bundle);
        assertThat(report.specific()).isFalse();
        assertThat(report.bundleMarkers()).containsExactly("các loại");
        assertThat(policy.check(car().with(GoodsAttribute.MODEL, "Vios, Yaris").build()).bundleMarkers())
                .containsExactly("several model values: Vios, Yaris");
        assertThat(policy.check(GoodsDescriptor.builder(HsCode.parse("8703.23.57"), "Ô tô dung tích từ 1.5 đến 2.0 lít")
                .with(GoodsAttribute.MANUFACTURER, "Toyota").with(GoodsAttribute.MODEL, "X")
                .with(GoodsAttribute.YEAR_OF_MANUFACTURE, "2024").build()).bundleMarkers())
                .containsExactly("từ 1.5 đến");
    }

    @Example
    void aHeadingIsNotOneItem_andChemicalsNeedTheirComposition() {
        GoodsDescriptor heading = GoodsDescriptor.builder(HsCode.parse("8703"), "Ô tô")
                .with(GoodsAttribute.MANUFACTURER, "Toyota").with(GoodsAttribute.MODEL, "Vios")
                .with(GoodsAttribute.YEAR_OF_MANUFACTURE, "2024").build();
        assertThat(policy.check(heading).missing()).singleElement().asString().contains("eight-digit HS national line");
        GoodsDescriptor chemical = GoodsDescriptor.builder(HsCode.parse("2815.11.00"), "Natri hydroxit dạng rắn")
                .with(GoodsAttribute.MANUFACTURER, "Formosa").build();
        assertThat(policy.check(chemical).missing()).containsExactly("composition or content (thành phần, hàm lượng)");
        assertThat(policy.check(GoodsDescriptor.builder(HsCode.parse("2815.11.00"), "Natri hydroxit dạng rắn")
                .with(GoodsAttribute.MANUFACTURER, "Formosa").with(GoodsAttribute.CONTENT, "99%").build()).specific()).isTrue();
    }

    @Example
    void wordsThatMerelyContainAMarker_areNotMarkers() {
        // "etched" contains "etc", but only whole words are markers.
        GoodsDescriptor etched = car().with(GoodsAttribute.SPECIFICATIONS, "etched glass").build();
        assertThat(policy.check(etched).bundleMarkers()).isEmpty();
    }

    @Example
    void customRules_areChecked() {
        SpecificityPolicy strict = SpecificityPolicy.builder().require(85, 85, EnumSet.of(GoodsAttribute.BRAND)).build();
        GoodsDescriptor noBrand = GoodsDescriptor.builder(HsCode.parse("8517.13.00"), "Điện thoại").build();
        assertThat(strict.check(noBrand).missing()).containsExactly("brand (nhãn mác)");
        assertThatThrownBy(() -> SpecificityPolicy.builder().require(0, 5, EnumSet.of(GoodsAttribute.BRAND)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("1 ≤ from ≤ to ≤ 97");
    }

    @Property
    void addingABundleMarker_alwaysMakesASpecificItemVague(@ForAll("markers") String marker) {
        GoodsDescriptor vague = car().with(GoodsAttribute.TYPE, "xe " + marker).build();
        assertThat(policy.check(car().build()).specific()).isTrue();
        assertThat(policy.check(vague).specific()).isFalse();
        assertThatThrownBy(() -> policy.requireSpecific(vague)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("gom khung");
    }

    @Provide
    Arbitrary<String> markers() {
        return Arbitraries.of("các loại", "loại khác", "CÁC MODEL", "nhiều loại", "đủ loại", "tổng hợp", "assorted",
                "Various", "mixed", "v.v", "...", "…", "từ 5 đến 7 chỗ");
    }
}
