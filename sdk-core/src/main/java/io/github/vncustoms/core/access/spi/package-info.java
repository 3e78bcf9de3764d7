/**
 * Extension points of access control: {@link io.github.vncustoms.core.access.spi.AccountStore},
 * where account records live; {@link io.github.vncustoms.core.access.spi.AccessDenialListener} and
 * {@link io.github.vncustoms.core.access.spi.AccountEventListener}, which journal refusals and
 * account changes (ACC-04, STA-07).
 */
package io.github.vncustoms.core.access.spi;
