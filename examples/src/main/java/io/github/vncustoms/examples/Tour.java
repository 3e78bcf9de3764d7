package io.github.vncustoms.examples;

import java.nio.file.Path;

/**
 * The README's first command: a tour of the SDK on bundled sample data. It runs, in order, the
 * sdk-core day report ({@link TodayExample}), a day of transfer auditing
 * ({@link TransferAuditExample}) and a month at the customs valuation database
 * ({@link ValuationExample}); each module adds its own stop as it lands.
 *
 * <p>Run it from the repository root with {@code ./mvnw -B -q -pl examples -am compile exec:java};
 * {@code -Dexec.args=2026-02-12} asks the day report about another day. Stateless.
 */
public final class Tour {
    private Tour() {}

    /**
     * Runs the tour.
     *
     * @param args optionally one ISO date for the day report
     */
    public static void main(String[] args) {
        TodayExample.main(args);
        System.out.println();
        TransferAuditExample.print(System.out, Path.of(System.getProperty("java.io.tmpdir")));
        System.out.println();
        ValuationExample.print(System.out);
    }
}
