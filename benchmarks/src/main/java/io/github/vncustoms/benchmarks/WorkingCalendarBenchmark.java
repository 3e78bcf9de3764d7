package io.github.vncustoms.benchmarks;

import io.github.vncustoms.core.time.LunarCalendar;
import io.github.vncustoms.core.time.LunarDate;
import io.github.vncustoms.core.time.WorkingCalendar;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Calendar arithmetic, which every working-day deadline (CAM-10, CAM-12, help-desk SLAs) runs:
 * adding working days across Tết, counting them over a year, and converting to the lunar calendar.
 * The calendars are warm (their yearly schedules computed), as in a running service.
 *
 * <p>JMH state; not thread-safe, as JMH expects.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class WorkingCalendarBenchmark {
    private WorkingCalendar calendar;
    private LunarCalendar lunar;
    private final LocalDate beforeTet = LocalDate.of(2026, 2, 12);
    private final LocalDate yearStart = LocalDate.of(2026, 1, 1);
    private final LocalDate yearEnd = LocalDate.of(2026, 12, 31);
    private final LunarDate tet2030 = LunarDate.of(2030, 1, 1);

    /** Builds the calendars and warms their caches. */
    @Setup
    public void setUp() {
        calendar = WorkingCalendar.defaultCalendar();
        lunar = LunarCalendar.create();
        calendar.addWorkingDays(beforeTet, 10);
        lunar.toSolar(tet2030);
    }

    /**
     * Ten working days from the day before the 2026 Tết break (CAM-10's repair deadline).
     *
     * @return the deadline
     */
    @Benchmark
    public LocalDate addTenWorkingDaysAcrossTet() {
        return calendar.addWorkingDays(beforeTet, 10);
    }

    /**
     * Counts the working days of 2026.
     *
     * @return the count
     */
    @Benchmark
    public int countWorkingDaysInAYear() {
        return calendar.countWorkingDays(yearStart, yearEnd);
    }

    /**
     * Converts a solar day to its lunar date.
     *
     * @return the lunar date
     */
    @Benchmark
    public LunarDate solarToLunar() {
        return lunar.toLunar(beforeTet);
    }

    /**
     * Converts a lunar date (Tết 2030) to its solar day.
     *
     * @return the solar day
     */
    @Benchmark
    public LocalDate lunarToSolar() {
        return lunar.toSolar(tet2030);
    }
}
