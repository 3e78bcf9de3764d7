package io.github.vncustoms.monitoring.report;

import io.github.vncustoms.core.org.UnitDirectories;
import io.github.vncustoms.core.org.UnitDirectory;
import io.github.vncustoms.monitoring.reconcile.Discrepancy;
import io.github.vncustoms.monitoring.reconcile.DiscrepancyKind;
import io.github.vncustoms.monitoring.reconcile.RunSummary;
import io.github.vncustoms.monitoring.transfer.ExportMode;
import io.github.vncustoms.monitoring.transfer.ExportRun;
import io.github.vncustoms.monitoring.transfer.ExportedFile;
import io.github.vncustoms.monitoring.transfer.FileApplied;
import io.github.vncustoms.monitoring.transfer.FileReceived;
import io.github.vncustoms.monitoring.transfer.TransferEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A small day of declaration (SLXNK) traffic on the sample directory, written by hand, with the
 * Annex I figures computed by hand from the events (MON-T-02, MON-T-03):
 *
 * <ul>
 * <li>run A, branch 01AB to department HQ01 at 09:30: three files; 0001 received and applied; 0002
 * received, applied, then received a second time and not applied again; 0003 never received;</li>
 * <li>run B, branch 01DD to HQ01 at 10:00: two files; the second, with a hostile name, fails to apply;</li>
 * <li>run C, HQ01 to headquarters TCHQ at 11:00: two files, clean;</li>
 * <li>run Z, exported at 23:50 the evening before, received and applied at 00:05 on the day: its
 * receipt belongs to the day, its general row to the day before;</li>
 * <li>run D, exported at 06:00 on the next day (23:00 UTC on the day): outside the day.</li>
 * </ul>
 *
 * Times are Vietnam time (UTC+7).
 */
final class KnownDay {
    static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    static final UnitDirectory DIRECTORY = UnitDirectories.sample();
    static final String SLXNK = "SLXNK";

    static final String RUN_A = "01AB-20261120-0930";
    static final String RUN_B = "01DD-20261120-1000";
    static final String RUN_C = "HQ01-20261120-1100";
    static final String RUN_Z = "01DD-20261119-2350";
    static final String RUN_D = "01AB-20261121-0600";

    static final String A1 = "TK_01AB_0001.xml";
    static final String A2 = "TK_01AB_0002.xml";
    static final String A3 = "TK_01AB_0003.xml";
    static final String B1 = "TK_01DD_0001.xml";
    /** A hostile file name: every character HTML must escape. */
    static final String EVIL = "<script>alert(1)</script>&\"'";
    static final String C1 = "TK_HQ01_0001.xml";
    static final String C2 = "TK_HQ01_0002.xml";
    static final String Z1 = "TK_01DD_0999.xml";
    static final String D1 = "TK_01AB_0101.xml";

    static final String UPDATE_ERROR = "Lỗi cấu trúc XML: thẻ <ToKhai> không đóng";

    static final ExportRun EXPORT_A = new ExportRun(RUN_A, SLXNK, "01AB", "HQ01", vn("09:30:00"), 2, 1, 3, 51_737,
            List.of(new ExportedFile(A1, 48_213, "sha256:aa01", ExportMode.AUTOMATIC),
                    new ExportedFile(A2, 1_024, "", ExportMode.CONDITIONAL),
                    ExportedFile.automatic(A3, 2_500)));
    static final ExportRun EXPORT_B = new ExportRun(RUN_B, SLXNK, "01DD", "HQ01", vn("10:00:00"), 1, 1, 2, 10_777,
            List.of(ExportedFile.automatic(B1, 10_000), new ExportedFile(EVIL, 777, "", ExportMode.CONDITIONAL)));
    static final ExportRun EXPORT_C = new ExportRun(RUN_C, SLXNK, "HQ01", "TCHQ", vn("11:00:00"), 2, 0, 2, 65_000,
            List.of(ExportedFile.automatic(C1, 60_000), ExportedFile.automatic(C2, 5_000)));
    static final ExportRun EXPORT_Z = new ExportRun(RUN_Z, SLXNK, "01DD", "HQ01",
            LocalDateTime.of(2026, 11, 19, 23, 50).toInstant(ZoneOffset.ofHours(7)), 1, 0, 1, 4_096,
            List.of(ExportedFile.automatic(Z1, 4_096)));
    static final ExportRun EXPORT_D = new ExportRun(RUN_D, SLXNK, "01AB", "HQ01", Instant.parse("2026-11-20T23:00:00Z"),
            1, 0, 1, 300, List.of(ExportedFile.automatic(D1, 300)));

    private KnownDay() {
    }

    /** An instant on the day, Vietnam time. */
    static Instant vn(String time) {
        return LocalDateTime.of(DAY, LocalTime.parse(time)).toInstant(ZoneOffset.ofHours(7));
    }

    static FileReceived received(ExportRun run, String file, long size, String from, String to) {
        return new FileReceived(run.runId(), run.system(), run.fromUnit(), run.toUnit(), file, size, "", vn(from), vn(to));
    }

    static FileApplied applied(ExportRun run, String file, long size, String version, String error, String from,
            String to) {
        return new FileApplied(run.runId(), run.system(), run.fromUnit(), run.toUnit(), file, size, version, error,
                vn(from), vn(to));
    }

