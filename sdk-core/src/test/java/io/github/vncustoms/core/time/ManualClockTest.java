package io.github.vncustoms.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

final class ManualClockTest {

    @Test
    void setAndAdvance_moveTheInstant_andAZoneViewFollowsIt() {
        ManualClock clock = ManualClock.at(Instant.parse("2026-11-20T00:00:00Z"));
        var utc = clock.withZone(ZoneOffset.UTC);

        assertThat(clock.advance(Duration.ofMinutes(30))).isEqualTo(Instant.parse("2026-11-20T00:30:00Z"));
        clock.set(Instant.parse("2026-11-21T10:00:00Z"));

        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-11-21T10:00:00Z"));
        assertThat(utc.instant()).isEqualTo(clock.instant());
        assertThat(clock.getZone()).isEqualTo(WorkingCalendar.VIETNAM_ZONE);
        assertThat(utc.getZone()).isEqualTo(ZoneOffset.UTC);
    }
}
