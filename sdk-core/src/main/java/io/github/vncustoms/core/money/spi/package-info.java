/**
 * Extension points of the money area: {@link io.github.vncustoms.core.money.spi.ExchangeRateProvider},
 * which a deployment implements over its source of published customs exchange rates.
 */
package io.github.vncustoms.core.money.spi;
