package io.github.vncustoms.monitoring.incident;

import io.github.vncustoms.core.access.AccessPolicy;
import io.github.vncustoms.core.access.Account;
import io.github.vncustoms.core.access.AccountKind;
import io.github.vncustoms.core.access.AccountState;
import io.github.vncustoms.core.org.UnitDirectories;
import io.github.vncustoms.core.org.UnitDirectory;
import io.github.vncustoms.monitoring.reconcile.Discrepancy;
import io.github.vncustoms.monitoring.reconcile.DiscrepancyKind;
import io.github.vncustoms.monitoring.reconcile.RunSummary;
import io.github.vncustoms.monitoring.transfer.ExportRun;
import io.github.vncustoms.monitoring.transfer.ExportedFile;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Shared test data for incidents: the sample units, discrepancies, runs, accounts and a clock moved by hand. */
final class IncidentFixtures {
    static final UnitDirectory UNITS = UnitDirectories.sample();
    static final Instant T0 = Instant.parse("2026-11-20T02:30:00Z");

    private IncidentFixtures() {
    }

    static Discrepancy discrepancy(DiscrepancyKind kind, String system, String from, String to, Instant at) {
        return new Discrepancy(kind, system, from, to, "RUN-" + from + "-" + at.getEpochSecond(),
                kind == DiscrepancyKind.EXPECTED_RUN_MISSING ? "" : "TK_" + from + "_0001.xml",
                "48213 bytes exported", "48000 bytes received", at, kind.nameEn() + " on " + system + " " + from + "->" + to);
    }

    static RunSummary run(String system, String from, String to, Instant exportedAt, int discrepancies) {
        ExportRun run = ExportRun.of("RUN-" + from + "-" + exportedAt.getEpochSecond() + "-" + discrepancies, system,
                from, to, exportedAt, List.of(ExportedFile.automatic("TK_" + from + "_0001.xml", 48_213)));
        return new RunSummary(run, 1, 48_213, 1, 48_213, List.of(), discrepancies);
    }

    static RunSummary cleanRun(String system, String from, String to, Instant exportedAt) {
        return run(system, from, to, exportedAt, 0);
    }

    static Account account(String id, String unit, String... roles) {
        return new Account(id, AccountKind.UNIT, "Đơn vị " + unit, unit, Set.of(roles), AccountState.ACTIVE);
    }

    static AccessPolicy defaultPolicy() {
        return AccessPolicy.builder(UNITS).build();
    }

}
