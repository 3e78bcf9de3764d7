/**
 * Backups of the valuation database (QĐ 2344 Art. 10.1.đ–e; VAL-22): each day's or each half day's
 * updates are saved as a file that can be restored after a failure.
 *
 * <p>{@link io.github.vncustoms.valuation.backup.ObservationBackup} writes the price observations
 * entered or decided in a {@link io.github.vncustoms.valuation.backup.BackupPeriod} (a day, or a half
 * day 00:00–12:00 / 12:00–24:00 Hanoi time) as JSON Lines, one observation a line, closed by a
 * manifest line holding the count and the SHA-256 of the lines before it. Restoring verifies the
 * whole file first and refuses a tampered or truncated one without loading any of it.
 *
 * <pre>{@code
 * ObservationBackup backup = ObservationBackup.builder(store).clock(clock).journal(journal).build();
 * BackupPeriod morning = BackupPeriod.morning(LocalDate.of(2026, 11, 20));
 * BackupManifest written = backup.write(morning, backupDir.resolve(morning.fileName()));
 * // after a failure, into a fresh store:
 * RestoreReport restored = ObservationBackup.builder(freshStore).build().restore(backupDir.resolve(morning.fileName()));
 * }</pre>
 */
package io.github.vncustoms.valuation.backup;
