package io.github.vncustoms.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.error.ErrorCode;
import io.github.vncustoms.core.error.ValidationException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class LunarCalendarTest {
    private final LunarCalendar lunar = LunarCalendar.create();

    @ParameterizedTest(name = "Tết {0} is {1}")
    @CsvSource({
        "2020, 2020-01-25", "2021, 2021-02-12", "2022, 2022-02-01", "2023, 2023-01-22",
        "2024, 2024-02-10", "2025, 2025-01-29", "2026, 2026-02-17", "2027, 2027-02-06",
        "2028, 2028-01-26", "2029, 2029-02-13", "2030, 2030-02-02",
    })
    void lunar_new_year_falls_on_the_published_day(int year, LocalDate tet) {
        assertThat(lunar.newYear(year)).isEqualTo(tet);
        assertThat(lunar.toSolar(LunarDate.of(year, 1, 1))).isEqualTo(tet);
        assertThat(lunar.toLunar(tet)).isEqualTo(LunarDate.of(year, 1, 1));
        assertThat(lunar.toLunar(tet.minusDays(1))).satisfies(eve -> {
            assertThat(eve.year()).isEqualTo(year - 1);
            assertThat(eve.month()).isEqualTo(12);
        });
    }

    @Test
    void lunar_new_year_2030_is_a_day_earlier_in_vietnam_than_in_china() {
        assertThat(LunarCalendar.create().newYear(2030)).isEqualTo(LocalDate.of(2030, 2, 2));
        assertThat(LunarCalendar.create(ZoneOffset.ofHours(8)).newYear(2030)).isEqualTo(LocalDate.of(2030, 2, 3));
    }

    @ParameterizedTest(name = "{0} has leap month {1}")
    @CsvSource({"2020, 4", "2023, 2", "2025, 6", "2028, 5", "2033, 11"})
    void leap_years_have_their_published_leap_month(int year, int leapMonth) {
        LunarYear lunarYear = lunar.year(year);
        assertThat(lunarYear.leapMonth()).hasValue(leapMonth);
        assertThat(lunarYear.months()).hasSize(13);
        LunarMonth leap = lunarYear.month(leapMonth, true).orElseThrow();
        LunarMonth namesake = lunarYear.month(leapMonth, false).orElseThrow();
        assertThat(leap.firstDay()).isEqualTo(namesake.lastDay().plusDays(1));
        assertThat(lunarYear.lengthInDays()).isBetween(383, 385);
    }

    @Test
    void common_years_have_twelve_months_and_no_leap_month() {
        assertThat(lunar.year(2024).leapMonth()).isEmpty();
        assertThat(lunar.year(2024).months()).hasSize(12);
        assertThat(lunar.year(2024).lengthInDays()).isBetween(353, 355);
    }

    @Test
    void leap_month_of_2023_starts_on_22_march() {
        assertThat(lunar.toLunar(LocalDate.of(2023, 3, 22))).isEqualTo(LunarDate.of(2023, 2, 1, true));
        assertThat(lunar.toSolar(LunarDate.of(2023, 2, 15, true))).isEqualTo(LocalDate.of(2023, 4, 5));
    }

    @Test
    void hung_kings_commemoration_matches_the_announced_days() {
        assertThat(lunar.toSolar(LunarDate.of(2024, 3, 10))).isEqualTo(LocalDate.of(2024, 4, 18));
        assertThat(lunar.toSolar(LunarDate.of(2025, 3, 10))).isEqualTo(LocalDate.of(2025, 4, 7));
        assertThat(lunar.toSolar(LunarDate.of(2026, 3, 10))).isEqualTo(LocalDate.of(2026, 4, 26));
    }

    @Test
    void the_year_before_tet_2025_had_no_30th_day_of_month_12_but_the_year_before_tet_2024_had() {
        LunarMonth twelfth2024 = lunar.year(2024).month(12, false).orElseThrow();
        assertThat(twelfth2024.length()).isEqualTo(29);
        assertThat(twelfth2024.lastDay()).isEqualTo(LocalDate.of(2025, 1, 28));
        assertThat(lunar.toSolar(LunarDate.of(2023, 12, 30))).isEqualTo(LocalDate.of(2024, 2, 9));
    }

    @Test
    void day_30_of_a_29_day_month_is_rejected() {
        assertThat(lunar.isValid(LunarDate.of(2024, 12, 30))).isFalse();
        assertThat(lunar.isValid(LunarDate.of(2024, 12, 29))).isTrue();
        assertThatThrownBy(() -> lunar.toSolar(LunarDate.of(2024, 12, 30)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("has 29 days")
                .hasMessageContaining("expected 1 to 29")
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("day"));
    }

    @Test
    void a_leap_flag_on_a_month_that_is_not_leap_is_rejected() {
        assertThat(lunar.isValid(LunarDate.of(2025, 5, 1, true))).isFalse();
        assertThatThrownBy(() -> lunar.toSolar(LunarDate.of(2025, 5, 1, true)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("no leap month 5")
                .hasMessageContaining("leap month 6");
        assertThatThrownBy(() -> lunar.toSolar(LunarDate.of(2024, 1, 1, true)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("has no leap month");
    }

    @Test
    void years_outside_the_supported_range_are_rejected() {
        assertThatThrownBy(() -> LunarDate.of(1799, 1, 1))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("expected 1800 to 2199")
                .satisfies(e -> assertThat(((ValidationException) e).code()).isEqualTo(ErrorCode.INVALID_ARGUMENT));
        assertThatThrownBy(() -> lunar.year(2200)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> lunar.toLunar(lunar.firstSupportedDate().minusDays(1)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("outside the supported range");
        assertThatThrownBy(() -> lunar.toLunar(lunar.lastSupportedDate().plusDays(1)))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void months_and_days_out_of_range_are_rejected() {
        assertThatThrownBy(() -> LunarDate.of(2025, 13, 1)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("expected 1 to 12");
        assertThatThrownBy(() -> LunarDate.of(2025, 1, 31)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("expected 1 to 30");
        assertThatThrownBy(() -> LunarDate.of(2025, 1, 0)).isInstanceOf(ValidationException.class);
    }

    @Test
    void supported_range_converts_at_both_ends() {
        assertThat(lunar.toLunar(lunar.firstSupportedDate())).isEqualTo(LunarDate.of(1800, 1, 1));
        LunarDate last = lunar.toLunar(lunar.lastSupportedDate());
        assertThat(last.year()).isEqualTo(2199);
        assertThat(last.month()).isEqualTo(12);
        assertThat(lunar.toSolar(last)).isEqualTo(lunar.lastSupportedDate());
    }

    @Test
    void lunar_dates_order_a_leap_month_after_its_namesake() {
        assertThat(LunarDate.of(2023, 2, 30)).isLessThan(LunarDate.of(2023, 2, 1, true));
        assertThat(LunarDate.of(2023, 2, 29, true)).isLessThan(LunarDate.of(2023, 3, 1));
        assertThat(LunarDate.of(2023, 2, 15, true)).hasToString("2023-02L-15");
    }

    @Test
    void the_same_instance_returns_the_cached_year() {
        assertThat(lunar.year(2025)).isSameAs(lunar.year(2025));
    }
}
