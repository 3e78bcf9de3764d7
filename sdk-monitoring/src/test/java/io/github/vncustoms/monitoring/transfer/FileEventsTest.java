package io.github.vncustoms.monitoring.transfer;

import static io.github.vncustoms.monitoring.transfer.ExportRunTest.assertField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.error.ValidationException;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The per-file events of Annex I (MON-T-01, MON-T-03): transmitted, received, applied. */
final class FileEventsTest {
    private static final Instant START = Instant.parse("2026-11-20T02:31:00Z");
    private static final Instant END = Instant.parse("2026-11-20T02:31:04Z");

    @Test
    @DisplayName("MON-T-03: a receipt keeps the Annex I receipt information, normalised")
    void received_keepsTheReceiptInformation() {
        FileReceived r = new FileReceived(" R1 ", "slxnk", "01ab", "hq01", "TK_1.xml", 48_213, " sha256:9f86d0 ", START, END);
        assertThat(r.runId()).isEqualTo("R1");
        assertThat(r.system()).isEqualTo("SLXNK");
        assertThat(r.toUnit()).isEqualTo("HQ01");
        assertThat(r.checksum()).isEqualTo("sha256:9f86d0");
        assertThat(r.hasChecksum()).isTrue();
        assertThat(r.operation()).isEqualTo(TransferOperation.RECEIVE);
        assertThat(r.unitCode()).as("a receipt happens at the receiver").isEqualTo("HQ01");
        assertThat(r.occurredAt()).isEqualTo(END);
        assertThat(new FileReceived("R1", "SLXNK", "01AB", "HQ01", "TK_1.xml", 0, null, START, START).hasChecksum()).isFalse();
    }

    @Test
    @DisplayName("MON-T-03: an update keeps its version and error; an error marks it FAILED")
    void applied_withAnUpdateError_isFailed() {
        FileApplied ok = new FileApplied("R1", "QLRR", "TCHQ", "01AB", "RR_1.xml", 10, "2026.11.20-1", null, START, END);
        FileApplied bad = new FileApplied("R1", "QLRR", "TCHQ", "01AB", "RR_1.xml", 10, " ", "ORA-00001 unique constraint", START, END);
        assertThat(ok.failed()).isFalse();
        assertThat(ok.updateError()).isEmpty();
        assertThat(bad.failed()).isTrue();
        assertThat(bad.version()).isEmpty();
        assertThat(TransferStatus.of(bad)).isEqualTo(TransferStatus.FAILED);
        assertThat(TransferStatus.of(ok)).isEqualTo(TransferStatus.SUCCEEDED);
        assertThat(bad.unitCode()).isEqualTo("01AB");
        assertThat(bad.operation()).isEqualTo(TransferOperation.APPLY);
    }

    @Test
    void transmitted_happensAtTheSender() {
        FileTransmitted t = new FileTransmitted("R1", "SLXNK", "01AB", "HQ01", "TK_1.xml", 1, START, END);
        assertThat(t.unitCode()).isEqualTo("01AB");
        assertThat(t.operation()).isEqualTo(TransferOperation.TRANSMIT);
        assertThat(t.failed()).isFalse();
    }

    @Test
    @DisplayName("MON-T-01: a negative size is refused on the size field, with the figure")
    void negativeSize_isRefused() {
        assertThatThrownBy(() -> new FileTransmitted("R1", "SLXNK", "01AB", "HQ01", "TK_1.xml", -1, START, END))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("size"))
                .hasMessageContaining("-1 bytes").hasMessageContaining("expected 0 or more");
        assertField(() -> new FileReceived("R1", "SLXNK", "01AB", "HQ01", "TK_1.xml", -2, "", START, END), "size");
        assertField(() -> new FileApplied("R1", "SLXNK", "01AB", "HQ01", "TK_1.xml", -3, "", "", START, END), "size");
    }

    @Test
    @DisplayName("MON-T-03: an end before its start is refused, naming both instants")
    void endBeforeStart_isRefused() {
        assertThatThrownBy(() -> new FileReceived("R1", "SLXNK", "01AB", "HQ01", "TK_1.xml", 1, "", END, START))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("receipt"))
                .hasMessageContaining(START.toString()).hasMessageContaining(END.toString());
        assertField(() -> new FileTransmitted("R1", "SLXNK", "01AB", "HQ01", "TK_1.xml", 1, END, START), "transmission");
        assertField(() -> new FileApplied("R1", "SLXNK", "01AB", "HQ01", "TK_1.xml", 1, "", "", END, START), "update");
    }

    @Test
    @DisplayName("MON-T-01: a missing field is refused on that field")
    void missingFields_areRefusedOnTheirField() {
        assertField(() -> new FileTransmitted(null, "SLXNK", "01AB", "HQ01", "TK_1.xml", 1, START, END), "runId");
        assertField(() -> new FileTransmitted("R1", "", "01AB", "HQ01", "TK_1.xml", 1, START, END), "system");
        assertField(() -> new FileTransmitted("R1", "SLXNK", null, "HQ01", "TK_1.xml", 1, START, END), "fromUnit");
        assertField(() -> new FileReceived("R1", "SLXNK", "01AB", null, "TK_1.xml", 1, "", START, END), "toUnit");
        assertField(() -> new FileReceived("R1", "SLXNK", "01AB", "HQ01", " ", 1, "", START, END), "fileName");
        assertField(() -> new FileReceived("R1", "SLXNK", "01AB", "HQ01", "TK_1.xml", 1, "", null, END), "receipt start");
        assertField(() -> new FileApplied("R1", "SLXNK", "01AB", "HQ01", "TK_1.xml", 1, "", "", START, null), "update end");
        assertField(() -> new FileApplied("R1", "SLXNK", "01AB", "01AB", "TK_1.xml", 1, "", "", START, END), "toUnit");
        assertField(() -> new FileApplied("R1", "SLXNK", "01AB", "HQ01", "TK_1.xml", 1, "v".repeat(101), "", START, END), "version");
    }
}
