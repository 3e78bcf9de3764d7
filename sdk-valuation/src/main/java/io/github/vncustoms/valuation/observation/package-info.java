/**
 * Price observations of the valuation database (QĐ 2344 Art. 2, 4, 6, 7; VAL-02, VAL-14..18, VAL-20):
 * one price of one item from one source, with currency, unit, commercial level, delivery term, dates,
 * entering unit and officer, reliability and approval trail; domestic survey sheets signed by two
 * officers (VAL-16).
 *
 * <p>{@link io.github.vncustoms.valuation.observation.ValuationDatabase} is the entry point: officers
 * {@code record} customs' own results and {@code propose} other sources, competent leaders
 * {@code decide}, and every read is filtered by the caller's access and valuation role (VAL-20). Every
 * change is journaled and nothing is deleted (VAL-14). Storage sits behind
 * {@link io.github.vncustoms.valuation.observation.spi.ValuationStore}, queried with
 * {@link io.github.vncustoms.valuation.observation.ObservationQuery};
 * {@link io.github.vncustoms.valuation.observation.InMemoryValuationStore} is the embedded default.
 */
package io.github.vncustoms.valuation.observation;
