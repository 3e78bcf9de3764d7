package io.github.vncustoms.monitoring.report;

import static io.github.vncustoms.monitoring.report.KnownDay.EXPORT_A;
import static io.github.vncustoms.monitoring.report.KnownDay.applied;
import static io.github.vncustoms.monitoring.report.KnownDay.received;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.monitoring.transfer.FileApplied;
import io.github.vncustoms.monitoring.transfer.FileReceived;
import io.github.vncustoms.monitoring.transfer.TransferEvent;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** How receipts and updates of one file become Annex I part 2 rows (MON-T-03). */
final class ReceiptPairingTest {
    private static final String FILE = KnownDay.A1;

    @Test
    @DisplayName("MON-T-03: a file received twice and applied after each receipt gives two rows, each with its own update")
    void fileReceivedTwice_appliedAfterEach_givesTwoRowsEachWithItsUpdate() {
        FileReceived first = received(EXPORT_A, FILE, 100, "09:00:00", "09:00:01");
        FileReceived second = received(EXPORT_A, FILE, 100, "09:10:00", "09:10:01");
        FileApplied afterFirst = applied(EXPORT_A, FILE, 100, "1", "", "09:05:00", "09:05:01");
        FileApplied afterSecond = applied(EXPORT_A, FILE, 100, "2", "", "09:15:00", "09:15:01");
        List<ReceiptInfoRow> rows = ReceiptInfoRow.pair(List.of(afterSecond, second, afterFirst, first));
        assertThat(rows).containsExactly(ReceiptInfoRow.of(first, afterFirst), ReceiptInfoRow.of(second, afterSecond));
    }

    @Test
    @DisplayName("MON-T-03: a failed update and its retry after one receipt give two rows, so the error stays visible")
    void failedUpdateAndRetry_afterOneReceipt_giveTwoRows() {
        FileReceived receipt = received(EXPORT_A, FILE, 100, "09:00:00", "09:00:01");
        FileApplied failed = applied(EXPORT_A, FILE, 100, "1", "timeout", "09:05:00", "09:05:01");
        FileApplied retry = applied(EXPORT_A, FILE, 100, "1", "", "09:06:00", "09:06:01");
        List<ReceiptInfoRow> rows = ReceiptInfoRow.pair(List.of(retry, receipt, failed));
        assertThat(rows).containsExactly(ReceiptInfoRow.of(receipt, failed), ReceiptInfoRow.of(receipt, retry));
        assertThat(rows.get(0).update().failed()).isTrue();
        assertThat(rows.get(1).update().failed()).isFalse();
    }

    @Test
    @DisplayName("MON-T-03: an update with no receipt before it gives a row with an empty receipt part")
    void updateWithoutReceipt_givesARowWithAnEmptyReceiptPart() {
        FileApplied orphan = applied(EXPORT_A, FILE, 100, "1", "", "08:00:00", "08:00:01");
        FileReceived later = received(EXPORT_A, FILE, 100, "09:00:00", "09:00:01");
        List<ReceiptInfoRow> rows = ReceiptInfoRow.pair(List.of(later, orphan));
        assertThat(rows).hasSize(2);
        ReceiptInfoRow first = rows.get(0);
        assertThat(first.hasReceipt()).isFalse();
        assertThat(first.receivedFileName()).isEmpty();
        assertThat(first.updatedFileName()).isEqualTo(FILE);
        assertThat(first.startedAt()).isEqualTo(orphan.startedAt());
        assertThat(rows.get(1).hasUpdate()).isFalse();
        assertThat(rows.get(1).receivedFileName()).isEqualTo(FILE);
        assertThat(rows.get(1).updatedFileName()).isEmpty();
    }

    @Test
    @DisplayName("MON-T-03: an update belongs to the file on its own flow only, not to a namesake of another run")
    void updates_pairOnlyWithinTheSameFileOfTheSameRun() {
        FileReceived receipt = received(EXPORT_A, FILE, 100, "09:00:00", "09:00:01");
        FileApplied otherRun = new FileApplied("OTHER-RUN", "SLXNK", "01AB", "HQ01", FILE, 100, "1", "",
                KnownDay.vn("09:05:00"), KnownDay.vn("09:05:01"));
        List<ReceiptInfoRow> rows = ReceiptInfoRow.pair(List.<TransferEvent>of(receipt, otherRun, EXPORT_A));
        assertThat(rows).containsExactly(ReceiptInfoRow.of(receipt, null), ReceiptInfoRow.of(null, otherRun));
    }

    @Test
    @DisplayName("MON-T-03: a receipt and an update of different files cannot share a row")
    void of_receiptAndUpdateOfDifferentFiles_isRefused() {
        FileReceived receipt = received(EXPORT_A, FILE, 100, "09:00:00", "09:00:01");
        FileApplied other = applied(EXPORT_A, KnownDay.A2, 100, "1", "", "09:05:00", "09:05:01");
        assertThatThrownBy(() -> ReceiptInfoRow.of(receipt, other))
                .isInstanceOf(ValidationException.class).hasMessageContaining("not of the file received");
        assertThatThrownBy(() -> ReceiptInfoRow.of(null, null)).isInstanceOf(ValidationException.class);
    }
}
