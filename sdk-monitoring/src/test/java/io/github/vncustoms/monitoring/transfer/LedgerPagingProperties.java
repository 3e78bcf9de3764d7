package io.github.vncustoms.monitoring.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vncustoms.core.paging.Page;
import io.github.vncustoms.core.paging.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Over generated events and queries, the ledger's pages put together are exactly the matching
 * records in occurrence-then-sequence order, and {@code scan} yields the same (MON-T-06).
 */
final class LedgerPagingProperties {
    private static final Instant RECORDED = Instant.parse("2026-11-21T00:00:00Z");

    @Property(tries = 200)
    @Label("MON-T-06: the pages of find, put together, equal scan and equal the sorted matches")
    void pagesTogether_equalScan_equalSortedMatches(@ForAll("events") List<TransferEvent> events,
            @ForAll("queries") TransferQuery query, @ForAll @IntRange(min = 1, max = 7) int pageSize) {
        InMemoryTransferLedger ledger = new InMemoryTransferLedger();
        List<RecordedTransfer> all = new ArrayList<>();
        for (TransferEvent e : events) {
            TransferRule rule = TransferMatrix.qd3035().resolve(e, TransferFixtures.UNITS);
            all.add(ledger.append(e, rule.fromLevel(), rule.toLevel(), RECORDED));
        }
        TransferScope everything = TransferScope.everything(TransferMatrix.qd3035());
        List<RecordedTransfer> expected = all.stream().filter(query::matches)
                .sorted(Comparator.comparing((RecordedTransfer r) -> r.event().occurredAt())
                        .thenComparingLong(RecordedTransfer::sequence))
                .toList();

        List<RecordedTransfer> paged = new ArrayList<>();
        Page<RecordedTransfer> page = ledger.find(query, everything, PageRequest.first(pageSize));
        paged.addAll(page.items());
        while (page.hasNext()) {
            assertThat(page.items()).hasSize(pageSize);
            page = ledger.find(query, everything, page.nextRequest());
            paged.addAll(page.items());
        }
        List<RecordedTransfer> scanned = new ArrayList<>();
        ledger.scan(query, everything, scanned::add);

        assertThat(page.total()).isEqualTo(expected.size());
        assertThat(paged).isEqualTo(expected);
        assertThat(scanned).isEqualTo(expected);
        assertThat(ledger.size()).isEqualTo(events.size());
    }

    @Provide
    Arbitrary<List<TransferEvent>> events() {
        // Few distinct seconds so that many events share an instant and the sequence decides.
        return Arbitraries.of(TransferFixtures.VALID_FLOWS).flatMap(flow -> Arbitraries.integers().between(0, 9)
                .map(s -> TransferFixtures.event(flow, "R" + s, "F" + s + ".xml", s, TransferFixtures.T0.plusSeconds(s))))
                .list().ofMaxSize(60);
    }

    @Provide
    Arbitrary<TransferQuery> queries() {
        Arbitrary<Instant> bound = Arbitraries.integers().between(-1, 11)
                .map(s -> s < 0 ? null : TransferFixtures.T0.plus(Duration.ofSeconds(s)));
        Arbitrary<String> system = Arbitraries.of("", "SLXNK", "QLRR", "GTT22");
        Arbitrary<TransferOperation> op = Arbitraries.of(TransferOperation.class).injectNull(0.5);
        return net.jqwik.api.Combinators.combine(bound, bound, system, op).as((a, b, s, o) -> {
            TransferQuery.Builder q = TransferQuery.builder();
            if (a != null && b != null && b.isBefore(a)) {
                q.between(b, a);
            } else {
                q.between(a, b);
            }
            if (!s.isEmpty()) {
                q.systems(s);
            }
            if (o != null) {
                q.operations(o);
            }
            return q.build();
        });
    }
}
