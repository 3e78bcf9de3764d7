package io.github.vncustoms.valuation.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Backup periods are Hanoi days and half days (VAL-22). */
final class BackupPeriodTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    @Test
    @DisplayName("VAL-22: a morning is 00:00–12:00 and an afternoon 12:00–24:00 Hanoi time (UTC+7)")
    void halfDays_followHanoiTime() {
        assertThat(BackupPeriod.morning(DAY).start()).isEqualTo(Instant.parse("2026-11-19T17:00:00Z"));
        assertThat(BackupPeriod.morning(DAY).end()).isEqualTo(Instant.parse("2026-11-20T05:00:00Z"));
        assertThat(BackupPeriod.afternoon(DAY).start()).isEqualTo(Instant.parse("2026-11-20T05:00:00Z"));
        assertThat(BackupPeriod.afternoon(DAY).end()).isEqualTo(Instant.parse("2026-11-20T17:00:00Z"));
        assertThat(BackupPeriod.day(DAY).start()).isEqualTo(BackupPeriod.morning(DAY).start());
        assertThat(BackupPeriod.day(DAY).end()).isEqualTo(BackupPeriod.afternoon(DAY).end());
    }

    @Test
    void contains_includesTheStart_andExcludesTheEnd() {
        BackupPeriod morning = BackupPeriod.morning(DAY);
        assertThat(morning.contains(morning.start())).isTrue();
        assertThat(morning.contains(morning.end().minusNanos(1))).isTrue();
        assertThat(morning.contains(morning.end())).isFalse();
        assertThat(BackupPeriod.afternoon(DAY).contains(morning.end())).isTrue();
    }

    @Test
    void fileNames_tellThePeriodsApart() {
        assertThat(BackupPeriod.day(DAY).fileName()).isEqualTo("valuation-observations-2026-11-20.jsonl");
        assertThat(BackupPeriod.morning(DAY).fileName()).isEqualTo("valuation-observations-2026-11-20-morning.jsonl");
        assertThat(BackupPeriod.afternoon(DAY).fileName()).isEqualTo("valuation-observations-2026-11-20-afternoon.jsonl");
    }
}
