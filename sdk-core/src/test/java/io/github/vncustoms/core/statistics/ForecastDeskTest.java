package io.github.vncustoms.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.error.AccessDeniedException;
import io.github.vncustoms.core.error.InvalidStateException;
import io.github.vncustoms.core.error.NotFoundException;
import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.time.WorkingCalendar;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Example;

/** Forecast rounds (STA-06, QĐ 1991/QĐ-TCHQ Art. 9): who may submit, when, and the report. */
final class ForecastDeskTest {
    private final ForecastRound round = StatisticsFixtures.exportRound();
    private final TestClock clock = TestClock.at("2026-06-16T02:00:00Z");
    private final ForecastDesk desk = ForecastDesk.builder().clock(clock).build();

    private static ForecastSubmission estimate(String org, String value) {
        return ForecastSubmission.of(org, "Cán bộ " + org, EstimateEntry.of("XK_TRI_GIA", value, ""));
    }

    @Example
    void authorised_organisations_submit_attributed_estimates_and_the_report_aggregates_them() {
        desk.open(round);
        List<ForecastEstimate> recorded = desk.submit(round.id(), ForecastSubmission.of("bct", "Nguyễn Văn An",
                EstimateEntry.of("XK_TRI_GIA", "113500000000", "Đơn hàng điện tử quý III tăng"),
                EstimateEntry.of("XK_GAO", "2200000", "Vụ hè thu được mùa")));
        assertThat(recorded).hasSize(2);
        ForecastEstimate first = recorded.get(0);
        assertThat(first.organisationCode()).isEqualTo("BCT");
        assertThat(first.organisationName()).isEqualTo("Bộ Công Thương");
        assertThat(first.submittedBy()).isEqualTo("Nguyễn Văn An");
        assertThat(first.submittedAt()).isEqualTo(clock.instant());
        assertThat(first.revision()).isEqualTo(1);

        clock.advance(Duration.ofHours(2));
        desk.submit(round.id(), estimate("VCCI", "110000000000"));
        desk.submit(round.id(), estimate("VFA", "111000000001"));

        ForecastReport report = desk.report(round.id());
        assertThat(report.isFinal()).isFalse();
        assertThat(report.state()).isEqualTo(RoundState.OPEN);
        IndicatorAggregate exports = report.indicator("XK_TRI_GIA").orElseThrow();
        assertThat(exports.initialForecast()).isEqualByComparingTo("112000000000");
        assertThat(exports.count()).isEqualTo(3);
        assertThat(exports.min()).isEqualByComparingTo("110000000000");
        assertThat(exports.max()).isEqualByComparingTo("113500000000");
        assertThat(exports.median()).isEqualByComparingTo("111000000001");
        assertThat(exports.mean()).isEqualByComparingTo("111500000000.3333");
        assertThat(exports.range()).isEqualByComparingTo("3500000000");
        assertThat(exports.contributions()).extracting(ForecastEstimate::organisationCode).containsExactly("BCT", "VCCI", "VFA");
        assertThat(exports.notSubmitted()).isEmpty();

        IndicatorAggregate rice = report.indicator("XK_GAO").orElseThrow();
        assertThat(rice.count()).isEqualTo(1);
        assertThat(rice.mean()).isEqualByComparingTo("2200000");
        assertThat(rice.notSubmitted()).containsExactly("VCCI", "VFA");
    }

    @Example
    void the_median_of_an_even_count_is_the_exact_mean_of_the_two_middle_estimates() {
        desk.open(round);
        desk.submit(round.id(), estimate("BCT", "100"));
        desk.submit(round.id(), estimate("VCCI", "101"));
        IndicatorAggregate a = desk.report(round.id()).indicator("XK_TRI_GIA").orElseThrow();
        assertThat(a.median()).isEqualByComparingTo("100.5");
        assertThat(a.mean()).isEqualByComparingTo("100.5");
        IndicatorAggregate none = desk.report(round.id()).indicator("XK_GAO").orElseThrow();
        assertThat(none.count()).isZero();
        assertThat(none.mean()).isNull();
        assertThat(none.range()).isNull();
    }

