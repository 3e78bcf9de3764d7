package io.github.vncustoms.core.system;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.text.VietnameseText;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A customs business system (hệ thống thông tin nghiệp vụ hải quan), such as SLXNK or VNACCS/VCIS.
 *
 * <p>The code is the system's short name as the regulations write it, upper case; it is the key
 * other modules use to name a monitored system (MON-T-05), a help-desk scope (HD-02) or an account's
 * system (STA-01). Immutable and thread-safe.
 *
 * @param code the short name: upper-case letters, digits, {@code /}, {@code -} or {@code _}, 2–32
 *     characters, e.g. {@code SLXNK}, {@code VNACCS/VCIS}
 * @param nameVi the Vietnamese name, as the regulation writes it
 * @param nameEn the English name
 * @param basis the regulation that names the system, e.g. {@code QĐ 3035/QĐ-TCHQ Art. 3}; empty for
 *     an integrator's own system
 */
public record BusinessSystem(String code, String nameVi, String nameEn, String basis) {
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9/_-]{1,31}");

    /**
     * Validates and normalises the code to upper case.
     *
     * @throws ValidationException if the code or a name is blank or malformed
     */
    public BusinessSystem {
        Objects.requireNonNull(code, "code");
        String normalised = code.strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(normalised).matches()) {
            throw new ValidationException("code", "Business system code '" + code
                    + "' is malformed: expected 2–32 characters of A–Z, 0–9, '/', '-' or '_', starting with a letter or digit");
        }
        code = normalised;
        nameVi = requireText(nameVi, "nameVi");
        nameEn = requireText(nameEn, "nameEn");
        basis = basis == null ? "" : basis.strip();
    }

    /**
     * Creates an integrator's own system, with no regulatory basis.
     *
     * @param code the short name
     * @param nameVi the Vietnamese name
     * @param nameEn the English name
     * @return the system
     * @throws ValidationException if a field is blank or the code malformed
     */
    public static BusinessSystem of(String code, String nameVi, String nameEn) {
        return new BusinessSystem(code, nameVi, nameEn, "");
    }

    private static String requireText(String value, String field) {
        Objects.requireNonNull(value, field);
        String stripped = VietnameseText.normalize(value.strip());
        if (stripped.isEmpty()) {
            throw new ValidationException(field, "Business system " + field + " is blank: expected a name");
        }
        return stripped;
    }
}
