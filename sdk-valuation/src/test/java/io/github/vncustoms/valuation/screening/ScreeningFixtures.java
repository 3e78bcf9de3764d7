package io.github.vncustoms.valuation.screening;

import io.github.vncustoms.core.id.HsCode;
import io.github.vncustoms.core.money.ExchangeRate;
import io.github.vncustoms.core.money.FixedExchangeRates;
import io.github.vncustoms.core.money.Money;
import io.github.vncustoms.valuation.goods.GoodsAttribute;
import io.github.vncustoms.valuation.goods.GoodsDescriptor;
import io.github.vncustoms.valuation.goods.UnitOfMeasure;
import io.github.vncustoms.valuation.risklist.RiskListItem;
import io.github.vncustoms.valuation.risklist.RiskListVersion;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;

/** Goods, risk lists, rates and lines shared by the screening tests of this package. */
final class ScreeningFixtures {
    static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    static final LocalDate LIST_FROM = LocalDate.of(2026, 1, 1);
    static final Currency USD = Currency.getInstance("USD");
    static final Currency EUR = Currency.getInstance("EUR");
    static final Currency VND = Money.VND;
    static final String BASIS = "Trị giá khai báo đã chấp nhận của hàng giống hệt, 6 tháng (b.2.2)";
    /** 1 USD = 25 345 VND from 2026-01-01, published by the State Bank. */
    static final ExchangeRate USD_VND = new ExchangeRate(USD, VND, new BigDecimal("25345"), LIST_FROM, "SBV");
    static final FixedExchangeRates RATES = FixedExchangeRates.builder().add(USD_VND).build();

    private ScreeningFixtures() {
    }

    /** A mobile phone of a given model, specific enough for the list. */
    static GoodsDescriptor phone(String model) {
        return GoodsDescriptor.builder(HsCode.parse("8517.13.00"), "Điện thoại di động")
                .with(GoodsAttribute.MANUFACTURER, "Samsung Electronics")
                .with(GoodsAttribute.MODEL, model)
                .build();
    }

    /** Polyethylene granules of a grade, priced per kilogram. */
    static GoodsDescriptor granules(String grade) {
        return GoodsDescriptor.builder(HsCode.parse("3901.10.99"), "Hạt nhựa polyethylene")
                .with(GoodsAttribute.MANUFACTURER, "SCG Chemicals")
                .with(GoodsAttribute.CODE_MARK, grade)
                .build();
    }

    static RiskListItem item(String id, GoodsDescriptor goods, Money price, UnitOfMeasure unit) {
        return new RiskListItem(id, goods, price, unit, LIST_FROM, null, price == null ? "" : BASIS, "");
    }

    static RiskListVersion version(int number, RiskListItem... items) {
        return RiskListVersion.of(number, LIST_FROM, "tchq.txnk.01", "1234/QĐ-TCHQ", Arrays.asList(items));
    }

    static DeclarationLine line(GoodsDescriptor goods, Money unitValue, UnitOfMeasure unit) {
        return new DeclarationLine("103456789010", 1, goods, unitValue, BigDecimal.TEN, unit, DAY);
    }

    static DeclarationLine line(GoodsDescriptor goods, String amount, String currency, UnitOfMeasure unit) {
        return line(goods, Money.of(amount, currency), unit);
    }
}
