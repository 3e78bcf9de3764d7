package io.github.vncustoms.valuation.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.money.Money;
import io.github.vncustoms.valuation.approval.ApprovalState;
import io.github.vncustoms.valuation.goods.UnitOfMeasure;
import io.github.vncustoms.valuation.source.PriceSource;
import java.util.List;
import net.jqwik.api.Example;

/** A derivation explains itself, step by step, with its sources and their approvals (VAL-11, VAL-14). */
final class DerivationTest {
    @Example
    void explain_listsTheRuleTheStepsAndTheSources() {
        Derivation d = new Derivation("internet offer price", List.of("VAL-08"), Money.of("900.00", "USD"), UnitOfMeasure.PIECE,
                List.of(new DerivationStep("dealer invoice price", "1000.00 USD"),
                        new DerivationStep("deduct exporting-country taxes at 10%", "900.00 USD")),
                List.of(new SourceCitation("OBS-1", PriceSource.INTERNET_OFFER, ApprovalState.ACCEPTED, "hung.lv")));
        assertThat(d.explain()).isEqualTo("""
                internet offer price (VAL-08): 900.00 USD per PCE
                  1. dealer invoice price → 1000.00 USD
                  2. deduct exporting-country taxes at 10% → 900.00 USD
                  source OBS-1 (INTERNET_OFFER, ACCEPTED by hung.lv)
                """);
    }

    @Example
    void aDerivationWithoutStepsOrWithANonPositiveFigure_isRefused() {
        assertThatThrownBy(() -> new Derivation("x", List.of("VAL-08"), Money.of("1.00", "USD"), UnitOfMeasure.PIECE, List.of(), List.of()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("0 step(s)");
        assertThatThrownBy(() -> new Derivation("x", List.of("VAL-08"), Money.of("0.00", "USD"), UnitOfMeasure.PIECE,
                List.of(new DerivationStep("a", "b")), List.of()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("positive");
    }
}
