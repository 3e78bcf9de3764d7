package io.github.vncustoms.monitoring.reconcile;

import io.github.vncustoms.monitoring.internal.Fields;
import java.time.Instant;

/**
 * One discrepancy found by reconciliation (MON-T-04): its kind, the system and units, the run and
 * file where there is one, the figures on both sides and when it applies.
 *
 * <p>Two reconciliations of the same events give equal discrepancies, whatever the order the events
 * arrived in: every field is computed from the events themselves.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind what is wrong
 * @param system the business system's code
 * @param fromUnit the sending unit
 * @param toUnit the receiving unit
 * @param runId the run, or {@code ""} for a scheduled run that never happened
 * @param fileName the file, or {@code ""} for a discrepancy of a whole run
 * @param expected the figure on the expected side (e.g. {@code "48213 bytes exported"})
 * @param actual the figure on the actual side (e.g. {@code "48000 bytes received"})
 * @param at the instant the discrepancy belongs to: the event that shows it, or the deadline that passed
 * @param detail a sentence a person can act on
 */
public record Discrepancy(DiscrepancyKind kind, String system, String fromUnit, String toUnit, String runId,
        String fileName, String expected, String actual, Instant at, String detail) {

    /**
     * Validates and normalises; optional texts become {@code ""}.
     *
     * @throws io.github.vncustoms.core.error.ValidationException if the kind, system, a unit or the
     *     instant is missing
     */
    public Discrepancy {
        Fields.present(kind, "kind", "a discrepancy kind");
        system = Fields.system(system);
        fromUnit = Fields.unit(fromUnit, "fromUnit");
        toUnit = Fields.unit(toUnit, "toUnit");
        runId = runId == null ? "" : runId.strip();
        fileName = fileName == null || fileName.isBlank() ? "" : Fields.fileName(fileName, "fileName");
        expected = Fields.text(expected, "expected");
        actual = Fields.text(actual, "actual");
        Fields.instant(at, "at");
        detail = Fields.text(detail, "detail");
    }

    /**
     * Returns the requirement the discrepancy breaks.
     *
     * @return e.g. {@code MON-T-04}
     */
    public String requirement() {
        return kind.requirement();
    }

    /**
     * Returns the key that identifies the underlying problem: the same kind on the same flow of the
     * same system. An incident stays open per problem, and a repeat updates it.
     *
     * @return {@code kind|system|fromUnit|toUnit}
     */
    public String problemKey() {
        return kind.name() + '|' + system + '|' + fromUnit + '|' + toUnit;
    }
}
