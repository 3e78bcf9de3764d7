package io.github.vncustoms.monitoring.transfer;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.monitoring.internal.Fields;
import java.util.Set;
import java.util.TreeSet;

/**
 * One row of the monitoring matrix (MON-T-05): in a business system, data may flow from a unit of
 * one level to a unit of another, the given operation exists on that flow, and the listed levels
 * may monitor it and look up its history (Art. 7–11).
 *
 * <p>The unit-by-unit reach of each level (a department sees its own branches, not another
 * department's) comes from sdk-core's {@link io.github.vncustoms.core.access.AccessPolicy}, applied
 * to the unit where the operation happens; this row says which levels may look at all.
 *
 * <p>Immutable and thread-safe.
 *
 * @param system the business system's code
 * @param fromLevel the level rank of the sending unit, 1 = headquarters
 * @param toLevel the level rank of the receiving unit; differs from {@code fromLevel}
 * @param operation the operation on this flow
 * @param monitoredBy the level ranks that may monitor it and look up its history; not empty
 * @param basis the article of the regulation the row comes from
 */
public record TransferRule(String system, int fromLevel, int toLevel, TransferOperation operation,
        Set<Integer> monitoredBy, String basis) {

    /**
     * Validates and copies.
     *
     * @throws ValidationException if a level is outside 1–9, the two levels are equal, the
     *     monitoring levels are empty or out of range, or the basis is blank
     */
    public TransferRule {
        system = Fields.system(system);
        level(fromLevel, "fromLevel");
        level(toLevel, "toLevel");
        if (fromLevel == toLevel) {
            throw new ValidationException("toLevel", "A " + system + " flow from level " + fromLevel
                    + " to the same level: expected a flow up or down the hierarchy");
        }
        Fields.present(operation, "operation", "EXPORT, TRANSMIT, RECEIVE or APPLY");
        Fields.present(monitoredBy, "monitoredBy", "the levels that monitor the flow");
        if (monitoredBy.isEmpty()) {
            throw new ValidationException("monitoredBy", "No level monitors " + system + " " + operation
                    + " from level " + fromLevel + " to " + toLevel + ": expected at least one level");
        }
        monitoredBy.forEach(l -> level(Fields.present(l, "monitoredBy", "a level rank"), "monitoredBy"));
        monitoredBy = Set.copyOf(new TreeSet<>(monitoredBy));
        basis = Fields.require(basis, "basis");
    }

    /**
     * Returns the level where the operation happens: the sender's for export and transmission, the
     * receiver's for receipt and update.
     *
     * @return a level rank
     */
    public int operationLevel() {
        return operation.atSender() ? fromLevel : toLevel;
    }

    /**
     * Tells whether the flow goes down the hierarchy (e.g. risk data from headquarters, Art. 9).
     *
     * @return {@code true} if the receiving level is below the sending level
     */
    public boolean downward() {
        return toLevel > fromLevel;
    }

    private static void level(int level, String field) {
        if (level < 1 || level > 9) {
            throw new ValidationException(field, field + " " + level + " is out of range: expected a level rank 1 to 9");
        }
    }
}
