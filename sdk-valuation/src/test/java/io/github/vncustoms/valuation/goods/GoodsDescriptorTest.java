package io.github.vncustoms.valuation.goods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.id.HsCode;
import java.util.Map;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;

/** Goods details tell one item from another (VAL-03), and compare as identical, similar or different goods (VAL-05). */
final class GoodsDescriptorTest {
    private static final HsCode PHONE = HsCode.parse("8517.13.00");

    private static GoodsDescriptor phone(String maker, String model) {
        return GoodsDescriptor.builder(PHONE, "Điện thoại di động")
                .with(GoodsAttribute.MANUFACTURER, maker)
                .with(GoodsAttribute.MODEL, model)
                .build();
    }

    @Example
    void descriptorsOfTheSameItem_areEqual_whateverTheCaseSpacingAndUnicodeForm() {
        GoodsDescriptor a = phone("Samsung Electronics", "SM-S928B");
        GoodsDescriptor b = GoodsDescriptor.builder(HsCode.parse("85171300"), "  ĐIỆN THOẠI   DI ĐỘNG ")
                .with(GoodsAttribute.MODEL, "sm-s928b")
                .with(GoodsAttribute.MANUFACTURER, "samsung  electronics")
                .build();
        GoodsDescriptor decomposed = phone(java.text.Normalizer.normalize("Samsung Electronics", java.text.Normalizer.Form.NFD),
                "SM-S928B");
        assertThat(b).isEqualTo(a).hasSameHashCodeAs(a);
        assertThat(decomposed).isEqualTo(a);
        assertThat(b.tradeName()).isEqualTo("ĐIỆN THOẠI DI ĐỘNG");
        assertThat(a.describe()).isEqualTo("Điện thoại di động; nhà sản xuất: Samsung Electronics; model: SM-S928B (HS 8517.13.00)");
    }

    @Example
    void aDifferentDetail_makesADifferentItem_andBlankDetailsAreLeftOut() {
        assertThat(phone("Samsung", "SM-S928B")).isNotEqualTo(phone("Samsung", "SM-S921B"));
        GoodsDescriptor withBlank = GoodsDescriptor.of(PHONE, "Điện thoại di động",
                Map.of(GoodsAttribute.MANUFACTURER, "Samsung", GoodsAttribute.BRAND, "  "));
        assertThat(withBlank.has(GoodsAttribute.BRAND)).isFalse();
        assertThat(withBlank.attribute(GoodsAttribute.BRAND)).isEmpty();
        assertThat(withBlank).isEqualTo(GoodsDescriptor.of(PHONE, "Điện thoại di động", Map.of(GoodsAttribute.MANUFACTURER, "Samsung")));
    }

    @Example
    void badDetails_areRefused_namingTheField() {
        assertThatThrownBy(() -> GoodsDescriptor.builder(PHONE, " ").build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("blank trade name");
        assertThatThrownBy(() -> GoodsDescriptor.builder(PHONE, "Xe").with(GoodsAttribute.YEAR_OF_MANUFACTURE, "2k24").build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("four digits");
        assertThatThrownBy(() -> GoodsDescriptor.builder(PHONE, "x".repeat(501)).build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("at most 500");
    }

    @Example
    void comparison_followsVal05_identicalThenSimilar() {
        GoodsDescriptor a = phone("Samsung", "SM-S928B");
        assertThat(a.compareWith(phone("samsung", "sm-s928b"))).isEqualTo(Comparability.IDENTICAL);
        assertThat(a.compareWith(phone("Xiaomi", "23127PN0CG"))).isEqualTo(Comparability.SIMILAR);
        GoodsDescriptor otherName = GoodsDescriptor.builder(PHONE, "Máy tính bảng").with(GoodsAttribute.MODEL, "SM-S928B").build();
        assertThat(a.compareWith(otherName)).isEqualTo(Comparability.DIFFERENT);
        GoodsDescriptor steel = GoodsDescriptor.builder(HsCode.parse("7208.51.00"), "Thép tấm").with(GoodsAttribute.MATERIAL, "SS400").build();
        GoodsDescriptor otherSteel = GoodsDescriptor.builder(HsCode.parse("7208.51.00"), "Thép tấm").with(GoodsAttribute.MATERIAL, "Q235").build();
        assertThat(steel.compareWith(otherSteel)).as("a different material is not interchangeable").isEqualTo(Comparability.DIFFERENT);
    }

    @Property
    void equality_isCaseInsensitive_andComparisonIsSymmetric(@ForAll @AlphaChars @StringLength(min = 1, max = 20) String maker,
            @ForAll @AlphaChars @StringLength(min = 1, max = 20) String model, @ForAll @AlphaChars @StringLength(min = 1, max = 20) String other) {
        GoodsDescriptor a = phone(maker, model);
        GoodsDescriptor upper = phone(maker.toUpperCase(java.util.Locale.ROOT), model.toLowerCase(java.util.Locale.ROOT));
        assertThat(upper).isEqualTo(a);
        assertThat(upper.key()).isEqualTo(a.key());
        GoodsDescriptor b = phone(other, model);
        assertThat(a.compareWith(b)).isEqualTo(b.compareWith(a)).isNotEqualTo(Comparability.DIFFERENT);
    }
}
