package io.github.vncustoms.core.org;

import io.github.vncustoms.core.error.ValidationException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A customs unit (đơn vị hải quan): headquarters, a department or regional branch, a branch or
 * border-gate unit, or a functional division of one of them.
 *
 * <p>Immutable and thread-safe. Text fields are stripped and normalised to NFC (STA-04).
 *
 * @param code the unit's code, unique in its directory: 2–16 characters of A–Z, 0–9, {@code -},
 *     {@code _} or {@code .}; upper-cased. Branch codes are usually the legacy 4-character office
 *     codes (e.g. {@code 01B1}, see {@link LegacyOfficeCode}).
 * @param nameVi the Vietnamese name
 * @param nameEn the English name; empty when not known
 * @param level the level rank, 1 = headquarters
 * @param parentCode the code of the parent unit; {@code null} for a root (headquarters)
 * @param kind an office or a functional division
 * @param provinces the provinces the unit covers, where known; empty otherwise
 * @param seat where the unit sits, where known; empty otherwise
 * @param source where the facts come from; empty for an integrator's own data
 */
public record CustomsUnit(
        String code,
        String nameVi,
        String nameEn,
        int level,
        String parentCode,
        UnitKind kind,
        List<String> provinces,
        String seat,
        String source) {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9._-]{1,15}");

    /**
     * Validates and normalises the unit.
     *
     * @throws ValidationException if the code is malformed, a name blank, the level outside 1–9, or
     *     the unit is its own parent
     */
    public CustomsUnit {
        code = normaliseCode(code, "code");
        nameVi = Texts.require(nameVi, "nameVi", "unit " + code);
        nameEn = Texts.optional(nameEn);
        if (level < 1 || level > 9) {
            throw new ValidationException("level", "Unit " + code + " has level " + level + ": expected 1 to 9");
        }
        parentCode = parentCode == null || parentCode.isBlank() ? null : normaliseCode(parentCode, "parentCode");
        if (code.equals(parentCode)) {
            throw new ValidationException("parentCode", "Unit " + code + " names itself as parent: expected another unit's code or none");
        }
        kind = kind == null ? UnitKind.OFFICE : kind;
        provinces = provinces == null ? List.of()
                : provinces.stream().map(Texts::optional).filter(p -> !p.isEmpty()).toList();
        seat = Texts.optional(seat);
        source = Texts.optional(source);
    }

    /**
     * Creates an office with no provinces, seat or source.
     *
     * @param code the code
     * @param nameVi the Vietnamese name
     * @param level the level rank
     * @param parentCode the parent's code, {@code null} for a root
     * @return the unit
     */
    public static CustomsUnit office(String code, String nameVi, int level, String parentCode) {
        return new CustomsUnit(code, nameVi, "", level, parentCode, UnitKind.OFFICE, List.of(), "", "");
    }

    /**
     * Tells whether the unit has no parent.
     *
     * @return {@code true} for headquarters
     */
    public boolean isRoot() {
        return parentCode == null;
    }

    static String normaliseCode(String code, String field) {
        Objects.requireNonNull(code, field);
        String normalised = code.strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(normalised).matches()) {
            throw new ValidationException(field, "Unit " + field + " '" + code
                    + "' is malformed: expected 2–16 characters of A–Z, 0–9, '.', '-' or '_'");
        }
        return normalised;
    }
}
