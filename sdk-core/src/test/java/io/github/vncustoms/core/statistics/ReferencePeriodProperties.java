package io.github.vncustoms.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.json.CustomsJson;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Reference periods of releases (STA-02): months, quarters and years, written and labelled. */
final class ReferencePeriodProperties {

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.longs().between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2999, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Property(tries = 300)
    void the_periods_containing_a_day_nest_month_in_quarter_in_year_and_read_back_from_their_text(
            @ForAll("days") LocalDate day) {
        ReferencePeriod month = ReferencePeriod.containing(PeriodType.MONTH, day);
        ReferencePeriod quarter = ReferencePeriod.containing(PeriodType.QUARTER, day);
        ReferencePeriod year = ReferencePeriod.containing(PeriodType.YEAR, day);
        for (ReferencePeriod p : new ReferencePeriod[] {month, quarter, year}) {
            assertThat(p.contains(day)).isTrue();
            assertThat(p.start()).isBeforeOrEqualTo(p.end());
            assertThat(ReferencePeriod.parse(p.toString())).isEqualTo(p);
            assertThat(ReferencePeriod.isValid(p.toString())).isTrue();
        }
        assertThat(month.isWithin(quarter)).isTrue();
        assertThat(quarter.isWithin(year)).isTrue();
        assertThat(year.isWithin(quarter)).isFalse();
        assertThat(year).isLessThan(quarter);
        assertThat(month.start().minusDays(1)).matches(d -> !month.contains(d));
    }

    @Example
    void periods_are_labelled_the_way_vietnamese_reports_write_them() {
        assertThat(ReferencePeriod.month(2026, 3).labelVi()).isEqualTo("tháng 3/2026");
        assertThat(ReferencePeriod.quarter(2026, 4).labelVi()).isEqualTo("quý IV/2026");
        assertThat(ReferencePeriod.year(2026).labelVi()).isEqualTo("năm 2026");
        assertThat(ReferencePeriod.month(2026, 3).labelEn()).isEqualTo("March 2026");
        assertThat(ReferencePeriod.quarter(2026, 1).labelEn()).isEqualTo("Q1 2026");
        assertThat(ReferencePeriod.parse(" 2026-q2 ")).isEqualTo(ReferencePeriod.quarter(2026, 2));
        assertThat(ReferencePeriod.quarter(2026, 1).end()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(ReferencePeriod.month(2024, 2).end()).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Example
    void bad_periods_say_what_was_expected() {
        assertThatThrownBy(() -> ReferencePeriod.parse("03/2026")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("expected 2026-03 for a month, 2026-Q1 for a quarter or 2026 for a year");
        assertThatThrownBy(() -> ReferencePeriod.month(2026, 13)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("expected 1 to 12");
        assertThatThrownBy(() -> ReferencePeriod.quarter(2026, 5)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("expected 1 to 4");
        assertThatThrownBy(() -> ReferencePeriod.year(1800)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("expected 1900 to 2999");
        assertThat(ReferencePeriod.isValid("2026-Q5")).isFalse();
        assertThat(ReferencePeriod.isValid(null)).isFalse();
    }

    @Example
    void a_period_is_a_plain_string_in_json() {
        String json = CustomsJson.write(ReferencePeriod.quarter(2026, 3));
        assertThat(json).isEqualTo("\"2026-Q3\"");
        assertThat(CustomsJson.read(json, ReferencePeriod.class)).isEqualTo(ReferencePeriod.quarter(2026, 3));
    }
}
