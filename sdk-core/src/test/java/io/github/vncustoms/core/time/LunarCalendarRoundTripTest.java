package io.github.vncustoms.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

final class LunarCalendarRoundTripTest {
    private final LunarCalendar lunar = LunarCalendar.create();

    @Test
    void every_supported_day_converts_to_lunar_and_back_and_lunar_days_advance_one_by_one() {
        LocalDate first = lunar.firstSupportedDate();
        LocalDate last = lunar.lastSupportedDate();
        assertThat(first).isBefore(LocalDate.of(1900, 1, 31));
        assertThat(last).isAfter(LocalDate.of(2100, 12, 31));
        LunarDate previous = null;
        int mismatches = 0;
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            LunarDate lunarDay = lunar.toLunar(day);
            if (!lunar.toSolar(lunarDay).equals(day)
                    || (previous != null && !follows(previous, lunarDay))) {
                mismatches++;
            }
            previous = lunarDay;
        }
        assertThat(mismatches).isZero();
    }

    private static boolean follows(LunarDate previous, LunarDate next) {
        if (next.day() != 1) {
            return next.day() == previous.day() + 1 && next.month() == previous.month()
                    && next.leapMonth() == previous.leapMonth() && next.year() == previous.year();
        }
        return previous.day() >= 29 && next.compareTo(previous) > 0;
    }

    /**
     * Compares every lunar year 1900-2100 with a table computed independently from another
     * ephemeris. The only disagreements are two events within seconds of midnight in Vietnam,
     * beyond what either computation can resolve.
     */
    @Test
    void lunar_years_1900_to_2100_match_an_independent_ephemeris_except_two_events_at_midnight() throws IOException {
        List<String> disagreements = new ArrayList<>();
        int years = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                getClass().getResourceAsStream("lunar-years-1900-2100.csv")), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",");
                LunarYear year = lunar.year(Integer.parseInt(cells[0]));
                List<Integer> lengths = Arrays.stream(cells[3].split(" ")).map(Integer::valueOf).toList();
                boolean same = year.firstDay().equals(LocalDate.parse(cells[1]))
                        && year.leapMonth().orElse(0) == Integer.parseInt(cells[2])
                        && year.months().stream().map(LunarMonth::length).toList().equals(lengths);
                if (!same) {
                    disagreements.add(cells[0]);
                }
                years++;
            }
        }
        assertThat(years).isEqualTo(201);
        // 1938: the Sun reaches 180° at 00:00:01 (reference) or a second before midnight (SDK) on 24 Sep
        // (UTC+7), which moves the leap month from 7 to 8. 1967: the new moon of 7/8 July falls 3 s after
        // (reference) or 2 s before (SDK) midnight.
        assertThat(disagreements).containsExactly("1938", "1967");
        assertThat(lunar.year(1938).leapMonth()).hasValue(8);
        assertThat(lunar.year(1967).month(6, false).orElseThrow().firstDay()).isEqualTo(LocalDate.of(1967, 7, 7));
    }
}
