package io.github.vncustoms.valuation.duty;

import io.github.vncustoms.core.error.ValidationException;
import java.util.List;
import java.util.Objects;

/**
 * One unit's row of the same-day entry report (VAL-18): how many declaration-file results it entered
 * for the days covered, and the ones entered late. A unit that entered nothing, or everything on time,
 * has no late entries.
 *
 * <p>Immutable and thread-safe.
 *
 * @param unitCode the entering unit's code
 * @param unitName its Vietnamese name, empty if the directory does not know it
 * @param results how many results with the same-day duty whose value was determined in the period it entered
 * @param late the ones entered on a later day, by day determined, entry time and id
 */
public record UnitDuty(String unitCode, String unitName, int results, List<LateEntry> late) {
    /**
     * Validates and copies.
     *
     * @throws ValidationException if there are more late entries than results, or a late entry names
     *     another unit
     */
    public UnitDuty {
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(unitName, "unitName");
        late = List.copyOf(Objects.requireNonNull(late, "late"));
        if (results < late.size()) {
            throw new ValidationException("results", "Unit " + unitCode + " has " + late.size() + " late entries but "
                    + results + " results: expected at least as many results as late entries");
        }
        for (LateEntry e : late) {
            if (!e.enteringUnit().equals(unitCode)) {
                throw new ValidationException("late", "Late entry " + e.observationId() + " was entered by "
                        + e.enteringUnit() + ": expected only entries of unit " + unitCode);
            }
        }
    }

    /**
     * Returns how many results were entered late.
     *
     * @return the count
     */
    public int lateCount() {
        return late.size();
    }

    /**
     * Tells whether every result was entered on the day its value was determined.
     *
     * @return {@code true} if none was late
     */
    public boolean clean() {
        return late.isEmpty();
    }

    /**
     * Returns the longest delay.
     *
     * @return the most days late, 0 if none was late
     */
    public long maxDaysLate() {
        return late.stream().mapToLong(LateEntry::daysLate).max().orElse(0);
    }
}
