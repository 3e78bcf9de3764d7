package io.github.vncustoms.monitoring.transfer;

import static io.github.vncustoms.monitoring.transfer.TransferFixtures.T0;
import static io.github.vncustoms.monitoring.transfer.TransferFixtures.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.access.UnitFilter;
import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.paging.Page;
import io.github.vncustoms.core.paging.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The embedded ledger: numbering, look-up by number, ordered and paged finds (MON-T-01, MON-T-06). */
final class InMemoryTransferLedgerTest {
    private static final Instant RECORDED = Instant.parse("2026-11-20T12:00:00Z");
    private static final TransferScope EVERYTHING = TransferScope.everything(TransferMatrix.qd3035());

    private final InMemoryTransferLedger ledger = new InMemoryTransferLedger();

    private RecordedTransfer append(TransferEvent e) {
        TransferRule rule = TransferMatrix.qd3035().resolve(e, TransferFixtures.UNITS);
        return ledger.append(e, rule.fromLevel(), rule.toLevel(), RECORDED);
    }

    private static List<Long> sequences(List<RecordedTransfer> records) {
        return records.stream().map(RecordedTransfer::sequence).toList();
    }

    @Test
    @DisplayName("MON-T-01: appends are numbered 1, 2, 3 … and found again by number")
    void append_numbersFromOne_andGetFindsByNumber() {
        TransferEvent a = event("SLXNK", "01AB", "HQ01", TransferOperation.EXPORT, T0);
        TransferEvent b = event("SLXNK", "01AB", "HQ01", TransferOperation.RECEIVE, T0);
        RecordedTransfer ra = ledger.append(a, 3, 2, RECORDED);
        RecordedTransfer rb = ledger.append(b, 3, 2, RECORDED.plusSeconds(1));
        assertThat(ra.sequence()).isEqualTo(1);
        assertThat(rb.sequence()).isEqualTo(2);
        assertThat(rb.recordedAt()).isEqualTo(RECORDED.plusSeconds(1));
        assertThat(rb.fromLevel()).isEqualTo(3);
        assertThat(rb.toLevel()).isEqualTo(2);
        assertThat(ledger.get(1)).contains(ra);
        assertThat(ledger.get(2)).hasValueSatisfying(r -> assertThat(r.event()).isEqualTo(b));
        assertThat(ledger.get(0)).isEmpty();
        assertThat(ledger.get(3)).isEmpty();
        assertThat(ledger.size()).isEqualTo(2);
    }

    @Test
    @DisplayName("MON-T-01: a refused append uses up no number, so numbers stay gap-free")
    void refusedAppend_leavesNoGap() {
        TransferEvent e = event("SLXNK", "01AB", "HQ01", TransferOperation.EXPORT, T0);
        assertThatThrownBy(() -> ledger.append(e, 0, 2, RECORDED)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> ledger.append(e, 3, 10, RECORDED)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> ledger.append(null, 3, 2, RECORDED)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> ledger.append(e, 3, 2, null)).isInstanceOf(ValidationException.class);
        assertThat(ledger.size()).isZero();
        assertThat(ledger.append(e, 3, 2, RECORDED).sequence()).isEqualTo(1);
    }

    @Test
    @DisplayName("MON-T-06: find orders by occurrence then number, whatever the order of arrival")
    void find_ordersByOccurrenceThenSequence() {
        append(event("SLXNK", "01AB", "HQ01", TransferOperation.RECEIVE, T0.plusSeconds(20)));  // 1
        append(event("SLXNK", "01AB", "HQ01", TransferOperation.EXPORT, T0));                   // 2
        append(event("SLXNK", "01DD", "HQ01", TransferOperation.EXPORT, T0.plusSeconds(20)));   // 3
        append(event("SLXNK", "01AB", "HQ01", TransferOperation.TRANSMIT, T0.plusSeconds(10))); // 4
        Page<RecordedTransfer> page = ledger.find(TransferQuery.all(), EVERYTHING, PageRequest.first(10));
        assertThat(sequences(page.items())).containsExactly(2L, 4L, 1L, 3L);
        assertThat(page.total()).isEqualTo(4);
        assertThat(page.hasNext()).isFalse();
        List<RecordedTransfer> scanned = new ArrayList<>();
        ledger.scan(TransferQuery.all(), EVERYTHING, scanned::add);
        assertThat(scanned).isEqualTo(page.items());
    }

