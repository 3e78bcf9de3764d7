package io.github.vncustoms.valuation.risklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.error.NotFoundException;
import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.id.HsCode;
import io.github.vncustoms.core.money.Money;
import io.github.vncustoms.valuation.goods.GoodsAttribute;
import io.github.vncustoms.valuation.goods.GoodsDescriptor;
import io.github.vncustoms.valuation.goods.UnitOfMeasure;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Example;

/** A version of the valuation-risk list finds the item in force for identical goods on a day (VAL-01, VAL-12). */
final class RiskListVersionIndexTest {
    private static final GoodsDescriptor TV = GoodsDescriptor.builder(HsCode.parse("8528.72.92"), "Ti vi LED")
            .with(GoodsAttribute.MANUFACTURER, "LG Electronics").with(GoodsAttribute.MODEL, "55UR8050PSB").build();
    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);

    private static RiskListItem item(String id, String price, LocalDate from, LocalDate to) {
        return new RiskListItem(id, TV, price == null ? null : Money.of(price, "USD"), UnitOfMeasure.PIECE, from, to,
                price == null ? "" : "Trị giá hải quan đã xác định, 6 tháng", "P-" + id);
    }

    @Example
    void theItemInForceOnTheDay_isFound_andOthersAreNot() {
        RiskListVersion v = RiskListVersion.of(2, JAN, "thuy.dt", "QĐ 100/QĐ-TCHQ",
                List.of(item("A", "400.00", JAN, LocalDate.of(2026, 6, 30)), item("B", "420.00", LocalDate.of(2026, 7, 1), null)));
        GoodsDescriptor sameTv = GoodsDescriptor.builder(HsCode.parse("85287292"), "TI VI LED")
                .with(GoodsAttribute.MODEL, "55ur8050psb").with(GoodsAttribute.MANUFACTURER, "LG ELECTRONICS").build();
        assertThat(v.find(sameTv, LocalDate.of(2026, 3, 1))).get().extracting(RiskListItem::itemId).isEqualTo("A");
        assertThat(v.find(TV, LocalDate.of(2026, 7, 1))).get().extracting(RiskListItem::itemId).isEqualTo("B");
        assertThat(v.find(TV, LocalDate.of(2025, 12, 31))).isEmpty();
        assertThat(v.itemsFor(TV)).hasSize(2);
        assertThat(v.item("B").referencePrice()).isEqualTo(Money.of("420.00", "USD"));
        assertThatThrownBy(() -> v.item("C")).isInstanceOf(NotFoundException.class).hasMessageContaining("2 items");
    }

    @Example
    void twoItemsInForceForOneGoodsOnADay_orARepeatedId_areRefused() {
        assertThatThrownBy(() -> RiskListVersion.of(1, JAN, "thuy.dt", "", List.of(item("A", "400.00", JAN, null),
                item("B", "420.00", LocalDate.of(2026, 7, 1), null))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("overlapping days");
        assertThatThrownBy(() -> RiskListVersion.of(1, JAN, "thuy.dt", "", List.of(item("A", "400.00", JAN, JAN),
                item("A", "420.00", LocalDate.of(2026, 7, 1), null))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("twice");
    }

    @Example
    void anItemWithoutAReferencePrice_isListed_butAPriceNeedsItsBasis() {
        RiskListItem waiting = item("A", null, JAN, null);
        assertThat(waiting.hasReferencePrice()).isFalse();
        assertThatThrownBy(() -> new RiskListItem("A", TV, Money.of("1.00", "USD"), UnitOfMeasure.PIECE, JAN, null, " ", ""))
                .isInstanceOf(ValidationException.class).hasMessageContaining("VAL-11");
        assertThatThrownBy(() -> item("A", "400.00", JAN, JAN.minusDays(1)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("on or after the first");
        assertThatThrownBy(() -> RiskListVersion.of(0, JAN, "x", "", List.of())).isInstanceOf(ValidationException.class);
    }
}
