/**
 * Machinery of {@link io.github.vncustoms.valuation.screening} (not API): the exact comparison of a
 * declared unit value with a reference price (VAL-12, VAL-19) and a per-batch memo of exchange rates.
 * Nothing here is part of the SDK's public contract; API types never expose these classes.
 */
package io.github.vncustoms.valuation.internal.screening;
