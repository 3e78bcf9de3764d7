package io.github.vncustoms.core.audit.spi;

import io.github.vncustoms.core.audit.AuditEntry;
import io.github.vncustoms.core.error.ValidationException;
import java.util.Objects;

/**
 * One record of a store, in storage order, as {@link AuditStore#scan()} hands it to the verifier:
 * either a readable entry or the reason it could not be read.
 *
 * <p>Immutable and thread-safe.
 *
 * @param position 0-based place in storage order, across files
 * @param source where it is kept, e.g. a file name or {@code "memory"}; shared between records
 * @param line its 1-based line (or row) within {@code source}
 * @param entry the entry; {@code null} when unreadable
 * @param unreadable why the record could not be read; {@code null} when readable
 */
public record StoredEntry(long position, String source, long line, AuditEntry entry, String unreadable) {
    /**
     * Checks that exactly one of entry and reason is given.
     *
     * @throws ValidationException if both or neither are given
     */
    public StoredEntry {
        Objects.requireNonNull(source, "source");
        if ((entry == null) == (unreadable == null)) {
            throw new ValidationException("entry", "Stored record at position " + position
                    + " has both or neither of an entry and a reason it is unreadable: expected exactly one");
        }
    }

    /**
     * A readable record.
     *
     * @param position place in storage order
     * @param source where it is kept
     * @param line line within the source
     * @param entry the entry
     * @return the record
     */
    public static StoredEntry of(long position, String source, long line, AuditEntry entry) {
        return new StoredEntry(position, source, line, Objects.requireNonNull(entry, "entry"), null);
    }

    /**
     * An unreadable record.
     *
     * @param position place in storage order
     * @param source where it is kept
     * @param line line within the source
     * @param reason why it could not be read
     * @return the record
     */
    public static StoredEntry unreadable(long position, String source, long line, String reason) {
        return new StoredEntry(position, source, line, null, Objects.requireNonNull(reason, "reason"));
    }

    /**
     * Tells whether the record holds an entry.
     *
     * @return {@code true} if readable
     */
    public boolean readable() {
        return entry != null;
    }

    /**
     * Returns where the record is kept, for people.
     *
     * @return e.g. {@code journal-00000000000000000001-20260217.jsonl:line 12}
     */
    public String location() {
        return source + ":line " + line;
    }
}
