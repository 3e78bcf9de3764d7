/**
 * Reference-price rules (QĐ 2344 Art. 5.1.b.2; VAL-05..11): pure functions that turn price
 * observations into a candidate reference price with a {@link io.github.vncustoms.valuation.reference.Derivation}
 * trail a person can check.
 */
package io.github.vncustoms.valuation.reference;
