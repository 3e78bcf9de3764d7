package io.github.vncustoms.core.statistics;

import io.github.vncustoms.core.internal.statistics.Fields;

/**
 * An organisation granted the right to take part in a forecast round (cơ quan, tổ chức được cấp
 * quyền, QĐ 1991/QĐ-TCHQ Art. 9, STA-06): a customs unit, a ministry, an association or another
 * body with access to the statistics system.
 *
 * <p>Immutable and thread-safe. The name is stripped and normalised to NFC (STA-04).
 *
 * @param code the organisation's code, unique within a round: 1–32 characters of A–Z, 0–9,
 *     {@code .}, {@code -} or {@code _}; upper-cased. A customs unit may use its unit code.
 * @param name the organisation's name, in Vietnamese
 */
public record AuthorisedOrganisation(String code, String name) {
    /**
     * Validates and normalises.
     *
     * @throws io.github.vncustoms.core.error.ValidationException if the code is malformed or the name
     *     blank or not well-formed
     */
    public AuthorisedOrganisation {
        code = Fields.requireCode(code, "code", "an organisation");
        name = Fields.requireText(name, "name", "organisation " + code);
    }

    /**
     * Creates an organisation.
     *
     * @param code the code
     * @param name the name
     * @return the organisation
     */
    public static AuthorisedOrganisation of(String code, String name) {
        return new AuthorisedOrganisation(code, name);
    }
}
