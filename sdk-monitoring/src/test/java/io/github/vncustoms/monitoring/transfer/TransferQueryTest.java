package io.github.vncustoms.monitoring.transfer;

import static io.github.vncustoms.monitoring.transfer.ExportRunTest.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** History conditions (MON-T-06): each condition of a query, alone, and its checks. */
final class TransferQueryTest {
    private static final Instant AT = Instant.parse("2026-11-20T02:30:00Z");
    private static final RecordedTransfer RECEIVED = recorded(1,
            new FileReceived("R1", "SLXNK", "01AB", "HQ01", "TK_1.xml", 10, "", AT.minusSeconds(4), AT), 3, 2);
    private static final RecordedTransfer FAILED_APPLY = recorded(2,
            new FileApplied("R7", "QLRR", "TCHQ", "01AB", "RR_7.xml", 10, "3", "disk full", AT, AT.plusSeconds(60)), 1, 3);
    private static final RecordedTransfer EXPORT = recorded(3,
            ExportRun.of("R1", "SLXNK", "01AB", "HQ01", AT.minusSeconds(60), List.of(ExportedFile.automatic("TK_1.xml", 10))), 3, 2);

    private static RecordedTransfer recorded(long seq, TransferEvent e, int from, int to) {
        return new RecordedTransfer(seq, AT.plusSeconds(3600), from, to, e);
    }

    @Test
    @DisplayName("MON-T-06: the empty query matches everything")
    void all_matchesEverything() {
        assertThat(List.of(RECEIVED, FAILED_APPLY, EXPORT)).allMatch(TransferQuery.all()::matches);
    }

    @Test
    @DisplayName("MON-T-06: units are those where the operation happened")
    void units_areWhereTheOperationHappened() {
        TransferQuery atHanoi = TransferQuery.builder().units("hq01").build();
        assertThat(atHanoi.units()).containsExactly("HQ01");
        assertThat(atHanoi.matches(RECEIVED)).isTrue();
        assertThat(atHanoi.matches(EXPORT)).as("exported at 01AB, not HQ01").isFalse();
        assertThat(TransferQuery.builder().units("01AB").build().matches(EXPORT)).isTrue();
    }

    @Test
    @DisplayName("MON-T-06: by system, operation and status")
    void systemsOperationsAndStatuses_filter() {
        assertThat(TransferQuery.builder().systems(" qlrr ").build().matches(FAILED_APPLY)).isTrue();
        assertThat(TransferQuery.builder().systems("QLRR").build().matches(RECEIVED)).isFalse();
        TransferQuery exportsOrReceipts = TransferQuery.builder()
                .operations(TransferOperation.EXPORT, TransferOperation.RECEIVE).build();
        assertThat(exportsOrReceipts.matches(EXPORT)).isTrue();
        assertThat(exportsOrReceipts.matches(RECEIVED)).isTrue();
        assertThat(exportsOrReceipts.matches(FAILED_APPLY)).isFalse();
        TransferQuery failed = TransferQuery.builder().statuses(TransferStatus.FAILED).build();
        assertThat(failed.matches(FAILED_APPLY)).isTrue();
        assertThat(failed.matches(RECEIVED)).isFalse();
    }

    @Test
    @DisplayName("MON-T-06: the time range is over occurrence, from inclusive, to exclusive")
    void between_isFromInclusiveToExclusive() {
        assertThat(TransferQuery.builder().between(AT, null).build().matches(RECEIVED)).isTrue();
        assertThat(TransferQuery.builder().between(null, AT).build().matches(RECEIVED)).isFalse();
        assertThat(TransferQuery.builder().between(AT.minusSeconds(60), AT).build().matches(EXPORT)).isTrue();
        assertThat(TransferQuery.builder().between(AT.minusSeconds(59), AT.plusSeconds(1)).build().matches(EXPORT)).isFalse();
        assertThat(TransferQuery.builder().between(AT, AT).build().matches(RECEIVED)).as("an empty range").isFalse();
    }

    @Test
    @DisplayName("MON-T-06: one run, or one file; an export run names no single file")
    void runAndFile_filter() {
        assertThat(TransferQuery.builder().run("R1").build().matches(EXPORT)).isTrue();
        assertThat(TransferQuery.builder().run("R1").build().matches(FAILED_APPLY)).isFalse();
        TransferQuery file = TransferQuery.builder().file("TK_1.xml").build();
        assertThat(file.matches(RECEIVED)).isTrue();
        assertThat(file.matches(EXPORT)).isFalse();
        assertThat(TransferQuery.builder().run(" ").file(null).build()).isEqualTo(TransferQuery.all());
    }

    @Test
    void malformedConditions_areRefusedOnTheirField() {
        assertField(() -> TransferQuery.builder().between(AT, AT.minusSeconds(1)).build(), "to");
        assertField(() -> TransferQuery.builder().units("not a unit").build(), "units");
        assertField(() -> TransferQuery.builder().systems("SL XNK").build(), "system");
        assertField(() -> TransferQuery.builder().run("r\u0000").build(), "runId");
        assertField(() -> new TransferQuery(null, java.util.Set.of(), java.util.Set.of(), java.util.Set.of(),
                null, null, "", ""), "units");
    }
}
