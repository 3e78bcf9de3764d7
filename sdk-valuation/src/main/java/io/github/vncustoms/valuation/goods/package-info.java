/**
 * Goods as the valuation database tells them apart (QĐ 2344 Art. 4.2.b, 5.1.b.1.2; VAL-03, VAL-04):
 * {@link io.github.vncustoms.valuation.goods.GoodsDescriptor} (HS code, trade name and the details that
 * identify one item), the {@link io.github.vncustoms.valuation.goods.SpecificityPolicy} that refuses a
 * reference price for a bundle of items ("gom khung"), identical and similar goods, and units of measure
 * with their explicit {@link io.github.vncustoms.valuation.goods.UnitConversions}.
 */
package io.github.vncustoms.valuation.goods;
