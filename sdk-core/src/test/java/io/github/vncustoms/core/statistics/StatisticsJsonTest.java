package io.github.vncustoms.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.json.CustomsJson;
import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.Example;

/** Releases, histories, rounds and reports travel as JSON and validate on the way in (STA-03, STA-06). */
final class StatisticsJsonTest {

    @Example
    void a_release_history_reads_back_equal_and_a_period_is_a_string() {
        StatisticsRelease v1 = StatisticsFixtures.marchPreliminary();
        StatisticsRelease v2 = v1.withStatus(ReleaseStatus.OFFICIAL, "Số liệu chính thức", Instant.parse("2026-05-05T02:00:00Z"));
        ReleaseHistory history = ReleaseHistory.of(v1).append(v2);
        String json = CustomsJson.write(history);
        assertThat(json).contains("\"period\":\"2026-03\"").contains("\"status\":\"OFFICIAL\"")
                .contains("\"value\":35200000000").doesNotContain("\"title\":null");
        assertThat(CustomsJson.read(json, ReleaseHistory.class)).isEqualTo(history);
    }

    @Example
    void a_revision_without_explanation_is_refused_when_read_from_json() {
        String json = CustomsJson.write(StatisticsFixtures.marchPreliminary()).replace("\"version\":1", "\"version\":2");
        assertThatThrownBy(() -> CustomsJson.read(json, StatisticsRelease.class))
                .isInstanceOf(ValidationException.class).hasMessageContaining("explanation");
    }

    @Example
    void a_forecast_report_reads_back_equal() {
        TestClock clock = TestClock.at("2026-06-16T02:00:00Z");
        ForecastDesk desk = ForecastDesk.builder().clock(clock).build();
        ForecastRound round = desk.open(StatisticsFixtures.exportRound());
        desk.submit(round.id(), ForecastSubmission.of("VFA", "Lê Văn Cường",
                EstimateEntry.of("XK_GAO", "2150000", "Giá gạo thế giới ổn định")));
        clock.advance(Duration.ofDays(20));
        ForecastReport report = desk.report(round.id());
        String json = CustomsJson.write(report);
        assertThat(json).contains("\"state\":\"CLOSED\"").doesNotContain("\"final\"");
        assertThat(CustomsJson.read(json, ForecastReport.class)).isEqualTo(report);
    }
}