    /** Every event of the day, exports included, in the order they happened. */
    static List<TransferEvent> events() {
        List<TransferEvent> events = new ArrayList<>();
        events.add(EXPORT_Z);
        events.add(received(EXPORT_Z, Z1, 4_096, "00:05:00", "00:05:02"));
        events.add(applied(EXPORT_Z, Z1, 4_096, "20261119-9", "", "00:06:00", "00:06:01"));
        events.add(EXPORT_A);
        events.add(received(EXPORT_A, A1, 48_213, "09:31:00", "09:31:05"));
        events.add(received(EXPORT_A, A2, 1_024, "09:31:10", "09:31:12"));
        events.add(applied(EXPORT_A, A1, 48_213, "20261120-1", "", "09:32:00", "09:32:10"));
        events.add(applied(EXPORT_A, A2, 1_024, "20261120-1", "", "09:33:00", "09:33:02"));
        events.add(received(EXPORT_A, A2, 1_024, "09:40:00", "09:40:01"));
        events.add(EXPORT_B);
        events.add(received(EXPORT_B, B1, 10_000, "10:01:00", "10:01:03"));
        events.add(received(EXPORT_B, EVIL, 777, "10:01:05", "10:01:06"));
        events.add(applied(EXPORT_B, B1, 10_000, "20261120-1", "", "10:02:00", "10:02:05"));
        events.add(applied(EXPORT_B, EVIL, 777, "20261120-1", UPDATE_ERROR, "10:02:10", "10:02:11"));
        events.add(EXPORT_C);
        events.add(received(EXPORT_C, C1, 60_000, "11:01:00", "11:01:30"));
        events.add(received(EXPORT_C, C2, 5_000, "11:01:40", "11:01:45"));
        events.add(applied(EXPORT_C, C1, 60_000, "2026.11.20", "", "11:05:00", "11:05:20"));
        events.add(applied(EXPORT_C, C2, 5_000, "2026.11.20", "", "11:05:30", "11:05:35"));
        events.add(EXPORT_D);
        events.add(new FileReceived(RUN_D, SLXNK, "01AB", "HQ01", D1, 300, "", Instant.parse("2026-11-20T23:01:00Z"),
                Instant.parse("2026-11-20T23:01:02Z")));
        return events;
    }

    /**
     * The run summaries, figures by hand from the events above: distinct files received, the size
     * of each file's first receipt, the files and sizes applied without error, the update errors.
     */
    static List<RunSummary> summaries() {
        return List.of(
                // A: 0001 (48213) and 0002 (1024, received twice, counted once) received; both applied.
                new RunSummary(EXPORT_A, 2, 49_237, 2, 49_237, List.of(), 3),
                // B: both received (10000 + 777); only 0001 applied; the other failed.
                new RunSummary(EXPORT_B, 2, 10_777, 1, 10_000, List.of(UPDATE_ERROR), 1),
                new RunSummary(EXPORT_C, 2, 65_000, 2, 65_000, List.of(), 0),
                new RunSummary(EXPORT_Z, 1, 4_096, 1, 4_096, List.of(), 0),
                new RunSummary(EXPORT_D, 1, 300, 0, 0, List.of(), 1));
    }

    static final Discrepancy MISSING_A3 = new Discrepancy(DiscrepancyKind.MISSING_AT_RECEIVER, SLXNK, "01AB", "HQ01",
            RUN_A, A3, "2500 bytes exported", "not received", vn("10:30:00"), "Resend TK_01AB_0003.xml");
    static final Discrepancy DUPLICATE_A2 = new Discrepancy(DiscrepancyKind.DUPLICATE_DELIVERY, SLXNK, "01AB", "HQ01",
            RUN_A, A2, "1 receipt", "2 receipts", vn("09:40:01"), "");
    static final Discrepancy TOTALS_A = new Discrepancy(DiscrepancyKind.TOTALS_MISMATCH, SLXNK, "01AB", "HQ01", RUN_A,
            "", "3 files, 51737 bytes exported", "2 files, 49237 bytes received", vn("10:30:00"), "");
    static final Discrepancy FAILED_EVIL = new Discrepancy(DiscrepancyKind.APPLY_FAILED, SLXNK, "01DD", "HQ01", RUN_B,
            EVIL, "applied without error", UPDATE_ERROR, vn("10:02:11"), "");
    static final Discrepancy NO_RUN_01DD = new Discrepancy(DiscrepancyKind.EXPECTED_RUN_MISSING, SLXNK, "01DD", "HQ01",
            "", "", "a run by 14:00", "no run", vn("14:00:00"), "");
    /** On the next day and of a run outside the day: left out of the day's report. */
    static final Discrepancy NOT_APPLIED_D1 = new Discrepancy(DiscrepancyKind.RECEIVED_NOT_APPLIED, SLXNK, "01AB",
            "HQ01", RUN_D, D1, "applied", "not applied", Instant.parse("2026-11-21T00:00:00Z"), "");

    static List<Discrepancy> discrepancies() {
        return List.of(MISSING_A3, DUPLICATE_A2, TOTALS_A, FAILED_EVIL, NO_RUN_01DD, NOT_APPLIED_D1);
    }

    static AnnexOneReport report() {
        return AnnexOneReport.builder().period(DAY).directory(DIRECTORY).runs(summaries()).events(events())
                .discrepancies(discrepancies()).build();
    }
}
