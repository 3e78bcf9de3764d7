package io.github.vncustoms.core.statistics;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The forecast report of a round (báo cáo dự báo, QĐ 1991/QĐ-TCHQ Art. 9.2, STA-06): the initial
 * forecast and the aggregated opinions of the authorised organisations, per indicator, as of a
 * moment. Final once the round is closed; interim while it is open.
 *
 * <p>Immutable and thread-safe.
 *
 * @param round the round, as of {@code asOf}
 * @param asOf when the report was made
 * @param state the round's state at {@code asOf}
 * @param indicators one aggregate per indicator, in the order of the initial forecast
 */
public record ForecastReport(ForecastRound round, Instant asOf, RoundState state, List<IndicatorAggregate> indicators) {
    /**
     * Validates and copies.
     *
     * @throws NullPointerException if a part is null
     */
    public ForecastReport {
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(state, "state");
        indicators = List.copyOf(Objects.requireNonNull(indicators, "indicators"));
    }

    /**
     * Tells whether the report is final: the round was closed when it was made.
     *
     * @return {@code true} if {@link #state()} is {@link RoundState#CLOSED}
     */
    @JsonIgnore
    public boolean isFinal() {
        return state == RoundState.CLOSED;
    }

    /**
     * Finds the aggregate of an indicator.
     *
     * @param indicatorCode the indicator's code, any case
     * @return the aggregate, or empty if the round has no such indicator
     */
    public Optional<IndicatorAggregate> indicator(String indicatorCode) {
        Objects.requireNonNull(indicatorCode, "indicatorCode");
        return indicators.stream().filter(a -> a.indicator().code().equalsIgnoreCase(indicatorCode.strip())).findFirst();
    }
}
