package io.github.vncustoms.valuation.screening;

import static io.github.vncustoms.valuation.screening.ScreeningFixtures.phone;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vncustoms.core.money.Money;
import io.github.vncustoms.valuation.goods.GoodsDescriptor;
import io.github.vncustoms.valuation.goods.UnitOfMeasure;
import io.github.vncustoms.valuation.risklist.RiskListItem;
import io.github.vncustoms.valuation.risklist.RiskListVersion;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The screener finds the item {@link RiskListVersion#find} finds (VAL-19): identical goods, in
 * force on the day; for goods whose keys share a hash code, for goods listed for several periods,
 * and line by line as in a batch, whatever the batch's length.
 */
final class ItemLookupProperties {
    /** Models whose identity keys have equal hash codes: 31·'b' + '[' = 31·'a' + 'z'. */
    private static final List<String> MODELS = List.of("Mb[", "Maz", "Mb[1", "Maz1", "N1", "N2", "N3", "N4", "N5", "N6");
    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    @Example
    @Label("the colliding models really have equal hash codes but are different goods")
    void theCollidingModelsCollide() {
        assertThat(phone("Mb[").hashCode()).isEqualTo(phone("Maz").hashCode());
        assertThat(phone("Mb[")).isNotEqualTo(phone("Maz"));
    }

    /** An item spec: model index, first day offset, length in days (0 = open-ended). */
    record Spec(int model, int from, int length) { }

    @Provide
    Arbitrary<List<Spec>> specs() {
        return Arbitraries.integers().between(0, MODELS.size() - 1)
                .flatMap(m -> Arbitraries.integers().between(0, 60).flatMap(f -> Arbitraries.integers().between(0, 30)
                        .map(l -> new Spec(m, f, l))))
                .list().ofMinSize(0).ofMaxSize(25);
    }

    /** Keeps, for each model, only the items that do not overlap one already kept. */
    private static RiskListVersion versionOf(List<Spec> specs) {
        List<RiskListItem> items = new ArrayList<>();
        for (int k = 0; k < specs.size(); k++) {
            Spec s = specs.get(k);
            LocalDate from = START.plusDays(s.from());
            LocalDate to = s.length() == 0 ? null : from.plusDays(s.length() - 1);
            RiskListItem item = new RiskListItem("RL-" + k, phone(MODELS.get(s.model())),
                    k % 7 == 3 ? null : Money.vnd(1_000 + 10L * k), UnitOfMeasure.PIECE, from, to, k % 7 == 3 ? "" : "b", "");
            boolean overlaps = items.stream().anyMatch(o -> o.goods().equals(item.goods())
                    && !(o.effectiveTo() != null && o.effectiveTo().isBefore(item.effectiveFrom()))
                    && !(item.effectiveTo() != null && item.effectiveTo().isBefore(o.effectiveFrom())));
            if (!overlaps) {
                items.add(item);
            }
        }
        return ScreeningFixtures.version(1, items.toArray(new RiskListItem[0]));
    }

    @Property(tries = 300)
    @Label("VAL-19: each line is matched with the item RiskListVersion.find gives, alone or in a batch of any length")
    void eachLineIsMatchedAsTheVersionFindsIt(@ForAll("specs") List<Spec> specs,
            @ForAll @Size(max = 100) List<@IntRange(min = 0, max = 9) Integer> lineModels,
            @ForAll @IntRange(min = -5, max = 100) int dayOffset) {
        RiskListVersion version = versionOf(specs);
        Screener screener = Screener.builder(version).build();
        List<DeclarationLine> lines = new ArrayList<>();
        for (int k = 0; k < lineModels.size(); k++) {
            GoodsDescriptor goods = phone(MODELS.get(lineModels.get(k)));
            lines.add(new DeclarationLine("", 1 + k, goods, Money.vnd(1_000 + 7L * k), BigDecimal.ONE, UnitOfMeasure.PIECE,
                    START.plusDays(dayOffset + k % 40)));
        }

        List<ScreeningOutcome> batch = screener.screenAll(lines);

        assertThat(batch).hasSize(lines.size());
        for (int k = 0; k < lines.size(); k++) {
            DeclarationLine line = lines.get(k);
            Optional<String> expected = version.find(line.goods(), line.declarationDay()).map(RiskListItem::itemId);
            ScreeningOutcome alone = screener.screen(line);
            assertThat(alone.referenceBasis().map(ReferenceBasis::itemId)).as("line %d alone", k).isEqualTo(expected);
            assertThat(batch.get(k)).as("line %d in the batch", k).isEqualTo(alone);
        }
    }
}
