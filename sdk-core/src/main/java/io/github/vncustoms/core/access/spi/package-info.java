/**
 * Extension points of access control: {@link io.github.vncustoms.core.access.spi.AccessDenialListener},
 * which journals refusals (ACC-04).
 */
package io.github.vncustoms.core.access.spi;
