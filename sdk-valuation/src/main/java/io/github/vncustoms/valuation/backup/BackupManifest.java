package io.github.vncustoms.valuation.backup;

import io.github.vncustoms.core.error.ValidationException;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a backup file says about itself on its last line (VAL-22): the period it covers, how many
 * observations it holds, the SHA-256 of everything before the manifest line, and when it was written.
 *
 * <p>Immutable and thread-safe.
 *
 * @param period the period covered
 * @param count how many observations the file holds, at least 0
 * @param sha256 the SHA-256 of the observation lines, 64 lower-case hex digits
 * @param writtenAt when the backup was written
 */
public record BackupManifest(BackupPeriod period, long count, String sha256, Instant writtenAt) {
    /** The format name on every manifest. */
    public static final String FORMAT = "vncustoms.valuation.observations";
    /** The format version this release writes and reads. */
    public static final int VERSION = 1;

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    /**
     * Validates the manifest.
     *
     * @throws ValidationException if the count is negative or the checksum is not 64 lower-case hex digits
     */
    public BackupManifest {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(writtenAt, "writtenAt");
        if (count < 0) {
            throw new ValidationException("count", "A backup of " + count + " observations: expected 0 or more");
        }
        if (!HEX.matcher(sha256).matches()) {
            throw new ValidationException("sha256", "Checksum '" + sha256 + "' is malformed: expected 64 lower-case hex digits");
        }
    }
}
