/**
 * Where the versions of the valuation-risk list are kept (VAL-01, VAL-13, VAL-14):
 * {@link io.github.vncustoms.valuation.risklist.spi.RiskListStore}, which a deployment implements over
 * its database; {@link io.github.vncustoms.valuation.risklist.InMemoryRiskListStore} is the embedded
 * default. Versions are appended, never changed or deleted.
 */
package io.github.vncustoms.valuation.risklist.spi;
