package io.github.vncustoms.monitoring.reconcile;

import static io.github.vncustoms.monitoring.reconcile.ReconcileFixtures.DAY_START;
import static io.github.vncustoms.monitoring.reconcile.ReconcileFixtures.T0;
import static io.github.vncustoms.monitoring.reconcile.ReconcileFixtures.reconciler;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vncustoms.monitoring.reconcile.ReconcileFixtures.Recorder;
import io.github.vncustoms.monitoring.transfer.ExportRun;
import io.github.vncustoms.monitoring.transfer.FileApplied;
import io.github.vncustoms.monitoring.transfer.FileReceived;
import io.github.vncustoms.monitoring.transfer.TransferEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Over generated days of transfers with every kind of anomaly (MON-T-02, MON-T-04): arrival order
 * does not matter, a file matched end to end is never reported, and the Annex I totals balance
 * exactly when no TOTALS_MISMATCH is reported.
 */
final class ReconcilerProperties {
    private static final Instant END = T0.plus(Duration.ofDays(1));

    @Provide
    Arbitrary<Scenario> scenarios() {
        return Scenario.scenarios();
    }

    /** Feeds the events given before the watermark, advances to it, feeds the rest and finishes. */
    private static Recorder stream(List<TransferEvent> before, List<TransferEvent> after, Instant watermark) {
        Recorder heard = new Recorder();
        try (ReconciliationSession session = reconciler().open(DAY_START, heard)) {
            before.forEach(session::accept);
            session.advanceTo(watermark);
            after.forEach(session::accept);
            session.finish(END);
        }
        return heard;
    }

    @Property(tries = 200)
    @Label("MON-T-04: the same events in any order of arrival, before the same watermarks, give the same discrepancies in the same order")
    void anyArrivalOrder_givesTheSameDiscrepancies(@ForAll("scenarios") Scenario scenario, @ForAll Random random,
            @ForAll @IntRange(min = 0, max = 900) int watermarkMinute) {
        Instant watermark = T0.plusSeconds(60L * watermarkMinute);
        List<TransferEvent> before = new ArrayList<>();
        List<TransferEvent> after = new ArrayList<>();
        for (TransferEvent e : scenario.events()) {
            (e.occurredAt().isAfter(watermark) ? after : before).add(e);
        }
        Recorder inTimeOrder = stream(before, after, watermark);

        Collections.shuffle(before, random);
        Collections.shuffle(after, random);
        Recorder shuffled = stream(before, after, watermark);

        assertThat(shuffled.heard).isEqualTo(inTimeOrder.heard);
        List<TransferEvent> all = new ArrayList<>(scenario.events());
        Collections.shuffle(all, random);
        assertThat(reconciler().reconcile(all, DAY_START, END))
                .isEqualTo(reconciler().reconcile(scenario.events(), DAY_START, END));
    }

    @Property(tries = 200)
    @Label("MON-T-04: a file exported, transmitted, received and updated in time with matching sizes and checksums is never reported")
    void aFileMatchedEndToEnd_isNeverReported(@ForAll("scenarios") Scenario scenario,
            @ForAll @IntRange(min = 0, max = 900) int watermarkMinute) {
        Instant watermark = T0.plusSeconds(60L * watermarkMinute);
        List<TransferEvent> before = scenario.events().stream().filter(e -> !e.occurredAt().isAfter(watermark)).toList();
        List<TransferEvent> after = scenario.events().stream().filter(e -> e.occurredAt().isAfter(watermark)).toList();
        Set<List<String>> clean = scenario.cleanFiles();

        Recorder heard = stream(before, after, watermark);

        assertThat(heard.discrepancies).noneMatch(d -> clean.contains(List.of(d.runId(), d.fileName())));
        assertThat(heard.runs).filteredOn(s -> scenario.runs().get(Integer.parseInt(s.run().runId().substring(1))).clean())
                .allSatisfy(s -> assertThat(s.clean()).isTrue());
    }

    /** The Annex I figures of one run, counted by the test from the events alone. */
    private record Figures(int exported, long exportedSize, int received, long receivedSize, long appliedSize) {
        boolean balance(boolean apply) {
            return exported == received && exportedSize == receivedSize && (!apply || appliedSize == receivedSize);
        }
    }

    private static Map<String, Figures> figures(List<TransferEvent> events) {
        Map<String, ExportRun> runs = new HashMap<>();
        Map<List<String>, FileReceived> firstReceipt = new HashMap<>();
        Map<List<String>, FileApplied> firstUpdate = new HashMap<>();
        for (TransferEvent e : events) {
            if (e instanceof ExportRun r) {
                runs.put(r.runId(), r);
            } else if (e instanceof FileReceived r) {
                firstReceipt.merge(List.of(r.runId(), r.fileName()), r, (a, b) -> b.endedAt().isBefore(a.endedAt()) ? b : a);
            } else if (e instanceof FileApplied a && !a.failed()) {
                firstUpdate.merge(List.of(a.runId(), a.fileName()), a, (x, y) -> y.endedAt().isBefore(x.endedAt()) ? y : x);
            }
        }
        Map<String, Figures> figures = new HashMap<>();
        runs.forEach((id, r) -> {
            int received = 0;
            long receivedSize = 0;
            long appliedSize = 0;
            for (FileReceived x : firstReceipt.values()) {
                if (x.runId().equals(id)) {
                    received++;
                    receivedSize += x.size();
                }
            }
            for (FileApplied x : firstUpdate.values()) {
                if (x.runId().equals(id)) {
                    appliedSize += x.size();
                }
            }
            figures.put(id, new Figures(r.totalFiles(), r.totalSize(), received, receivedSize, appliedSize));
        });
        return figures;
    }

    @Property(tries = 300)
    @Label("MON-T-02, MON-T-04: the Annex I totals balance for clean runs, and a TOTALS_MISMATCH appears exactly when they do not")
    void annexITotals_balanceExactlyWhenNoTotalsMismatchIsReported(@ForAll("scenarios") Scenario scenario) {
        List<TransferEvent> events = scenario.events();
        Map<String, Figures> expected = figures(events);

        ReconciliationResult result = reconciler().reconcile(events, DAY_START, END);

        assertThat(result.runs()).hasSize(expected.size());
        for (RunSummary s : result.runs()) {
            String id = s.run().runId();
            Figures f = expected.get(id);
            boolean apply = scenario.runs().get(Integer.parseInt(id.substring(1))).flow().apply();
            assertThat(s.filesReceived()).isEqualTo(f.received());
            assertThat(s.sizeReceived()).isEqualTo(f.receivedSize());
            assertThat(s.sizeApplied()).isEqualTo(f.appliedSize());
            boolean mismatch = result.ofKind(DiscrepancyKind.TOTALS_MISMATCH).stream().anyMatch(d -> d.runId().equals(id));
            assertThat(mismatch).as("TOTALS_MISMATCH for %s with %s (apply %s)", id, f, apply).isEqualTo(!f.balance(apply));
            if (scenario.runs().get(Integer.parseInt(id.substring(1))).clean()) {
                assertThat(f.balance(apply)).isTrue();
                assertThat(s.filesReceived()).isEqualTo(s.run().totalFiles());
                assertThat(s.sizeReceived()).isEqualTo(s.run().totalSize());
                assertThat(s.sizeApplied()).isEqualTo(apply ? s.run().totalSize() : 0);
            }
        }
    }
}
