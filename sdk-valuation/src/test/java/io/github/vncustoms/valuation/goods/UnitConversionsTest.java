package io.github.vncustoms.valuation.goods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.error.ValidationException;
import java.math.BigDecimal;
import net.jqwik.api.Example;

/** Prices per different units are compared only through an explicit conversion (issue 5, "Currency and units"). */
final class UnitConversionsTest {
    @Example
    void standardConversions_areExact_bothWays() {
        UnitConversions units = UnitConversions.standard();
        assertThat(units.factor(UnitOfMeasure.TONNE, UnitOfMeasure.KILOGRAM)).isEqualByComparingTo("1000");
        assertThat(units.factor(UnitOfMeasure.KILOGRAM, UnitOfMeasure.TONNE)).isEqualByComparingTo("0.001");
        assertThat(units.factor(UnitOfMeasure.PIECE, UnitOfMeasure.PIECE)).isEqualByComparingTo("1");
    }

    @Example
    void anUnlistedPair_isRefused_namingBothUnits() {
        assertThat(UnitConversions.standard().find(UnitOfMeasure.PIECE, UnitOfMeasure.KILOGRAM)).isEmpty();
        assertThatThrownBy(() -> UnitConversions.none().factor(UnitOfMeasure.SET, UnitOfMeasure.PIECE))
                .isInstanceOf(ValidationException.class).hasMessageContaining("No conversion from SET to PCE");
    }

    @Example
    void goodsSpecificConversions_areAdded_andContradictionsRefused() {
        UnitOfMeasure carton = UnitOfMeasure.of("ct");
        UnitConversions units = UnitConversions.none().toBuilder().add(carton, UnitOfMeasure.PIECE, new BigDecimal("24")).build();
        assertThat(units.factor(carton, UnitOfMeasure.PIECE)).isEqualByComparingTo("24");
        assertThatThrownBy(() -> units.toBuilder().add(carton, UnitOfMeasure.PIECE, new BigDecimal("12")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("already listed");
        assertThatThrownBy(() -> UnitConversions.none().toBuilder().add(carton, UnitOfMeasure.PIECE, BigDecimal.ZERO))
                .isInstanceOf(ValidationException.class).hasMessageContaining("positive");
        assertThatThrownBy(() -> UnitOfMeasure.of("kilogram")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("UN/ECE Rec. 20");
    }
}
