package io.github.vncustoms.monitoring.internal.reconcile;

import io.github.vncustoms.core.org.UnitDirectory;
import io.github.vncustoms.core.time.WorkingCalendar;
import io.github.vncustoms.monitoring.transfer.TransferMatrix;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * A reconciler's settings as its sessions use them, with the matrix and directory indexed once.
 * Immutable and thread-safe.
 *
 * @param matrix the transfer matrix
 * @param flows the matrix, indexed
 * @param directory the unit directory, or {@code null} when only recorded transfers are accepted
 * @param units the directory, indexed, or {@code null}
 * @param calendar the working calendar
 * @param receiveWithin the limit from export to the end of receipt
 * @param applyWithin the limit from the end of receipt to the end of the update
 * @param settleAfter how long after its export a run is settled
 * @param rememberSettledFor how long a settled run's files are remembered for late duplicates
 * @param locale the language of the texts
 * @param lanes the schedules, expanded
 */
public record EngineConfig(TransferMatrix matrix, FlowIndex flows, UnitDirectory directory, UnitIndex units,
        WorkingCalendar calendar, Duration receiveWithin, Duration applyWithin, Duration settleAfter,
        Duration rememberSettledFor, Locale locale, List<LaneSpec> lanes) {
}
