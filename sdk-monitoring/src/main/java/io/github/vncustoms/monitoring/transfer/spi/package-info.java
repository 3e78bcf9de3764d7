/**
 * What an integrator implements to keep transfer events elsewhere: the
 * {@link io.github.vncustoms.monitoring.transfer.spi.TransferLedger}.
 */
package io.github.vncustoms.monitoring.transfer.spi;
