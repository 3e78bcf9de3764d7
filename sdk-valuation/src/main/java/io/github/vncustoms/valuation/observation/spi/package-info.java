/**
 * Extension points of the valuation database (QĐ 2344 Art. 3, 7, 10; VAL-14, VAL-20, VAL-22): the
 * {@link io.github.vncustoms.valuation.observation.spi.ValuationStore} where price observations are
 * kept, which a deployment serves from its database. The embedded default is
 * {@link io.github.vncustoms.valuation.observation.InMemoryValuationStore}.
 */
package io.github.vncustoms.valuation.observation.spi;
