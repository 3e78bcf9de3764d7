package io.github.vncustoms.core.org;

import io.github.vncustoms.core.error.ValidationException;

/**
 * One level of the customs hierarchy in one era, with its names: e.g. level 3 is "Chi cục Hải
 * quan" under the regulations of 2010 and "Hải quan cửa khẩu" units since 2025.
 *
 * <p>Immutable and thread-safe.
 *
 * @param rank 1 (headquarters) to 9; 1–3 in both eras the SDK bundles
 * @param nameVi the Vietnamese name of the level
 * @param nameEn the English name of the level
 */
public record OrgLevel(int rank, String nameVi, String nameEn) {
    /**
     * Validates the level.
     *
     * @throws ValidationException if the rank is outside 1–9 or a name is blank
     */
    public OrgLevel {
        if (rank < 1 || rank > 9) {
            throw new ValidationException("rank", "Level rank " + rank + " is out of range: expected 1 to 9");
        }
        nameVi = Texts.require(nameVi, "nameVi", "level " + rank);
        nameEn = Texts.require(nameEn, "nameEn", "level " + rank);
    }
}
