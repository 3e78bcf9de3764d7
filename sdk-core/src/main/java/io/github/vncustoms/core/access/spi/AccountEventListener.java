package io.github.vncustoms.core.access.spi;

import io.github.vncustoms.core.access.AccountEvent;

/**
 * Told of every account event, so that it reaches the audit journal (STA-07, ACC-04).
 *
 * <p>Implementations must be thread-safe and should not throw.
 */
@FunctionalInterface
public interface AccountEventListener {
    /**
     * Records an event.
     *
     * @param event the event
     */
    void onEvent(AccountEvent event);
}
