package io.github.vncustoms.core.org;

import io.github.vncustoms.core.error.ValidationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An era of the customs organisation: which levels exist and what they are called.
 *
 * <p>The hierarchy is data, not code (REQUIREMENTS §0): {@link #REGULATIONS_2010} is the structure
 * the five regulations were written for (Tổng cục Hải quan / Cục Hải quan tỉnh, thành phố / Chi cục
 * Hải quan); {@link #REORGANISATION_2025} is the structure in force since 1 March 2025 (Cục Hải quan
 * under the Ministry of Finance / 20 Chi cục Hải quan khu vực / Hải quan cửa khẩu and ngoài cửa khẩu
 * units). Integrators may define their own. Immutable and thread-safe.
 *
 * @param id a short key, e.g. {@code REGULATIONS_2010}
 * @param nameVi the Vietnamese name
 * @param nameEn the English name
 * @param effectiveFrom the first day the structure applied
 * @param levels the levels, ranks 1..n in order
 */
public record OrgEra(String id, String nameVi, String nameEn, LocalDate effectiveFrom, List<OrgLevel> levels) {

    /** The three levels the regulations of 2010–2022 name (General Department, department, branch). */
    public static final OrgEra REGULATIONS_2010 = new OrgEra("REGULATIONS_2010",
            "Cơ cấu Tổng cục Hải quan", "General Department of Customs structure", LocalDate.of(2010, 1, 1),
            List.of(new OrgLevel(1, "Tổng cục Hải quan", "General Department of Customs"),
                    new OrgLevel(2, "Cục Hải quan tỉnh, thành phố", "Provincial customs department"),
                    new OrgLevel(3, "Chi cục Hải quan", "Customs branch")));

    /** The structure in force since 1 March 2025 (QĐ 382/QĐ-BTC). */
    public static final OrgEra REORGANISATION_2025 = new OrgEra("REORGANISATION_2025",
            "Cơ cấu Cục Hải quan từ 2025", "Customs Department structure from 2025", LocalDate.of(2025, 3, 1),
            List.of(new OrgLevel(1, "Cục Hải quan", "Customs Department"),
                    new OrgLevel(2, "Chi cục Hải quan khu vực", "Regional customs branch"),
                    new OrgLevel(3, "Hải quan cửa khẩu, ngoài cửa khẩu", "Border-gate or inland customs unit")));

    /**
     * Validates the era: levels ranked 1..n without gaps.
     *
     * @throws ValidationException if the id is blank, no level is given, or the ranks are not 1..n
     */
    public OrgEra {
        id = Texts.require(id, "id", "an era");
        nameVi = Texts.require(nameVi, "nameVi", "era " + id);
        nameEn = Texts.require(nameEn, "nameEn", "era " + id);
        effectiveFrom = Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(levels, "levels");
        if (levels.isEmpty()) {
            throw new ValidationException("levels", "Era " + id + " has no levels: expected levels ranked 1..n");
        }
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).rank() != i + 1) {
                throw new ValidationException("levels", "Era " + id + " lists level rank " + levels.get(i).rank()
                        + " in position " + (i + 1) + ": expected ranks 1.." + levels.size() + " in order");
            }
        }
        levels = List.copyOf(levels);
    }

    /**
     * Returns the level of a rank.
     *
     * @param rank 1..{@code levels().size()}
     * @return the level
     * @throws ValidationException if the era has no such level
     */
    public OrgLevel level(int rank) {
        if (rank < 1 || rank > levels.size()) {
            throw new ValidationException("rank", "Era " + id + " has no level " + rank + ": expected 1 to " + levels.size());
        }
        return levels.get(rank - 1);
    }

    /**
     * Returns the number of the lowest level.
     *
     * @return the deepest rank
     */
    public int depth() {
        return levels.size();
    }
}
