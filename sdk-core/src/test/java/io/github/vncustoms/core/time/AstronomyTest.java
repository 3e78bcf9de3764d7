package io.github.vncustoms.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.vncustoms.core.internal.time.DeltaT;
import io.github.vncustoms.core.internal.time.NewMoon;
import io.github.vncustoms.core.internal.time.SunLongitude;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The astronomy under {@link LunarCalendar}, against worked examples and published instants. */
final class AstronomyTest {
    private static final double UNIX_EPOCH_JD = 2440587.5;

    private static double julianDay(Instant instant) {
        return UNIX_EPOCH_JD + instant.getEpochSecond() / 86400.0;
    }

    @Test
    void new_moon_of_february_1977_matches_meeus_example_49a() {
        assertThat(NewMoon.jde(-283)).isCloseTo(2443192.65118, within(0.00001));
    }

    @Test
    void apparent_solar_longitude_matches_meeus_example_25b_within_half_an_arc_second() {
        double expected = 199 + 54 / 60.0 + 21.818 / 3600.0;
        assertThat(SunLongitude.apparentDegrees(2448908.5)).isCloseTo(expected, within(0.5 / 3600));
    }

    @Test
    void winter_solstice_2024_falls_at_0920_utc() {
        assertThat(SunLongitude.apparentDegreesAtUt(julianDay(Instant.parse("2024-12-21T09:18:00Z")))).isLessThan(270);
        assertThat(SunLongitude.apparentDegreesAtUt(julianDay(Instant.parse("2024-12-21T09:23:00Z")))).isGreaterThan(270);
    }

    @Test
    void new_moon_before_tet_2024_falls_at_2259_utc_on_9_february() {
        long k = NewMoon.nearestLunation(julianDay(Instant.parse("2024-02-10T00:00:00Z")));
        double jde = NewMoon.jde(k);
        double ut = jde - DeltaT.days(jde);
        long seconds = Math.round((ut - UNIX_EPOCH_JD) * 86400);
        assertThat(Instant.ofEpochSecond(seconds)).isBetween(Instant.parse("2024-02-09T22:58:00Z"),
                Instant.parse("2024-02-09T23:01:00Z"));
        // 05:59 on 10 February in Vietnam: the first day of lunar year 2024
        assertThat(LocalDate.ofEpochDay(Math.floorDiv(seconds + 7 * 3600, 86400))).isEqualTo(LocalDate.of(2024, 2, 10));
    }

    @Test
    void delta_t_stays_within_three_seconds_of_the_observed_69_4_seconds_in_2020() {
        assertThat(DeltaT.seconds(2020.0)).isCloseTo(69.4, within(3.0));
    }
}
