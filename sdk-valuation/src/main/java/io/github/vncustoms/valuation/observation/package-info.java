/**
 * Price observations of the valuation database (QĐ 2344 Art. 2, 4, 6, 7; VAL-02, VAL-15..18): one
 * price of one item from one source, with currency, unit, commercial level, delivery term, dates,
 * entering unit and officer, reliability and approval trail; domestic survey sheets signed by two
 * officers (VAL-16).
 */
package io.github.vncustoms.valuation.observation;
