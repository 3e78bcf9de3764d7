package io.github.vncustoms.monitoring.transfer;

import io.github.vncustoms.core.access.UnitFilter;
import io.github.vncustoms.monitoring.internal.Fields;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What one caller may see of the ledger (MON-T-05): the units its access policy reaches, and the
 * matrix rows its level may monitor. A recorded event is visible when the unit where its operation
 * happened passes the unit filter and its system, levels and operation are in one of the rows.
 *
 * <p>Both parts map to SQL: {@code unit_code IN (...)} and
 * {@code (system, from_level, to_level, operation) IN (...)}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param units the units whose operations the caller may see
 * @param rules the matrix rows the caller's level may monitor
 */
public record TransferScope(UnitFilter units, List<TransferRule> rules) {
    /**
     * Validates and copies.
     *
     * @throws io.github.vncustoms.core.error.ValidationException if a part is missing
     */
    public TransferScope {
        Fields.present(units, "units", "a unit filter");
        rules = List.copyOf(Fields.present(rules, "rules", "the visible matrix rows"));
    }

    /**
     * Returns the scope that sees every event the matrix has, for the SDK's own processing
     * (reconciliation, incident routing); never hand it to a caller's query.
     *
     * @param matrix the matrix
     * @return the scope
     */
    public static TransferScope everything(TransferMatrix matrix) {
        return new TransferScope(UnitFilter.all(), Fields.present(matrix, "matrix", "a transfer matrix").rules());
    }

    /**
     * Tells whether the matrix rows allow an operation on a flow.
     *
     * @param system the system code
     * @param fromLevel the sender's level
     * @param toLevel the receiver's level
     * @param operation the operation
     * @return {@code true} if one row matches
     */
    public boolean allows(String system, int fromLevel, int toLevel, TransferOperation operation) {
        for (TransferRule rule : rules) {
            if (rule.fromLevel() == fromLevel && rule.toLevel() == toLevel && rule.operation() == operation
                    && rule.system().equals(system)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tells whether a recorded event is visible.
     *
     * @param recorded the event
     * @return {@code true} if both the unit and the row allow it
     */
    public boolean test(RecordedTransfer recorded) {
        TransferEvent e = recorded.event();
        return units.test(e.unitCode()) && allows(e.system(), recorded.fromLevel(), recorded.toLevel(), e.operation());
    }

    /**
     * Returns the systems the caller may see anything of.
     *
     * @return an unmodifiable set
     */
    public Set<String> systems() {
        Set<String> systems = new HashSet<>();
        rules.forEach(r -> systems.add(r.system()));
        return Set.copyOf(systems);
    }
}
