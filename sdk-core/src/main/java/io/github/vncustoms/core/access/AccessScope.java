package io.github.vncustoms.core.access;

/**
 * How far an account sees (phạm vi truy cập): its own unit, its unit and the units below it, or
 * everything. MON-T-05 gives the pattern: headquarters monitors all units, a department itself and
 * its branches, a branch itself.
 *
 * <p>Immutable. Scopes are ordered from narrowest to widest.
 */
public enum AccessScope {
    /** Only records of the account's own unit. */
    OWN_UNIT,
    /** Records of the account's unit and of every unit below it (its divisions and lower levels). */
    UNIT_AND_BELOW,
    /** Every record. */
    ALL;

    /**
     * Returns the wider of two scopes.
     *
     * @param other another scope
     * @return the wider one
     */
    public AccessScope widest(AccessScope other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
