package io.github.vncustoms.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vncustoms.core.org.UnitDirectories;
import io.github.vncustoms.core.time.LunarCalendar;
import io.github.vncustoms.core.time.WorkingCalendar;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The README's first command prints a useful report on bundled data. */
final class TodayExampleTest {

    private static String report(LocalDate day) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        TodayExample.print(out, day, WorkingCalendar.defaultCalendar(), LunarCalendar.create(), UnitDirectories.sample());
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void lunarNewYear2026_isReportedAsAnAnnouncedDayOff_withItsLunarDate() {
        String report = report(LocalDate.of(2026, 2, 17));
        assertThat(report).contains("Working day?     no")
                .contains("day 1 of month 1, lunar year 2026")
                .contains("Next working day 2026-02-23")
                // CAM-10: ten working days after the Tết break.
                .contains("+10 working days 2026-03-06");
    }

    @Test
    void anOrdinaryTuesday_isAWorkingDay_andListsTheHolidaysAhead() {
        String report = report(LocalDate.of(2026, 8, 25));
        assertThat(report).contains("Working day?     yes")
                .contains("2026-08-31..2026-09-02")
                .contains("2026-11-24")
                .contains("0100109107 ✗ Tax code 0100109107 has check digit 7");
    }
}
