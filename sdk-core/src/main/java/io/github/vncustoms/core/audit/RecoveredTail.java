package io.github.vncustoms.core.audit;

import java.util.Objects;

/**
 * A torn write the {@link JsonLinesAuditStore} found and cut away when it opened: the end of a file
 * that was not a complete line, left by a crash in the middle of a write. The bytes are kept beside
 * the file, in {@code <file>.torn}, for inspection.
 *
 * <p>Immutable and thread-safe.
 *
 * @param file the file's name within the journal directory
 * @param offset the byte offset the file was cut back to
 * @param discardedBytes how many bytes were cut away
 * @param reason why, e.g. {@code "no trailing newline"}
 */
public record RecoveredTail(String file, long offset, long discardedBytes, String reason) {
    /** Checks the parts. */
    public RecoveredTail {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reason, "reason");
    }
}
