package io.github.vncustoms.core.audit;

import io.github.vncustoms.core.error.ValidationException;
import java.time.Duration;
import java.util.Objects;

/**
 * How soon the {@link JsonLinesAuditStore} makes an appended entry durable: the trade between what
 * a crash can lose and how many entries a second the journal can take.
 *
 * <table class="striped">
 *   <caption>What each mode loses</caption>
 *   <thead><tr><th>Mode</th><th>Process crash loses</th><th>Power loss / OS crash loses</th><th>Cost</th></tr></thead>
 *   <tbody>
 *     <tr><td>{@link Mode#EVERY_ENTRY}</td><td>nothing</td><td>nothing</td>
 *         <td>one write and one {@code fsync} per entry, in the appending thread: hundreds to a few
 *         thousand entries a second on a disk</td></tr>
 *     <tr><td>{@link Mode#PERIODICALLY}</td><td>the entries not yet handed to the operating
 *         system: at most the last {@code entries} entries, or those of the last {@code interval}</td>
 *         <td>those, plus the entries handed over while the last {@code fsync} was still running
 *         (a few milliseconds' worth)</td>
 *         <td>one write per batch in the appending thread; the {@code fsync} runs on the store's
 *         flusher thread, so appends never wait for the device (group commit): hundreds of
 *         thousands of entries a second</td></tr>
 *     <tr><td>{@link Mode#OS_BUFFERED}</td><td>nothing (each entry is handed to the operating
 *         system at once)</td><td>whatever the operating system had not yet written, typically the
 *         last few seconds</td><td>one write system call per entry, no {@code fsync}</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>Whatever the mode, a file rotation, {@link JsonLinesAuditStore#sync()} and
 * {@link JsonLinesAuditStore#close()} write and {@code fsync} everything first; a checkpoint is
 * written only after the entries it covers were forced (under {@link Mode#PERIODICALLY} by the
 * flusher thread, right away; otherwise before {@code appendCheckpoint} returns). A crash in the
 * middle of a write loses at most the torn last entry, which the store cuts away when it is opened
 * again. Immutable and thread-safe.
 *
 * @param mode the mode
 * @param entries for {@link Mode#PERIODICALLY}: flush after this many entries; otherwise 1
 * @param interval for {@link Mode#PERIODICALLY}: flush entries older than this; otherwise zero
 */
public record FlushPolicy(Mode mode, int entries, Duration interval) {
    /** When entries are written and forced to the storage device. Immutable. */
    public enum Mode {
        /** Write and {@code fsync} every entry before {@code append} returns. */
        EVERY_ENTRY,
        /**
         * Keep entries in memory; hand them to the operating system every {@code entries} entries or
         * {@code interval}, and {@code fsync} them at once on a background thread.
         */
        PERIODICALLY,
        /** Write every entry to the operating system before {@code append} returns; never {@code fsync} on its own. */
        OS_BUFFERED
    }

    /**
     * Checks the settings.
     *
     * @throws ValidationException if a periodic policy's count or interval is out of range
     */
    public FlushPolicy {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(interval, "interval");
        if (mode == Mode.PERIODICALLY) {
            if (entries < 1 || entries > 1_000_000) {
                throw new ValidationException("entries", "Flush period of " + entries + " entries is out of range: expected 1 to 1,000,000");
            }
            if (interval.compareTo(Duration.ofMillis(1)) < 0 || interval.compareTo(Duration.ofHours(1)) > 0) {
                throw new ValidationException("interval", "Flush interval " + interval + " is out of range: expected 1 ms to 1 hour");
            }
        } else if (entries != 1 || !interval.isZero()) {
            throw new ValidationException("mode", "Flush mode " + mode + " takes no period: expected entries 1 and a zero interval");
        }
    }

    /**
     * Writes and forces every entry: nothing is ever lost, at the price of an {@code fsync} each.
     *
     * @return the policy
     */
    public static FlushPolicy everyEntry() {
        return new FlushPolicy(Mode.EVERY_ENTRY, 1, Duration.ZERO);
    }

    /**
     * Writes in batches and forces each batch in the background.
     *
     * @param entries flush after this many entries, 1 to 1,000,000
     * @param interval and at least this often while entries are waiting, 1 ms to 1 hour
     * @return the policy
     * @throws ValidationException if out of range
     */
    public static FlushPolicy periodically(int entries, Duration interval) {
        return new FlushPolicy(Mode.PERIODICALLY, entries, interval);
    }

    /**
     * Hands every entry to the operating system and leaves the forcing to it.
     *
     * @return the policy
     */
    public static FlushPolicy osBuffered() {
        return new FlushPolicy(Mode.OS_BUFFERED, 1, Duration.ZERO);
    }
}
