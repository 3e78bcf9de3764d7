package io.github.vncustoms.monitoring.transfer;

import io.github.vncustoms.monitoring.internal.Fields;

/**
 * One file of an export run, as the exporting unit reports it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the file name, unique within its run; stripped and NFC-normalised
 * @param size the size in bytes, 0 or more
 * @param checksum the file's checksum as the system reports it (e.g. {@code sha256:9f86...}), or
 *     {@code ""} when unknown; compared exactly with the receiver's
 * @param mode whether it was exported automatically or on condition
 */
public record ExportedFile(String name, long size, String checksum, ExportMode mode) {
    /**
     * Validates and normalises.
     *
     * @throws io.github.vncustoms.core.error.ValidationException if the name is blank or too long,
     *     the size negative, the checksum malformed or the mode missing
     */
    public ExportedFile {
        name = Fields.fileName(name, "file name");
        size = Fields.size(size, "file size");
        checksum = Fields.checksum(checksum, "checksum");
        Fields.present(mode, "mode", "AUTOMATIC or CONDITIONAL");
    }

    /**
     * Creates an automatically exported file with no checksum.
     *
     * @param name the file name
     * @param size the size in bytes
     * @return the file
     */
    public static ExportedFile automatic(String name, long size) {
        return new ExportedFile(name, size, "", ExportMode.AUTOMATIC);
    }

    /**
     * Tells whether the exporter reported a checksum.
     *
     * @return {@code true} if {@link #checksum()} is not empty
     */
    public boolean hasChecksum() {
        return !checksum.isEmpty();
    }
}
