package io.github.vncustoms.core.audit;

import io.github.vncustoms.core.error.ValidationException;

/**
 * When the {@link JsonLinesAuditStore} closes its current file and starts a new one: at the start
 * of each day in Asia/Ho_Chi_Minh (by the entries' timestamps), when the file would exceed a size,
 * or both. Closed files are gzipped for archiving (STA-07, Art. 10.3).
 *
 * <p>Immutable and thread-safe.
 *
 * @param byDay whether a new file starts with each day, Asia/Ho_Chi_Minh
 * @param maxBytes the size a file may not exceed (a single longer entry still gets a file of its own);
 *     {@link Long#MAX_VALUE} for no limit
 */
public record RotationPolicy(boolean byDay, long maxBytes) {
    /**
     * Checks the settings.
     *
     * @throws ValidationException if the size is below 1 KiB
     */
    public RotationPolicy {
        if (maxBytes < 1024) {
            throw new ValidationException("maxBytes", "Rotation size " + maxBytes + " bytes is too small: expected at least 1024");
        }
    }

    /**
     * A new file each day, Asia/Ho_Chi_Minh.
     *
     * @return the policy
     */
    public static RotationPolicy daily() {
        return new RotationPolicy(true, Long.MAX_VALUE);
    }

    /**
     * A new file when the current one would exceed a size.
     *
     * @param maxBytes the size, at least 1024
     * @return the policy
     * @throws ValidationException if too small
     */
    public static RotationPolicy bySize(long maxBytes) {
        return new RotationPolicy(false, maxBytes);
    }

    /**
     * A new file each day, and sooner when the current one would exceed a size.
     *
     * @param maxBytes the size, at least 1024
     * @return the policy
     * @throws ValidationException if too small
     */
    public static RotationPolicy dailyOrBySize(long maxBytes) {
        return new RotationPolicy(true, maxBytes);
    }
}
