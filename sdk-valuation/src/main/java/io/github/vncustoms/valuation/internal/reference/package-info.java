/**
 * Machinery of the reference-price rules (VAL-05..10), not API: checks shared by the rules, the
 * wording of their trails, and the exact integer statistics behind
 * {@link io.github.vncustoms.valuation.reference.RobustAggregation}. May change without notice.
 */
package io.github.vncustoms.valuation.internal.reference;
