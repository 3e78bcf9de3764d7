package io.github.vncustoms.valuation.duty;

import io.github.vncustoms.core.error.ValidationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which declaration-file results were entered after the day their value was determined, per entering
 * unit, for the days a caller asked about (QĐ 2344 Art. 7.1.a.1, 7.1.b.1; VAL-18). Every unit in the
 * caller's scope has a row; clean units have no late entries.
 *
 * <p>Immutable and thread-safe.
 *
 * @param from the first day the values were determined, inclusive
 * @param to the last day, inclusive
 * @param units one row per unit in scope, in the directory's order
 */
public record SameDayDutyReport(LocalDate from, LocalDate to, List<UnitDuty> units) {
    /** The rule the report checks. */
    public static final String BASIS = "QĐ 2344 Art. 7.1.a.1, 7.1.b.1 (VAL-18): results of declaration files are entered "
            + "on the day the value is determined";

    /**
     * Validates and copies.
     *
     * @throws ValidationException if the period ends before it starts, or a unit has two rows
     */
    public SameDayDutyReport {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new ValidationException("to", "The period ends on " + to + " before it starts on " + from
                    + ": expected a last day on or after the first");
        }
        units = List.copyOf(Objects.requireNonNull(units, "units"));
        Set<String> seen = new HashSet<>();
        for (UnitDuty u : units) {
            if (!seen.add(u.unitCode())) {
                throw new ValidationException("units", "Unit " + u.unitCode() + " has two rows: expected one row per unit");
            }
        }
    }

    /**
     * Returns one unit's row.
     *
     * @param unitCode the unit's code
     * @return the row, or empty if the unit is not in the report
     */
    public Optional<UnitDuty> unit(String unitCode) {
        Objects.requireNonNull(unitCode, "unitCode");
        return units.stream().filter(u -> u.unitCode().equals(unitCode)).findFirst();
    }

    /**
     * Returns how many results with the same-day duty the report covers.
     *
     * @return the total over every unit
     */
    public int totalResults() {
        return units.stream().mapToInt(UnitDuty::results).sum();
    }

    /**
     * Returns how many of them were entered late.
     *
     * @return the total over every unit
     */
    public int totalLate() {
        return units.stream().mapToInt(UnitDuty::lateCount).sum();
    }

    /**
     * Returns every late entry, unit by unit.
     *
     * @return an unmodifiable list
     */
    public List<LateEntry> lateEntries() {
        List<LateEntry> all = new ArrayList<>();
        units.forEach(u -> all.addAll(u.late()));
        return List.copyOf(all);
    }

    /**
     * Returns the units that entered something late.
     *
     * @return their rows, in report order
     */
    public List<UnitDuty> unitsWithLateEntries() {
        return units.stream().filter(u -> !u.clean()).toList();
    }
}
