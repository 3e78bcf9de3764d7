package io.github.vncustoms.core.org;

import java.util.Objects;

/**
 * One customs office in the legacy code list: its code, its name as listed, and the department its
 * prefix belonged to. Immutable and thread-safe.
 *
 * @param code the office code
 * @param nameVi the name as listed
 * @param department the provincial department, inferred from the prefix; empty when unknown
 */
public record LegacyOfficeEntry(LegacyOfficeCode code, String nameVi, String department) {
    /** Validates the entry. */
    public LegacyOfficeEntry {
        Objects.requireNonNull(code, "code");
        nameVi = Texts.require(nameVi, "nameVi", "office " + code);
        department = Texts.optional(department);
    }
}
