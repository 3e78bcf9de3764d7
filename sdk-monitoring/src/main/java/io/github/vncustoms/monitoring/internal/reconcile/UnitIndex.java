package io.github.vncustoms.monitoring.internal.reconcile;

import io.github.vncustoms.core.org.CustomsUnit;
import io.github.vncustoms.core.org.UnitDirectory;
import io.github.vncustoms.core.org.UnitKind;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The unit directory flattened for the hot path: each unit code maps to the office it acts as (a
 * headquarters division acts as headquarters, as in
 * {@link io.github.vncustoms.monitoring.transfer.TransferMatrix}), that office's level and its parent
 * office. Immutable and thread-safe.
 */
public final class UnitIndex {
    /** One unit as the reconciler sees it. Immutable. */
    public static final class Unit {
        private final String code;
        private final String office;
        private final int level;
        private Unit parentOffice;

        Unit(String code, String office, int level) {
            this.code = code;
            this.office = office;
            this.level = level;
        }

        /**
         * Returns the unit's own code.
         *
         * @return the code
         */
        public String code() {
            return code;
        }

        /**
         * Returns the code of the office the unit acts as.
         *
         * @return the office code (the unit itself unless it is a division)
         */
        public String office() {
            return office;
        }

        /**
         * Returns the office's level rank.
         *
         * @return the rank, 1 = headquarters
         */
        public int level() {
            return level;
        }

        /**
         * Returns the parent office.
         *
         * @return the parent office, or {@code null} for headquarters
         */
        public Unit parentOffice() {
            return parentOffice;
        }
    }

    private final Map<String, Unit> byCode;

    private UnitIndex(Map<String, Unit> byCode) {
        this.byCode = byCode;
    }

    /**
     * Indexes a directory.
     *
     * @param directory the directory
     * @return the index
     */
    public static UnitIndex of(UnitDirectory directory) {
        Map<String, Unit> units = new HashMap<>();
        for (CustomsUnit u : directory.units()) {
            CustomsUnit office = office(u, directory);
            units.put(u.code(), new Unit(u.code(), office.code(), office.level()));
        }
        for (CustomsUnit u : directory.units()) {
            CustomsUnit office = office(u, directory);
            if (!office.isRoot()) {
                CustomsUnit parent = office(directory.get(office.parentCode()), directory);
                units.get(u.code()).parentOffice = units.get(parent.code());
            }
        }
        return new UnitIndex(Map.copyOf(units));
    }

    /**
     * Finds a unit.
     *
     * @param code a normalised unit code
     * @return the unit, or {@code null} if the directory has none with that code
     */
    public Unit find(String code) {
        return byCode.get(code);
    }

    /**
     * Tells whether data may flow between two units at all: they act as different offices and one of
     * them lies above the other.
     *
     * @param a one unit
     * @param b the other
     * @return {@code true} if one office is an ancestor of the other
     */
    public static boolean related(Unit a, Unit b) {
        if (a.level == b.level) {
            return false;
        }
        Unit lower = a.level > b.level ? a : b;
        Unit upper = lower == a ? b : a;
        Unit cursor = lower.parentOffice;
        while (cursor != null) {
            if (cursor.office.equals(upper.office)) {
                return true;
            }
            cursor = cursor.parentOffice;
        }
        return false;
    }

    private static CustomsUnit office(CustomsUnit unit, UnitDirectory directory) {
        CustomsUnit cursor = unit;
        Set<String> seen = new HashSet<>();
        while (cursor.kind() == UnitKind.DIVISION && !cursor.isRoot() && seen.add(cursor.code())) {
            cursor = directory.get(cursor.parentCode());
        }
        return cursor;
    }
}
