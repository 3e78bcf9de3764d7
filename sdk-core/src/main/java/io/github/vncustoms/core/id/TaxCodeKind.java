package io.github.vncustoms.core.id;

/**
 * The three forms a {@link TaxCode} takes. Immutable.
 */
public enum TaxCodeKind {
    /**
     * Ten digits, the last a mod-11 check digit: the code of an enterprise, organisation or
     * (before 1 July 2025) an individual, e.g. {@code 0100109106}.
     */
    ENTERPRISE,
    /**
     * The ten-digit code of the parent enterprise, a hyphen and a three-digit branch number
     * {@code 001}–{@code 999}: the code of a dependent unit (branch, representative office),
     * e.g. {@code 0100109106-001}.
     */
    BRANCH,
    /**
     * The twelve-digit personal identification number (citizen identity card, CCCD) that serves as
     * an individual's tax code from 1 July 2025, e.g. {@code 001085012345}.
     */
    PERSONAL_ID
}
