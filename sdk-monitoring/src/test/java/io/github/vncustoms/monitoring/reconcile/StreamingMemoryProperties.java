package io.github.vncustoms.monitoring.reconcile;

import static io.github.vncustoms.monitoring.reconcile.ReconcileFixtures.T0;
import static io.github.vncustoms.monitoring.reconcile.ReconcileFixtures.clean;
import static io.github.vncustoms.monitoring.reconcile.ReconcileFixtures.reconciler;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vncustoms.monitoring.reconcile.ReconcileFixtures.Recorder;
import io.github.vncustoms.monitoring.transfer.ExportRun;
import io.github.vncustoms.monitoring.transfer.ExportedFile;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Fed in time order with an advancing watermark, a session holds only the runs exported within the
 * settle time: memory grows with the files still unsettled, not with every event seen (issue 4,
 * "Scale and speed"; MON-T-04).
 */
final class StreamingMemoryProperties {
    private static final String[][] FLOWS = {{"SLXNK", "01AB", "HQ01"}, {"SLXNK", "02CI", "HQ02"}, {"KT559", "TCHQ", "03CC"}};

    @Property(tries = 12)
    @Label("MON-T-04: pendingFiles stays within the files exported during one settle time, however long the stream")
    void pendingFiles_staysBoundedByTheSettleWindow(@ForAll @IntRange(min = 1, max = 15) int everyMinutes,
            @ForAll @IntRange(min = 1, max = 4) int settleHours, @ForAll @IntRange(min = 1, max = 8) int filesPerRun) {
        Reconciler reconciler = reconciler().toBuilder().settleAfter(Duration.ofHours(settleHours)).build();
        Recorder heard = new Recorder();
        int runsPerFlow = 36 * 60 / everyMinutes;
        int maxPendingFiles = 0;
        int maxPendingRuns = 0;
        try (ReconciliationSession session = reconciler.open(T0, heard)) {
            for (int k = 0; k < runsPerFlow; k++) {
                Instant exported = T0.plus(Duration.ofMinutes((long) k * everyMinutes));
                for (String[] flow : FLOWS) {
                    List<ExportedFile> files = new ArrayList<>();
                    for (int f = 0; f < filesPerRun; f++) {
                        files.add(ExportedFile.automatic(flow[1] + "-" + k + "-" + f + ".xml", 1_000 + f));
                    }
                    clean(ExportRun.of(flow[1] + "-" + k, flow[0], flow[1], flow[2], exported, files), true)
                            .forEach(session::accept);
                }
                maxPendingFiles = Math.max(maxPendingFiles, session.pendingFiles());
                maxPendingRuns = Math.max(maxPendingRuns, session.pendingRuns());
                session.advanceTo(exported.plus(Duration.ofMinutes(everyMinutes)).minusSeconds(1));
            }
            int runsPerSettleWindow = settleHours * 60 / everyMinutes + 1;
            assertThat(maxPendingRuns).isLessThanOrEqualTo(runsPerSettleWindow * FLOWS.length);
            assertThat(maxPendingFiles).isLessThanOrEqualTo(runsPerSettleWindow * FLOWS.length * filesPerRun);
            assertThat(maxPendingFiles).isLessThan(runsPerFlow * FLOWS.length * filesPerRun / 5);
            session.finish(T0.plus(Duration.ofDays(2)));
            assertThat(session.pendingFiles()).isZero();
        }
        assertThat(heard.runs).hasSize(runsPerFlow * FLOWS.length);
        assertThat(heard.discrepancies).isEmpty();
    }
}
