package io.github.vncustoms.valuation.backup;

import io.github.vncustoms.core.error.ValidationException;
import java.util.Objects;

/**
 * What restoring a backup did (VAL-22): observations inserted because the store lacked them, pending
 * ones updated with the decision the backup holds, and ones the store already held (as saved, or
 * already decided when the backup holds them pending). Restoring the same file twice inserts and
 * updates nothing the second time.
 *
 * <p>Immutable and thread-safe.
 *
 * @param manifest the restored file's manifest
 * @param inserted observations inserted
 * @param updated pending observations given their decision
 * @param unchanged observations the store already held
 */
public record RestoreReport(BackupManifest manifest, int inserted, int updated, int unchanged) {
    /**
     * Validates the report.
     *
     * @throws ValidationException if a figure is negative or they do not add up to the manifest's count
     */
    public RestoreReport {
        Objects.requireNonNull(manifest, "manifest");
        if (inserted < 0 || updated < 0 || unchanged < 0 || (long) inserted + updated + unchanged != manifest.count()) {
            throw new ValidationException("inserted", "Restored " + inserted + " + " + updated + " + " + unchanged
                    + " observations of a backup of " + manifest.count() + ": expected non-negative figures adding up to the count");
        }
    }
}
