/**
 * Reference-price rules (QĐ 2344 Art. 5.1.b.2; VAL-05..10): pure functions that turn price
 * observations into a candidate reference price with a {@link io.github.vncustoms.valuation.reference.Derivation}
 * trail a person can check, citing its sources and their approvals.
 *
 * <ul>
 *   <li>{@link io.github.vncustoms.valuation.reference.InternetOfferRule}: internet offer price less
 *       the exporting country's taxes at 10–20 % (b.2.6; VAL-08);
 *   <li>{@link io.github.vncustoms.valuation.reference.DomesticMarketRule}: retail / 1.10 and domestic
 *       wholesale less taxes and at most 20 % costs and profit (b.2.7; VAL-09, VAL-10);
 *   <li>{@link io.github.vncustoms.valuation.reference.LookBackRule}: identical, then similar goods in a
 *       6-month, 1-year or (on request) at most 2-year window (b.2.1–b.2.2; VAL-05);
 *   <li>{@link io.github.vncustoms.valuation.reference.KitComparison} (b.2.3; VAL-06) and
 *       {@link io.github.vncustoms.valuation.reference.SuppliedValuesRule} (b.2.4–b.2.5; VAL-07);
 *   <li>{@link io.github.vncustoms.valuation.reference.RobustAggregation}: median and MAD-based outlier
 *       exclusion, beyond the regulation (WCO valuation-database guidelines; EU JRC "fair prices");
 *   <li>{@link io.github.vncustoms.valuation.reference.PriceNormaliser}: currency at the price date's
 *       rate and units by explicit conversion only.
 * </ul>
 *
 * <p>A derivation is a candidate for a proposal (VAL-11), never a customs value.
 */
package io.github.vncustoms.valuation.reference;
