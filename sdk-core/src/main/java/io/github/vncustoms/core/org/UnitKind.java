package io.github.vncustoms.core.org;

/**
 * What a customs unit is within its level. Immutable.
 */
public enum UnitKind {
    /**
     * A unit that administers its level and the units below it: headquarters, a department or
     * regional branch, a branch or border-gate unit. Its children sit one level lower.
     */
    OFFICE,
    /**
     * A functional division of an office at the same level (Vụ, Cục thuộc Tổng cục: e.g. the IT and
     * Statistics Department at headquarters), which is where responsibilities such as MON-T-07 route.
     */
    DIVISION
}