    @Test
    @DisplayName("MON-T-06: find pages through the matches and counts them all")
    void find_pagesAndCountsTheTotal() {
        for (int i = 0; i < 25; i++) {
            append(event("GTT22", "TCHQ", "HQ02", TransferOperation.EXPORT, T0.plusSeconds(i)));
            append(event("GTT22", "TCHQ", "HQ02", TransferOperation.RECEIVE, T0.plusSeconds(i)));
        }
        TransferQuery exports = TransferQuery.builder().operations(TransferOperation.EXPORT).build();
        Page<RecordedTransfer> first = ledger.find(exports, EVERYTHING, PageRequest.first(10));
        assertThat(first.items()).hasSize(10).allMatch(r -> r.event().operation() == TransferOperation.EXPORT);
        assertThat(first.total()).isEqualTo(25);
        assertThat(first.hasNext()).isTrue();
        Page<RecordedTransfer> third = ledger.find(exports, EVERYTHING, first.nextRequest().next());
        assertThat(third.items()).hasSize(5);
        assertThat(third.items().get(0).event().occurredAt()).isEqualTo(T0.plusSeconds(20));
        assertThat(third.hasNext()).isFalse();
        Page<RecordedTransfer> beyond = ledger.find(exports, EVERYTHING, PageRequest.of(100, 10));
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(25);
    }

    @Test
    @DisplayName("MON-T-06: a time range includes its start and excludes its end, at equal instants too")
    void find_timeRange_isFromInclusiveToExclusive() {
        for (int i = 0; i < 5; i++) {
            append(event("VICUM", "HQ03", "03CC", TransferOperation.RECEIVE, T0.plusSeconds(10L * i)));
            append(event("VICUM", "HQ03", "03EE", TransferOperation.RECEIVE, T0.plusSeconds(10L * i)));
        }
        TransferQuery range = TransferQuery.builder().between(T0.plusSeconds(10), T0.plusSeconds(30)).build();
        List<RecordedTransfer> found = ledger.find(range, EVERYTHING, PageRequest.first(100)).items();
        assertThat(found).extracting(r -> r.event().occurredAt())
                .containsExactly(T0.plusSeconds(10), T0.plusSeconds(10), T0.plusSeconds(20), T0.plusSeconds(20));
        assertThat(ledger.find(TransferQuery.builder().between(T0.plusSeconds(40), null).build(), EVERYTHING,
                PageRequest.first(100)).total()).isEqualTo(2);
        assertThat(ledger.find(TransferQuery.builder().between(null, T0.plusSeconds(10)).build(), EVERYTHING,
                PageRequest.first(100)).total()).isEqualTo(2);
    }

    @Test
    @DisplayName("MON-T-05: find and scan return nothing outside the scope, by unit and by matrix row")
    void find_keepsOnlyTheScope() {
        append(event("SLXNK", "01AB", "HQ01", TransferOperation.EXPORT, T0));   // at 01AB
        append(event("SLXNK", "01AB", "HQ01", TransferOperation.RECEIVE, T0));  // at HQ01
        append(event("SLXNK", "01DD", "HQ01", TransferOperation.EXPORT, T0));   // at 01DD
        TransferScope branch = new TransferScope(new UnitFilter(false, Set.of("01AB")), TransferMatrix.qd3035().rules());
        assertThat(sequences(ledger.find(TransferQuery.all(), branch, PageRequest.first(10)).items())).containsExactly(1L);
        TransferScope receiptsOnly = new TransferScope(UnitFilter.all(),
                TransferMatrix.qd3035().rules().stream().filter(r -> r.operation() == TransferOperation.RECEIVE).toList());
        List<RecordedTransfer> scanned = new ArrayList<>();
        ledger.scan(TransferQuery.all(), receiptsOnly, scanned::add);
        assertThat(sequences(scanned)).containsExactly(2L);
        TransferScope nothing = new TransferScope(UnitFilter.none(), List.of());
        assertThat(ledger.find(TransferQuery.all(), nothing, PageRequest.first(10)).total()).isZero();
    }
}
