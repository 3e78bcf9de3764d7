/**
 * Money for customs values: exact {@link io.github.vncustoms.core.money.Money} amounts in an ISO 4217
 * currency (VND has no minor unit), explicit rounding, exchange rates, and the
 * {@link io.github.vncustoms.core.money.spi.ExchangeRateProvider} SPI.
 *
 * <pre>{@code
 * Money declared = Money.of("12500.00", "USD");
 * ExchangeRate rate = rates.get(declared.currency(), Money.VND, LocalDate.of(2026, 11, 20));
 * Money inDong = declared.convert(rate, RoundingMode.HALF_UP);
 * }</pre>
 */
package io.github.vncustoms.core.money;
