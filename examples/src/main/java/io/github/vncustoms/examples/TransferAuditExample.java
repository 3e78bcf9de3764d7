package io.github.vncustoms.examples;

import io.github.vncustoms.core.access.AccessPolicy;
import io.github.vncustoms.core.access.Account;
import io.github.vncustoms.core.access.AccountKind;
import io.github.vncustoms.core.access.AccountState;
import io.github.vncustoms.core.error.AccessDeniedException;
import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.org.UnitDirectory;
import io.github.vncustoms.core.paging.PageRequest;
import io.github.vncustoms.core.time.ManualClock;
import io.github.vncustoms.monitoring.incident.Incident;
import io.github.vncustoms.monitoring.incident.IncidentDesk;
import io.github.vncustoms.monitoring.incident.IncidentQuery;
import io.github.vncustoms.monitoring.incident.IncidentRouting;
import io.github.vncustoms.monitoring.reconcile.Discrepancy;
import io.github.vncustoms.monitoring.reconcile.LiveReconciliation;
import io.github.vncustoms.monitoring.reconcile.Reconciler;
import io.github.vncustoms.monitoring.report.AnnexOneHtml;
import io.github.vncustoms.monitoring.report.AnnexOneReport;
import io.github.vncustoms.monitoring.report.AnnexOneReporter;
import io.github.vncustoms.monitoring.report.GeneralInfoRow;
import io.github.vncustoms.monitoring.transfer.ExportMode;
import io.github.vncustoms.monitoring.transfer.ExportRun;
import io.github.vncustoms.monitoring.transfer.ExportedFile;
import io.github.vncustoms.monitoring.transfer.FileApplied;
import io.github.vncustoms.monitoring.transfer.FileReceived;
import io.github.vncustoms.monitoring.transfer.FileTransmitted;
import io.github.vncustoms.monitoring.transfer.TransferEvent;
import io.github.vncustoms.monitoring.transfer.TransferMatrix;
import io.github.vncustoms.monitoring.transfer.TransferMonitor;
import io.github.vncustoms.monitoring.transfer.TransferQuery;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * A day of transfer auditing on the sample directory (QĐ 3035/QĐ-TCHQ, MON-T-01..07): two branches
 * send declarations to their department, headquarters sends risk data down; each operation is
 * recorded as it happens and reconciled live; the discrepancies open incidents at the unit Art. 13
 * makes responsible; then the Annex I report is produced as headquarters, the department and a
 * branch each may see it, and written as an HTML page.
 *
 * <p>Stateless: each call to {@link #print} builds its own monitor over its own clock.
 */
public final class TransferAuditExample {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private TransferAuditExample() {}

    /**
     * Runs the example on its own.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        print(System.out, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /**
     * Plays the sample day and prints what the SDK found.
     *
     * @param out where to print
     * @param htmlDirectory where to write the Annex I page, or {@code null} not to write it
     */
    static void print(PrintStream out, Path htmlDirectory) {
        LocalDate day = LocalDate.of(2026, 11, 20);
        UnitDirectory units = io.github.vncustoms.core.org.UnitDirectories.sample();
        ManualClock clock = ManualClock.at(at(day, 7, 0));
        AccessPolicy policy = AccessPolicy.builder(units).build();
        Reconciler reconciler = Reconciler.builder(TransferMatrix.qd3035()).directory(units).build();
        IncidentDesk desk = IncidentDesk.builder(IncidentRouting.sample()).clock(clock).policy(policy).build();
        LiveReconciliation live = LiveReconciliation.start(reconciler, clock, Duration.ofMinutes(5), new PrintingListener(out, desk));
        TransferMonitor monitor = TransferMonitor.builder(units, policy).clock(clock).listener(live).build();

        out.println("vncustoms sdk-monitoring — transfer auditing on " + day + " (QĐ 3035/QĐ-TCHQ)");
        out.println();
        out.println("  Discrepancies found as the day goes on (MON-T-04):");
        List<TransferEvent> events = sampleDay(day);
        for (TransferEvent event : events) {
            clock.set(event.occurredAt().plusSeconds(20));
            monitor.record(event);
            live.tick();
        }
        clock.set(at(day, 23, 0));
        live.tick();
        out.println("  " + events.size() + " events recorded by " + monitor.ledger().size() + " ledger entries.");
        out.println();

        out.println("  A flow the regulation does not have is refused, and nothing is recorded:");
        try {
            monitor.record(ExportRun.of("BAD-1", "QLRR", "01AB", "TCHQ", at(day, 11, 0),
                    List.of(ExportedFile.automatic("RR-UP.dat", 10))));
        } catch (ValidationException e) {
            out.println("    " + e.getMessage());
        }
        out.println();

        Account hq = account("TCHQ");
        List<Incident> incidents = desk.incidents(hq, IncidentQuery.all(), PageRequest.first(50)).items();
        out.println("  Incidents (MON-T-07), one per problem, at the responsible unit:");
        for (Incident incident : incidents) {
            out.println("    " + incident.responsibleUnit() + "  " + incident.title());
        }
        out.println();

        AnnexOneReporter reporter = AnnexOneReporter.create(monitor, reconciler, units);
        AnnexOneReport report = reporter.report(hq, day);
        out.println("  Annex I, part 1 (general information per run), as headquarters sees it:");
        out.println("    run           from  to    time      files  bytes   received  bytes   applied  errors");
        for (GeneralInfoRow row : report.generalRows()) {
            out.printf("    %-13s %-5s %-5s %s  %5d  %6d  %8d  %6d  %7d  %s%s%n", row.runId(), row.exportingUnit(),
                    row.receivingUnit(), row.exportTime(), row.totalFiles(), row.totalSize(), row.filesReceived(),
                    row.sizeReceived(), row.sizeApplied(), String.join("; ", row.updateErrors()),
                    report.hasDiscrepancy(row) ? "  ⚠" : "");
        }
        out.println();
        out.println("  What each level may see of the day (MON-T-05):");
        for (String unit : List.of("TCHQ", "HQ01", "01AB", "01DD")) {
            AnnexOneReport seen = reporter.report(account(unit), day);
            out.printf("    %-5s runs %d, receipts %d, discrepancies %d%n", unit, seen.generalRows().size(),
                    seen.receiptRows().size(), seen.discrepancies().size());
        }
        try {
            monitor.history(account("01AB"), TransferQuery.builder().units("01DD").build(), PageRequest.first(10));
        } catch (AccessDeniedException e) {
            out.println("    01AB asking for 01DD's history: refused (" + e.code().id() + ")");
        }
        if (htmlDirectory != null) {
            Path page = htmlDirectory.resolve("vncustoms-phu-luc-1-" + day + ".html");
            try {
                Files.writeString(page, AnnexOneHtml.create().render(report), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.println();
            out.println("  The Annex I page (Vietnamese headings, discrepancies marked) is at " + page.toAbsolutePath());
        }
    }

    /** The sample day: risk data down from headquarters, declarations up from branches 01AB and 01DD. */
    static List<TransferEvent> sampleDay(LocalDate day) {
        return List.of(
                ExportRun.of("RR-0800-01AB", "QLRR", "TCHQ", "01AB", at(day, 8, 0), List.of(ExportedFile.automatic("RR1.dat", 10_000))),
                new FileTransmitted("RR-0800-01AB", "QLRR", "TCHQ", "01AB", "RR1.dat", 10_000, at(day, 8, 0), at(day, 8, 1)),
                new FileReceived("RR-0800-01AB", "QLRR", "TCHQ", "01AB", "RR1.dat", 10_000, "", at(day, 8, 3), at(day, 8, 6)),
                new FileApplied("RR-0800-01AB", "QLRR", "TCHQ", "01AB", "RR1.dat", 10_000, "2026.11.20", "", at(day, 8, 7), at(day, 8, 10)),
                new ExportRun("01AB-0930", "SLXNK", "01AB", "HQ01", at(day, 9, 30), 2, 1, 3, 3_500, List.of(
                        ExportedFile.automatic("TK_A1.xml", 1_000), ExportedFile.automatic("TK_A2.xml", 2_000),
                        new ExportedFile("TK_A3.xml", 500, "sha256:aa", ExportMode.CONDITIONAL))),
                new FileTransmitted("01AB-0930", "SLXNK", "01AB", "HQ01", "TK_A1.xml", 1_000, at(day, 9, 30), at(day, 9, 31)),
                new FileTransmitted("01AB-0930", "SLXNK", "01AB", "HQ01", "TK_A2.xml", 2_000, at(day, 9, 30), at(day, 9, 31)),
                new FileTransmitted("01AB-0930", "SLXNK", "01AB", "HQ01", "TK_A3.xml", 500, at(day, 9, 30), at(day, 9, 31)),
                new FileReceived("01AB-0930", "SLXNK", "01AB", "HQ01", "TK_A1.xml", 1_000, "", at(day, 9, 31), at(day, 9, 32)),
                new FileReceived("01AB-0930", "SLXNK", "01AB", "HQ01", "TK_A2.xml", 1_800, "", at(day, 9, 31), at(day, 9, 32)),
                new FileReceived("01AB-0930", "SLXNK", "01AB", "HQ01", "TK_A3.xml", 500, "sha256:bb", at(day, 9, 32), at(day, 9, 33)),
                new FileApplied("01AB-0930", "SLXNK", "01AB", "HQ01", "TK_A1.xml", 1_000, "5", "", at(day, 9, 34), at(day, 9, 35)),
                new FileApplied("01AB-0930", "SLXNK", "01AB", "HQ01", "TK_A2.xml", 1_800, "5", "", at(day, 9, 34), at(day, 9, 35)),
                new FileApplied("01AB-0930", "SLXNK", "01AB", "HQ01", "TK_A3.xml", 500, "5", "ORA-00001 trùng khóa", at(day, 9, 35), at(day, 9, 36)),
                ExportRun.of("01DD-1000", "SLXNK", "01DD", "HQ01", at(day, 10, 0), List.of(
                        ExportedFile.automatic("TK_B1.xml", 4_000), ExportedFile.automatic("TK_B2.xml", 6_000))),
                new FileTransmitted("01DD-1000", "SLXNK", "01DD", "HQ01", "TK_B1.xml", 4_000, at(day, 10, 0), at(day, 10, 1)),
                new FileReceived("01DD-1000", "SLXNK", "01DD", "HQ01", "TK_B1.xml", 4_000, "", at(day, 10, 1), at(day, 10, 2)),
                new FileApplied("01DD-1000", "SLXNK", "01DD", "HQ01", "TK_B1.xml", 4_000, "6", "", at(day, 10, 3), at(day, 10, 4)));
    }

    private static Account account(String unit) {
        return new Account("acct-" + unit, AccountKind.UNIT, "Tài khoản " + unit, unit, Set.of(), AccountState.ACTIVE);
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return LocalDateTime.of(day, LocalTime.of(hour, minute)).atZone(VIETNAM).toInstant();
    }

    /** Prints each discrepancy and passes everything on to the incident desk. */
    private static final class PrintingListener implements io.github.vncustoms.monitoring.reconcile.ReconciliationListener {
        private final PrintStream out;
        private final IncidentDesk desk;

        PrintingListener(PrintStream out, IncidentDesk desk) {
            this.out = out;
            this.desk = desk;
        }

        @Override
        public void discrepancy(Discrepancy d) {
            out.println("    " + d.requirement() + "  " + d.kind() + "  " + d.system() + " " + d.fromUnit() + "→" + d.toUnit()
                    + (d.fileName().isEmpty() ? "" : " " + d.fileName()) + ": expected " + d.expected() + ", got " + d.actual());
            desk.discrepancy(d);
        }

        @Override
        public void runReconciled(io.github.vncustoms.monitoring.reconcile.RunSummary summary) {
            desk.runReconciled(summary);
        }
    }
}