    @Example
    void the_mean_is_rounded_with_the_configured_math_context() {
        ForecastDesk coarse = desk.toBuilder().aggregator(ForecastAggregator.of(new MathContext(4, RoundingMode.HALF_UP))).build();
        coarse.open(round);
        coarse.submit(round.id(), estimate("BCT", "1"));
        coarse.submit(round.id(), estimate("VCCI", "1"));
        coarse.submit(round.id(), estimate("VFA", "2"));
        assertThat(coarse.report(round.id()).indicator("XK_TRI_GIA").orElseThrow().mean()).isEqualTo(new BigDecimal("1.333"));
        assertThatThrownBy(() -> ForecastAggregator.of(MathContext.UNLIMITED)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("expected a precision of at least 1 digit");
    }

    @Example
    void an_unauthorised_organisation_is_refused() {
        desk.open(round);
        assertThatThrownBy(() -> desk.submit(round.id(), estimate("CONG-TY-X", "1")))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("CONG-TY-X is not authorised")
                .hasMessageContaining("expected one of [BCT, VCCI, VFA]");
        assertThat(desk.history(round.id())).isEmpty();
    }

    @Example
    void a_round_closed_by_its_deadline_refuses_submissions_and_its_report_is_final() {
        desk.open(round);
        desk.submit(round.id(), estimate("BCT", "113000000000"));
        clock.set(round.closesAt().minusMillis(1));
        desk.submit(round.id(), estimate("VCCI", "110000000000"));
        clock.set(round.closesAt());
        assertThat(desk.state(round.id())).isEqualTo(RoundState.CLOSED);
        assertThatThrownBy(() -> desk.submit(round.id(), estimate("VFA", "1")))
                .isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("is CLOSED since 2026-06-30T10:00:00Z")
                .hasMessageContaining("expected a submission while the round is open");
        ForecastReport report = desk.report(round.id());
        assertThat(report.isFinal()).isTrue();
        assertThat(report.indicator("XK_TRI_GIA").orElseThrow().count()).isEqualTo(2);
    }

    @Example
    void a_round_closed_early_refuses_submissions_and_cannot_be_closed_twice() {
        desk.open(round);
        ForecastRound closed = desk.close(round.id());
        assertThat(closed.closedEarlyAt()).isEqualTo(clock.instant());
        assertThatThrownBy(() -> desk.submit(round.id(), estimate("BCT", "1"))).isInstanceOf(InvalidStateException.class);
        assertThatThrownBy(() -> desk.close(round.id())).isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("already closed");
    }

    @Example
    void a_round_not_yet_open_refuses_submissions() {
        clock.set(Instant.parse("2026-06-01T00:00:00Z"));
        desk.open(round);
        assertThat(desk.state(round.id())).isEqualTo(RoundState.NOT_YET_OPEN);
        assertThatThrownBy(() -> desk.submit(round.id(), estimate("BCT", "1"))).isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("NOT_YET_OPEN until 2026-06-15T01:00:00Z");
    }

    @Example
    void a_resubmission_replaces_the_estimate_in_the_report_and_the_earlier_one_stays_on_record() {
        desk.open(round);
        desk.submit(round.id(), ForecastSubmission.of("BCT", "Nguyễn Văn An",
                EstimateEntry.of("XK_TRI_GIA", "113000000000", "Lần đầu")));
        clock.advance(Duration.ofDays(1));
        List<ForecastEstimate> second = desk.submit(round.id(), ForecastSubmission.of("BCT", "Trần Thị Bình",
                EstimateEntry.of("XK_TRI_GIA", "111000000000", "Điều chỉnh do đơn hàng giảm")));
        assertThat(second.get(0).revision()).isEqualTo(2);

        List<ForecastEstimate> history = desk.history(round.id(), "bct", "xk_tri_gia");
        assertThat(history).extracting(ForecastEstimate::revision).containsExactly(1, 2);
        assertThat(history).extracting(ForecastEstimate::submittedBy).containsExactly("Nguyễn Văn An", "Trần Thị Bình");
        IndicatorAggregate a = desk.report(round.id()).indicator("XK_TRI_GIA").orElseThrow();
        assertThat(a.count()).isEqualTo(1);
        assertThat(a.contributions()).containsExactly(second.get(0));
        assertThat(a.mean()).isEqualByComparingTo("111000000000");
    }

    @Example
    void bad_submissions_and_rounds_say_what_was_expected() {
        desk.open(round);
        assertThatThrownBy(() -> desk.submit(round.id(), ForecastSubmission.of("BCT", "An",
                EstimateEntry.of("XK_CA_PHE", "1", "")))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("has no indicator XK_CA_PHE: expected one of [XK_TRI_GIA, XK_GAO]");
        assertThatThrownBy(() -> EstimateEntry.of("XK_GAO", "hai triệu", "")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("is not a number");
        assertThatThrownBy(() -> ForecastSubmission.of("BCT", "An")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("holds no estimate");
        assertThatThrownBy(() -> ForecastSubmission.of("BCT", "An", EstimateEntry.of("XK_GAO", "1", ""),
                EstimateEntry.of("xk_gao", "2", ""))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("more than once");
        assertThatThrownBy(() -> ForecastSubmission.of("BCT", " ", EstimateEntry.of("XK_GAO", "1", "")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("submittedBy").hasMessageContaining("blank");
        assertThatThrownBy(() -> desk.submit("KHONG-CO", estimate("BCT", "1"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> desk.open(round)).isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("already exists");
    }

    @Example
    void a_round_must_have_an_initial_forecast_an_authorisation_list_and_a_deadline_after_its_opening() {
        Instant opens = Instant.parse("2026-06-15T01:00:00Z");
        ForecastRound.Builder base = ForecastRound.builder("DB-1").topic("Dự báo xuất khẩu gạo")
                .period(ReferencePeriod.quarter(2026, 3)).opensAt(opens).closesAt(opens.plusSeconds(3600));
        assertThatThrownBy(() -> base.authorise("BCT", "Bộ Công Thương").build()).isInstanceOf(ValidationException.class)
                .hasMessageContaining("has no initial forecast");
        base.initialForecast(IndicatorValue.of("XK_GAO", "Lượng gạo xuất khẩu", "2100000", "tấn"));
        assertThat(base.build().authorised()).hasSize(1);
        assertThatThrownBy(() -> base.authorise("bct", "Bộ Công Thương (trùng)").build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("lists organisation BCT more than once");
        assertThatThrownBy(() -> ForecastRound.builder("DB-2").topic("Dự báo").period(ReferencePeriod.year(2026))
                .initialForecast(IndicatorValue.of("A", "Chỉ tiêu A", "1", "USD")).authorise("BCT", "Bộ Công Thương")
                .opensAt(opens).closesAt(opens).build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("expected a deadline after the opening");
        assertThatThrownBy(() -> ForecastRound.builder("DB-3").topic("Dự báo").build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("lacks a period");
        clock.set(round.closesAt().plusSeconds(1));
        assertThatThrownBy(() -> desk.open(round)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("expected a deadline in the future");
    }

    @Example
    void a_deadline_in_working_days_ends_with_the_working_hours_of_the_last_day() {
        WorkingCalendar calendar = WorkingCalendar.defaultCalendar();
        ForecastRound tenDays = ForecastRound.builder("DB-XK-2026-Q3")
                .topic("Dự báo kim ngạch xuất khẩu quý III/2026")
                .period(ReferencePeriod.quarter(2026, 3))
                .initialForecast(IndicatorValue.of("XK_TRI_GIA", "Trị giá xuất khẩu", "112000000000", "USD"))
                .authorise("BCT", "Bộ Công Thương")
                .opensAt(Instant.parse("2026-06-15T01:00:00Z"))      // Monday 08:00 in Hà Nội
                .closesAfterWorkingDays(calendar, 10)
                .build();
        // 16–19, 22–26 and 29 June: the tenth working day is Monday 29 June; 17:00 in Hà Nội.
        assertThat(calendar.addWorkingDays(java.time.LocalDate.of(2026, 6, 15), 10)).isEqualTo(java.time.LocalDate.of(2026, 6, 29));
        assertThat(tenDays.closesAt()).isEqualTo(Instant.parse("2026-06-29T10:00:00Z"));
        assertThatThrownBy(() -> ForecastRound.builder("X").closesAfterWorkingDays(calendar, 0))
                .isInstanceOf(ValidationException.class).hasMessageContaining("expected at least 1");
    }
}
