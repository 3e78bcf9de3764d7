/**
 * Where revision records are kept (VAL-13, VAL-14): {@link io.github.vncustoms.valuation.revision.spi.RevisionStore},
 * which a deployment implements over its database; {@link io.github.vncustoms.valuation.revision.InMemoryRevisionStore}
 * is the embedded default. A store never deletes (Art. 5.5).
 */
package io.github.vncustoms.valuation.revision.spi;
