package io.github.vncustoms.core.access.spi;

import io.github.vncustoms.core.access.AccessDecision;

/**
 * Told of every refused access, so that it can be journaled (ACC-04, STA-07). The audit journal
 * provides one; an {@link io.github.vncustoms.core.access.AccessPolicy} calls it before it throws.
 *
 * <p>Implementations must be thread-safe and should not throw; an exception thrown here replaces
 * the access-denied exception the caller would have seen.
 */
@FunctionalInterface
public interface AccessDenialListener {
    /**
     * Records a refusal.
     *
     * @param decision the refused decision, with its reason
     */
    void denied(AccessDecision decision);
}
