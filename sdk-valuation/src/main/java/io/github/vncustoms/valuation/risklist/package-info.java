/**
 * The valuation-risk goods list (Danh mục hàng hóa xuất khẩu, nhập khẩu rủi ro về trị giá; QĐ 2344
 * Art. 1.2, 5; VAL-01, VAL-12..14, VAL-19): versioned items with their reference prices.
 */
package io.github.vncustoms.valuation.risklist;
