package io.github.vncustoms.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.error.ValidationException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class HolidayAnnouncementsTest {
    private static final String HEADER = "year,holidays,holiday,break_start,dow_start,break_end,dow_end,calendar_days,"
            + "weekdays_off_public_sector,swapped_saturday_worked,basis,source,confidence\n";

    private static HolidayAnnouncements parse(String rows) {
        return HolidayAnnouncements.parse(new StringReader(HEADER + rows), "test.csv");
    }

    @Test
    void bundled_dataset_holds_every_holiday_of_2024_to_2026_with_a_source() {
        HolidayAnnouncements bundled = HolidayAnnouncements.defaultAnnouncements();
        assertThat(bundled.years()).containsExactly(2024, 2025, 2026);
        assertThat(bundled.announcements()).hasSize(16).allSatisfy(a -> assertThat(a.source()).isNotBlank());
        for (int year = 2024; year <= 2026; year++) {
            for (PublicHoliday holiday : PublicHoliday.values()) {
                assertThat(bundled.find(year, holiday).isPresent()).as(holiday + " " + year)
                        .isEqualTo(holiday.observedIn(year));
            }
        }
        HolidayAnnouncement tet2025 = bundled.find(2025, PublicHoliday.LUNAR_NEW_YEAR).orElseThrow();
        assertThat(tet2025.daysOff()).hasSize(5).first().isEqualTo(LocalDate.of(2025, 1, 27));
        assertThat(tet2025.confidence()).isEqualTo("solid");
    }

    @Test
    void a_csv_row_reads_into_an_announcement() {
        HolidayAnnouncements parsed = parse("2027,NEW_YEAR,Tết Dương lịch,2027-01-01,Fri,2027-01-03,Sun,3,"
                + "2027-01-01,,1/1 Fri,https://example.org/notice,solid\n");
        HolidayAnnouncement a = parsed.announcements().get(0);
        assertThat(a.year()).isEqualTo(2027);
        assertThat(a.holidays()).containsExactly(PublicHoliday.NEW_YEAR);
        assertThat(a.daysOff()).containsExactly(LocalDate.of(2027, 1, 1));
        assertThat(a.workedRestDays()).isEmpty();
        assertThat(a.describe()).isEqualTo("Tết Dương lịch (1/1 Fri)");
    }

    @Test
    void invalid_cells_are_reported_with_line_column_and_expectation() {
        assertThatThrownBy(() -> parse("2027,NEW_YEAR,x,2027-01-01,Fri,2027-01-01,Fri,1,2027-13-01,,,src,\n"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("test.csv line 2")
                .hasMessageContaining("weekdays_off_public_sector")
                .hasMessageContaining("expected an ISO date");
        assertThatThrownBy(() -> parse("2027,EASTER,x,2027-01-01,Fri,2027-01-01,Fri,1,2027-01-01,,,src,\n"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("\"EASTER\" is not a holiday");
        assertThatThrownBy(() -> parse("2027,NEW_YEAR,x,2027-01-01,Mon,2027-01-01,Fri,1,2027-01-01,,,src,\n"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("dow_start")
                .hasMessageContaining("2027-01-01 is a Fri");
        assertThatThrownBy(() -> parse("2027,NEW_YEAR,x,2027-01-01,Fri,2027-01-01,Fri,2,2027-01-01,,,src,\n"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("calendar_days");
        assertThatThrownBy(() -> parse("2027,NEW_YEAR,x,2027-01-01,Fri,2027-01-01,Fri,1,2027-01-01,,,,\n"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("source is blank");
        assertThatThrownBy(() -> HolidayAnnouncements.parse(new StringReader("year,holiday\n2027,x\n"), "short.csv"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("lacks the column(s)");
    }

    @Test
    void a_day_off_outside_the_break_is_rejected() {
        assertThatThrownBy(() -> parse("2027,NEW_YEAR,x,2027-01-01,Fri,2027-01-01,Fri,1,2027-01-04,,,src,\n"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("outside the break");
    }

    @Test
    void the_same_holiday_announced_twice_for_a_year_is_rejected() {
        assertThatThrownBy(() -> parse(
                "2027,NEW_YEAR,a,2027-01-01,Fri,2027-01-01,Fri,1,2027-01-01,,,src,\n"
                + "2027,NEW_YEAR,b,2027-01-01,Fri,2027-01-01,Fri,1,2027-01-01,,,src,\n"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("announced twice");
    }

    @Test
    void a_day_both_off_and_worked_is_rejected() {
        HolidayAnnouncement off = new HolidayAnnouncement(2027, Set.of(PublicHoliday.NEW_YEAR), "a",
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 2), List.of(LocalDate.of(2027, 1, 2)), List.of(),
                "", "src", "");
        HolidayAnnouncement worked = new HolidayAnnouncement(2027, Set.of(PublicHoliday.NATIONAL_DAY), "b",
                LocalDate.of(2027, 9, 2), LocalDate.of(2027, 9, 3), List.of(LocalDate.of(2027, 9, 3)),
                List.of(LocalDate.of(2027, 1, 2)), "", "src", "");
        assertThatThrownBy(() -> HolidayAnnouncements.of(List.of(off, worked)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("2027-01-02 is a worked day");
    }

    @Test
    void culture_day_cannot_be_announced_before_2026() {
        assertThatThrownBy(() -> parse("2025,VIETNAMESE_CULTURE_DAY,x,2025-11-24,Mon,2025-11-24,Mon,1,2025-11-24,,,src,\n"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("not a holiday in 2025");
    }

    @Test
    void newer_announcements_replace_those_of_the_same_year_and_holiday() {
        HolidayAnnouncements newer = parse("2026,NEW_YEAR,Tết Dương lịch (no swap),2026-01-01,Thu,2026-01-01,Thu,1,"
                + "2026-01-01,,revised,https://example.org/revised,solid\n"
                + "2027,LUNAR_NEW_YEAR,Tết 2027,2027-02-04,Thu,2027-02-10,Wed,7,"
                + "2027-02-04 2027-02-05 2027-02-08 2027-02-09 2027-02-10,,announced,https://example.org/tet,solid\n");
        HolidayAnnouncements merged = HolidayAnnouncements.defaultAnnouncements().overlay(newer);
        assertThat(merged.announcements()).hasSize(17);
        assertThat(merged.find(2026, PublicHoliday.NEW_YEAR).orElseThrow().basis()).isEqualTo("revised");

        WorkingCalendar calendar = WorkingCalendar.builder().addAnnouncements(newer).build();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 2))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 10))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 4))).isFalse();
        assertThat(calendar.holidays(2027).explanation()).startsWith("2027: announced schedule loaded, except")
                .contains("New Year's Day").doesNotContain("Lunar New Year");
    }
}
