package io.github.vncustoms.core.org;

import io.github.vncustoms.core.error.NotFoundException;
import io.github.vncustoms.core.error.ValidationException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A directory of customs units in one {@link OrgEra}: look-up by code, children, ancestors and
 * "is X within Y", the question every access scope and every report by unit asks.
 *
 * <pre>{@code
 * UnitDirectory dir = UnitDirectories.sample();
 * dir.get("01AB").nameVi();                  // "CC HQ CK Sân bay QT Nội Bài"
 * dir.isWithin("01AB", "HQ01");              // true: the branch is under the Hà Nội department
 * dir.levelName(dir.get("HQ01")).nameVi();   // "Cục Hải quan tỉnh, thành phố"
 * }</pre>
 *
 * <p>Built with {@link #of(OrgEra, Collection)}, which checks the whole tree at once and reports
 * every problem it finds. Immutable and thread-safe.
 */
public final class UnitDirectory {
    private final OrgEra era;
    private final Map<String, CustomsUnit> byCode;
    private final Map<String, List<CustomsUnit>> children;
    private final List<CustomsUnit> roots;
    private final List<CustomsUnit> inOrder;

    private UnitDirectory(OrgEra era, Map<String, CustomsUnit> inOrderByCode) {
        this.era = era;
        this.byCode = Map.copyOf(inOrderByCode);
        this.inOrder = List.copyOf(inOrderByCode.values());
        Map<String, List<CustomsUnit>> kids = new HashMap<>();
        List<CustomsUnit> top = new ArrayList<>();
        for (CustomsUnit unit : inOrder) {
            if (unit.isRoot()) {
                top.add(unit);
            } else {
                kids.computeIfAbsent(unit.parentCode(), k -> new ArrayList<>()).add(unit);
            }
        }
        Map<String, List<CustomsUnit>> frozen = new HashMap<>();
        kids.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        this.children = Map.copyOf(frozen);
        this.roots = List.copyOf(top);
    }

    /**
     * Builds a directory from units, checking that the tree is sound: codes are unique, every parent
     * exists, levels fit the era, an office's children sit exactly one level below it, a division
     * sits at its parent's level, and there are no cycles.
     *
     * @param era the era whose levels the units use
     * @param units the units, in any order
     * @return the directory, iterating units in the order given
     * @throws ValidationException listing every problem found
     */
    public static UnitDirectory of(OrgEra era, Collection<CustomsUnit> units) {
        Objects.requireNonNull(era, "era");
        Objects.requireNonNull(units, "units");
        List<String> problems = new ArrayList<>();
        Map<String, CustomsUnit> byCode = new LinkedHashMap<>();
        for (CustomsUnit unit : units) {
            Objects.requireNonNull(unit, "unit");
            if (byCode.putIfAbsent(unit.code(), unit) != null) {
                problems.add("Unit code " + unit.code() + " appears more than once: expected unique codes");
            }
        }
        for (CustomsUnit unit : byCode.values()) {
            checkUnit(era, unit, byCode, problems);
        }
        if (problems.isEmpty()) {
            checkCycles(byCode, problems);
        }
        if (!problems.isEmpty()) {
            throw new ValidationException("unit directory", "The unit directory for era " + era.id() + " has "
                    + problems.size() + " problem(s): " + String.join("; ", problems), problems, null);
        }
        return new UnitDirectory(era, byCode);
    }

    private static void checkUnit(OrgEra era, CustomsUnit unit, Map<String, CustomsUnit> byCode, List<String> problems) {
        if (unit.level() > era.depth()) {
            problems.add("Unit " + unit.code() + " has level " + unit.level() + " but era " + era.id()
                    + " has levels 1 to " + era.depth());
        }
        if (unit.isRoot()) {
            if (unit.level() != 1) {
                problems.add("Unit " + unit.code() + " has no parent but level " + unit.level()
                        + ": expected a parent, or level 1 for headquarters");
            }
            return;
        }
        CustomsUnit parent = byCode.get(unit.parentCode());
        if (parent == null) {
            problems.add("Unit " + unit.code() + " names parent " + unit.parentCode()
                    + ", which is not in the directory: expected an existing unit code");
            return;
        }
        int expected = unit.kind() == UnitKind.DIVISION ? parent.level() : parent.level() + 1;
        if (unit.level() != expected) {
            problems.add("Unit " + unit.code() + " (" + unit.kind() + ") has level " + unit.level() + " under "
                    + parent.code() + " at level " + parent.level() + ": expected level " + expected);
        }
    }

    private static void checkCycles(Map<String, CustomsUnit> byCode, List<String> problems) {
        Set<String> rooted = new HashSet<>();
        for (CustomsUnit unit : byCode.values()) {
            Set<String> path = new HashSet<>();
            CustomsUnit cursor = unit;
            while (cursor != null && !rooted.contains(cursor.code())) {
                if (!path.add(cursor.code())) {
                    problems.add("Units " + path.stream().sorted().toList() + " form a cycle of parents: expected a tree");
                    return;
                }
                cursor = cursor.isRoot() ? null : byCode.get(cursor.parentCode());
            }
            rooted.addAll(path);
        }
    }

    /**
     * Returns the era whose levels the units use.
     *
     * @return the era
     */
    public OrgEra era() {
        return era;
    }

    /**
     * Returns every unit, in the order the directory was built from.
     *
     * @return an unmodifiable list
     */
    public List<CustomsUnit> units() {
        return inOrder;
    }

    /**
     * Returns the units without a parent (headquarters).
     *
     * @return an unmodifiable list
     */
    public List<CustomsUnit> roots() {
        return roots;
    }

    /**
     * Finds a unit by code.
     *
     * @param code the code, any case
     * @return the unit, or empty if none has that code
     * @throws ValidationException if the code is malformed
     */
    public Optional<CustomsUnit> find(String code) {
        return Optional.ofNullable(byCode.get(CustomsUnit.normaliseCode(code, "code")));
    }

    /**
     * Returns the unit with a code.
     *
     * @param code the code, any case
     * @return the unit
     * @throws NotFoundException if no unit has that code
     * @throws ValidationException if the code is malformed
     */
    public CustomsUnit get(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("No customs unit has code '" + code
                + "' in the " + era.id() + " directory: expected one of its " + byCode.size() + " unit codes"));
    }

    /**
     * Returns the units whose parent is the given unit: its lower-level offices and its divisions.
     *
     * @param code the parent's code
     * @return an unmodifiable list, empty for a unit with none
     * @throws NotFoundException if no unit has that code
     */
    public List<CustomsUnit> children(String code) {
        return children.getOrDefault(get(code).code(), List.of());
    }

    /**
     * Returns the unit's ancestors, nearest first, ending with its root.
     *
     * @param code the unit's code
     * @return an unmodifiable list, empty for a root
     * @throws NotFoundException if no unit has that code
     */
    public List<CustomsUnit> ancestors(String code) {
        List<CustomsUnit> result = new ArrayList<>();
        CustomsUnit cursor = get(code);
        while (!cursor.isRoot()) {
            cursor = byCode.get(cursor.parentCode());
            result.add(cursor);
        }
        return List.copyOf(result);
    }

    /**
     * Returns every unit below the given one, breadth first, not including it.
     *
     * @param code the unit's code
     * @return an unmodifiable list
     * @throws NotFoundException if no unit has that code
     */
    public List<CustomsUnit> descendants(String code) {
        List<CustomsUnit> result = new ArrayList<>();
        Deque<CustomsUnit> queue = new ArrayDeque<>(children(code));
        while (!queue.isEmpty()) {
            CustomsUnit unit = queue.removeFirst();
            result.add(unit);
            queue.addAll(children.getOrDefault(unit.code(), List.of()));
        }
        return List.copyOf(result);
    }

    /**
     * Tells whether a unit is the other unit or lies below it.
     *
     * @param code the unit asked about
     * @param ancestorCode the unit that may contain it
     * @return {@code true} if {@code code} equals {@code ancestorCode} or one of its ancestors does
     * @throws NotFoundException if either code is unknown
     */
    public boolean isWithin(String code, String ancestorCode) {
        String target = get(ancestorCode).code();
        CustomsUnit cursor = get(code);
        while (true) {
            if (cursor.code().equals(target)) {
                return true;
            }
            if (cursor.isRoot()) {
                return false;
            }
            cursor = byCode.get(cursor.parentCode());
        }
    }

    /**
     * Returns the units at one level.
     *
     * @param rank the level rank
     * @return an unmodifiable list in directory order
     */
    public List<CustomsUnit> atLevel(int rank) {
        return inOrder.stream().filter(u -> u.level() == rank).toList();
    }

    /**
     * Returns the name of the unit's level in this directory's era.
     *
     * @param unit a unit of this directory
     * @return its level
     */
    public OrgLevel levelName(CustomsUnit unit) {
        return era.level(unit.level());
    }

    /**
     * Returns the number of units.
     *
     * @return the size
     */
    public int size() {
        return byCode.size();
    }

    /**
     * Tells whether another directory has the same era and the same units in the same order, so
     * that two loads of the same data are interchangeable (e.g. a policy and a monitor built from
     * separate calls to {@link UnitDirectories#sample()}).
     *
     * @param other the other object
     * @return {@code true} if equal in value
     */
    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof UnitDirectory d && era.equals(d.era) && inOrder.equals(d.inOrder);
    }

    @Override
    public int hashCode() {
        return 31 * era.hashCode() + inOrder.hashCode();
    }
}
