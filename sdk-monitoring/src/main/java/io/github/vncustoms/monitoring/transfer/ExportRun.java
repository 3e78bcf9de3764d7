package io.github.vncustoms.monitoring.transfer;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.time.WorkingCalendar;
import io.github.vncustoms.monitoring.internal.Fields;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An export run with the Annex I general information (MON-T-02): which unit exported, when, how many
 * files automatically and on condition, their total count and size, and which unit they are for,
 * together with the files themselves so that each can be followed to its receipt and update.
 *
 * <pre>{@code
 * ExportRun run = ExportRun.of("01AB-20261120-0930", "SLXNK", "01AB", "HQ01",
 *         Instant.parse("2026-11-20T02:30:00Z"),
 *         List.of(ExportedFile.automatic("TK_01AB_0001.xml", 48_213),
 *                 new ExportedFile("TK_01AB_0002.xml", 1_024, "sha256:9f86d0", ExportMode.CONDITIONAL)));
 * }</pre>
 *
 * <p>The figures an exporter declares must agree with the files it lists: a run whose declared
 * totals contradict its own file list is refused, so that nothing half-true is recorded.
 *
 * <p>Immutable and thread-safe.
 *
 * @param runId the run's identifier, unique per system and exporting unit
 * @param system the business system's code
 * @param fromUnit the exporting unit (đơn vị kết xuất)
 * @param toUnit the receiving unit (đơn vị nhận)
 * @param exportedAt when the export finished
 * @param automaticFiles the number of files exported automatically (số file kết xuất tự động)
 * @param conditionalFiles the number exported on condition (số file kết xuất theo điều kiện)
 * @param totalFiles the total number of files exported (tổng file được kết xuất)
 * @param totalSize the total size exported, in bytes (tổng dung lượng các file kết xuất)
 * @param files every file of the run, with unique names
 */
public record ExportRun(String runId, String system, String fromUnit, String toUnit, Instant exportedAt,
        int automaticFiles, int conditionalFiles, int totalFiles, long totalSize, List<ExportedFile> files)
        implements TransferEvent {

    /**
     * Validates the run and checks that its figures agree with its files.
     *
     * @throws ValidationException if a field is missing or malformed, the two units are the same,
     *     a file name repeats, or a declared figure disagrees with the files listed; the message
     *     gives both figures
     */
    public ExportRun {
        runId = Fields.id(runId, "runId");
        system = Fields.system(system);
        fromUnit = Fields.unit(fromUnit, "fromUnit");
        toUnit = Fields.unit(toUnit, "toUnit");
        if (fromUnit.equals(toUnit)) {
            throw new ValidationException("toUnit", "Run " + runId + " exports from " + fromUnit + " to itself: expected another receiving unit");
        }
        exportedAt = Fields.instant(exportedAt, "exportedAt");
        Fields.count(automaticFiles, "automaticFiles");
        Fields.count(conditionalFiles, "conditionalFiles");
        Fields.count(totalFiles, "totalFiles");
        Fields.size(totalSize, "totalSize");
        Fields.present(files, "files", "the list of exported files (may be empty)").forEach(
                f -> Fields.present(f, "files", "no missing entries in the list of files"));
        files = List.copyOf(files);
        List<String> problems = new ArrayList<>();
        if (totalFiles != (long) automaticFiles + conditionalFiles) {
            problems.add("total files " + totalFiles + " is not automatic " + automaticFiles + " + conditional " + conditionalFiles);
        }
        int automatic = 0;
        long size = 0;
        Set<String> names = new HashSet<>();
        for (ExportedFile file : files) {
            if (!names.add(file.name())) {
                problems.add("file " + file.name() + " is listed twice");
            }
            if (file.mode() == ExportMode.AUTOMATIC) {
                automatic++;
            }
            size += file.size();
        }
        if (files.size() != totalFiles) {
            problems.add("total files " + totalFiles + " but " + files.size() + " files listed");
        }
        if (automatic != automaticFiles) {
            problems.add("automatic files " + automaticFiles + " but " + automatic + " listed as automatic");
        }
        if (files.size() - automatic != conditionalFiles) {
            problems.add("conditional files " + conditionalFiles + " but " + (files.size() - automatic) + " listed as conditional");
        }
        if (size != totalSize) {
            problems.add("total size " + totalSize + " bytes but the files listed add up to " + size + " bytes");
        }
        if (!problems.isEmpty()) {
            throw new ValidationException("files", "Export run " + runId + " of " + system + " from " + fromUnit
                    + " contradicts itself: " + String.join("; ", problems)
                    + "; expected the declared figures to match the files listed", problems, null);
        }
    }

    /**
     * Creates a run whose figures are computed from its files.
     *
     * @param runId the run id
     * @param system the system code
     * @param fromUnit the exporting unit
     * @param toUnit the receiving unit
     * @param exportedAt when the export finished
     * @param files the files
     * @return the run
     * @throws ValidationException if a field is missing or malformed
     */
    public static ExportRun of(String runId, String system, String fromUnit, String toUnit, Instant exportedAt,
            List<ExportedFile> files) {
        Fields.present(files, "files", "the list of exported files (may be empty)");
        int automatic = 0;
        long size = 0;
        for (ExportedFile file : files) {
            Fields.present(file, "files", "no missing entries");
            automatic += file.mode() == ExportMode.AUTOMATIC ? 1 : 0;
            size += file.size();
        }
        return new ExportRun(runId, system, fromUnit, toUnit, exportedAt, automatic, files.size() - automatic,
                files.size(), size, files);
    }

    @Override
    public TransferOperation operation() {
        return TransferOperation.EXPORT;
    }

    @Override
    public Instant occurredAt() {
        return exportedAt;
    }

    /**
     * Returns the export date in Vietnam (ngày kết xuất).
     *
     * @return the day, Asia/Ho_Chi_Minh
     */
    public LocalDate exportDate() {
        return LocalDate.ofInstant(exportedAt, WorkingCalendar.VIETNAM_ZONE);
    }

    /**
     * Returns the export time of day in Vietnam (thời gian kết xuất), to the second.
     *
     * @return the time, Asia/Ho_Chi_Minh
     */
    public LocalTime exportTime() {
        return LocalTime.ofInstant(exportedAt, WorkingCalendar.VIETNAM_ZONE).truncatedTo(ChronoUnit.SECONDS);
    }
}
