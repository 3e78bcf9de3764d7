package io.github.vncustoms.valuation.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.error.ValidationException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Example;
import net.jqwik.api.Label;

/** A summary counts outcomes per kind and no-match reason (VAL-19). */
final class ScreeningSummaryTest {
    @Example
    @Label("VAL-19: an empty batch counts zero of everything, every reason present")
    void anEmptyBatchCountsZero() {
        ScreeningSummary summary = ScreeningSummary.of(List.of());

        assertThat(summary.total()).isZero();
        assertThat(summary.noMatches()).containsOnlyKeys(NoMatchReason.values()).allSatisfy((r, n) -> assertThat(n).isZero());
    }

    @Example
    @Label("counts given for some reasons only are completed with zeros; negative counts are refused")
    void countsAreCompletedAndChecked() {
        ScreeningSummary summary = new ScreeningSummary(3, 2, Map.of(NoMatchReason.NO_EXCHANGE_RATE, 4L));

        assertThat(summary.count(OutcomeKind.NO_MATCH)).isEqualTo(4);
        assertThat(summary.count(NoMatchReason.GOODS_NOT_LISTED)).isZero();
        assertThat(summary.total()).isEqualTo(9);
        assertThat(summary).isEqualTo(new ScreeningSummary(3, 2, new EnumMap<>(Map.of(NoMatchReason.NO_EXCHANGE_RATE, 4L,
                NoMatchReason.NO_UNIT_CONVERSION, 0L))));
        assertThatThrownBy(() -> new ScreeningSummary(-1, 0, Map.of())).isInstanceOf(ValidationException.class)
                .hasMessageContaining("expected 0 or more");
        assertThatThrownBy(() -> new ScreeningSummary(0, 0, Map.of(NoMatchReason.NO_REFERENCE_PRICE, -2L)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("noMatches.NO_REFERENCE_PRICE");
    }
}
