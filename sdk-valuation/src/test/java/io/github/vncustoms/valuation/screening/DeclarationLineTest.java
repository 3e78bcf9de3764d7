package io.github.vncustoms.valuation.screening;

import static io.github.vncustoms.valuation.screening.ScreeningFixtures.DAY;
import static io.github.vncustoms.valuation.screening.ScreeningFixtures.phone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.id.DeclarationNumber;
import io.github.vncustoms.core.money.Money;
import io.github.vncustoms.valuation.goods.UnitOfMeasure;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.Label;

/** A declaration line and its identity check what they are given, and say what was expected (VAL-19). */
final class DeclarationLineTest {
    private static DeclarationLine line(String number, int lineNo, String value, String quantity) {
        return new DeclarationLine(number, lineNo, phone("SM-S928B"), Money.of(value, "USD"), new BigDecimal(quantity),
                UnitOfMeasure.PIECE, DAY);
    }

    @Example
    @Label("a declaration number is put in its canonical twelve digits; an empty one means not yet registered")
    void aDeclarationNumberIsCanonical() {
        assertThat(line(" 1034 5678 9010 ", 1, "1.00", "1").declarationNumber()).isEqualTo("103456789010");
        assertThat(line(" 1034 5678 9010 ", 1, "1.00", "1").parsedDeclarationNumber()).isEqualTo(DeclarationNumber.parse("103456789010"));
        assertThat(line("", 1, "1.00", "1").registered()).isFalse();
        assertThat(line("   ", 1, "1.00", "1").declarationNumber()).isEmpty();
        assertThatThrownBy(() -> line("", 1, "1.00", "1").parsedDeclarationNumber())
                .isInstanceOf(ValidationException.class).hasMessageContaining("no declaration number");
    }

    @Example
    @Label("a malformed declaration number, a line number below 1, a value or quantity not positive are refused")
    void badInputsAreRefused() {
        assertThatThrownBy(() -> line("10345678901", 1, "1.00", "1")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("expected 12");
        assertThatThrownBy(() -> line("103456789010", 0, "1.00", "1")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Line number 0 of declaration 103456789010").hasMessageContaining("expected a line number from 1");
        assertThatThrownBy(() -> line("", 1, "0.00", "1")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("unit value of 0.00 USD").hasMessageContaining("expected a positive value per PCE");
        assertThatThrownBy(() -> line("", 1, "-5.00", "1")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> line("", 1, "1.00", "0")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("quantity of 0 PCE");
        assertThatThrownBy(() -> new DeclarationLine("", 1, null, Money.of("1", "USD"), BigDecimal.ONE, UnitOfMeasure.PIECE, DAY))
                .isInstanceOf(NullPointerException.class).hasMessage("goods");
    }

    @Example
    @Label("VAL-12: a line's identity leaves its value out")
    void theIdentityLeavesTheValueOut() {
        LineIdentity id = line("103456789010", 4, "12.50", "3").identity();

        assertThat(id).isEqualTo(new LineIdentity("103456789010", 4, phone("SM-S928B"), DAY));
        assertThat(id.describe()).isEqualTo("line 4 of declaration 103456789010");
        assertThat(line("", 4, "12.50", "3").identity().describe()).isEqualTo("line 4");
        assertThat(id.toString()).doesNotContain("12.50");
        assertThatThrownBy(() -> new LineIdentity("x", 1, phone("A"), DAY)).isInstanceOf(ValidationException.class);
    }

    @Example
    @Label("outcomes check their own shape: a reference only for listed goods, a percentage of two decimals within 0–100")
    void outcomesCheckTheirShape() {
        LineIdentity id = line("", 1, "1.00", "1").identity();
        ReferenceBasis basis = new ReferenceBasis("RL-1", 1, "", "b", DAY, null, UnitOfMeasure.PIECE);
        List<String> why = List.of("because");

        assertThatThrownBy(() -> new NoMatch(id, NoMatchReason.GOODS_NOT_LISTED, basis, why)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("expected none for goods not listed");
        assertThatThrownBy(() -> new NoMatch(id, NoMatchReason.NO_REFERENCE_PRICE, null, why)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("expected the item matched");
        assertThatThrownBy(() -> new Consistent(id, basis, List.of())).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new BelowReference(id, basis, new BigDecimal("12.5"), why)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("two decimals");
        assertThatThrownBy(() -> new BelowReference(id, basis, new BigDecimal("100.01"), why)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new BelowReference(id, basis, new BigDecimal("-0.01"), why)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new ReferenceBasis("RL-1", 0, "", "b", DAY, null, UnitOfMeasure.PIECE)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new ReferenceBasis("RL-1", 1, "", "b", DAY, DAY.minusDays(1), UnitOfMeasure.PIECE))
                .isInstanceOf(ValidationException.class);
        assertThat(new BelowReference(id, basis, new BigDecimal("100.00"), why).referenceBasis()).contains(basis);
        assertThat(basis.describe()).isEqualTo("item RL-1 of risk-list version 1, in force from 2026-03-02");
    }
}
