package io.github.vncustoms.monitoring.transfer;

import io.github.vncustoms.core.access.AccessDecision;
import io.github.vncustoms.core.access.AccessPolicy;
import io.github.vncustoms.core.access.Account;
import io.github.vncustoms.core.access.AccountKind;
import io.github.vncustoms.core.access.AccountState;
import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.org.CustomsUnit;
import io.github.vncustoms.core.org.UnitDirectories;
import io.github.vncustoms.core.org.UnitDirectory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Shared test data: the sample directory, accounts, events on every flow the bundled matrix has. */
final class TransferFixtures {
    /** The sample directory: TCHQ and its divisions; HQ01–HQ03; branches 01AB, 01DD, 02CI, 02F3, 02XE, 03CC, 03EE. */
    static final UnitDirectory UNITS = UnitDirectories.sample();
    static final Instant T0 = Instant.parse("2026-11-20T02:30:00Z");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);

    /** Every (system, from unit, to unit, operation) of the sample directory that the bundled matrix accepts. */
    static final List<Flow> VALID_FLOWS = validFlows();
    static final Map<String, List<Flow>> FLOWS_BY_SYSTEM = VALID_FLOWS.stream()
            .collect(Collectors.groupingBy(Flow::system, TreeMap::new, Collectors.toList()));

    private TransferFixtures() {
    }

    /** One flow between two units of the sample directory. */
    record Flow(String system, String from, String to, TransferOperation operation) {
        /** The unit where the operation happens. */
        String unit() {
            return operation.atSender() ? from : to;
        }
    }

    static Account active(String unit) {
        return new Account("acct-" + unit, AccountKind.UNIT, "Tài khoản " + unit, unit, Set.of(), AccountState.ACTIVE);
    }

    static AccessPolicy policy(List<AccessDecision> denials) {
        return AccessPolicy.builder(UNITS).denialListener(denials::add).build();
    }

    static TransferMonitor.Builder monitor() {
        return TransferMonitor.builder(UNITS, AccessPolicy.builder(UNITS).build()).clock(CLOCK);
    }

    static List<String> unitCodes() {
        return UNITS.units().stream().map(CustomsUnit::code).toList();
    }

    /** An event of the flow's operation, one file of {@code size} bytes, finishing at {@code at}. */
    static TransferEvent event(Flow f, String runId, String file, long size, Instant at) {
        Instant start = at.minusSeconds(5);
        return switch (f.operation()) {
            case EXPORT -> ExportRun.of(runId, f.system(), f.from(), f.to(), at, List.of(ExportedFile.automatic(file, size)));
            case TRANSMIT -> new FileTransmitted(runId, f.system(), f.from(), f.to(), file, size, start, at);
            case RECEIVE -> new FileReceived(runId, f.system(), f.from(), f.to(), file, size, "", start, at);
            case APPLY -> new FileApplied(runId, f.system(), f.from(), f.to(), file, size, "1", "", start, at);
        };
    }

    static TransferEvent event(String system, String from, String to, TransferOperation op, Instant at) {
        return event(new Flow(system, from, to, op), "R-" + from + "-" + at.getEpochSecond(), "F_" + from + ".xml", 100, at);
    }

    /** Events on valid flows of the sample directory, spread over a day. */
    static Arbitrary<TransferEvent> events() {
        // System first, so that the few risk-data and declaration flows are drawn as often as the many others.
        Arbitrary<Flow> flows = Arbitraries.of(List.copyOf(FLOWS_BY_SYSTEM.keySet()))
                .flatMap(system -> Arbitraries.of(FLOWS_BY_SYSTEM.get(system)));
        return Combinators.combine(flows, Arbitraries.integers().between(1, 999),
                Arbitraries.longs().between(0, 10_000_000), Arbitraries.integers().between(0, 86_399))
                .as((flow, run, size, second) -> event(flow, "RUN-" + run, "TK_" + run + ".xml", size,
                        T0.plus(Duration.ofSeconds(second))));
    }

    private static List<Flow> validFlows() {
        TransferMatrix matrix = TransferMatrix.qd3035();
        List<Flow> flows = new ArrayList<>();
        for (String system : matrix.systems()) {
            for (String from : unitCodes()) {
                for (String to : unitCodes()) {
                    if (from.equals(to)) {
                        continue;
                    }
                    for (TransferOperation op : TransferOperation.values()) {
                        Flow flow = new Flow(system, from, to, op);
                        try {
                            matrix.resolve(event(flow, "R", "F.xml", 1, T0), UNITS);
                            flows.add(flow);
                        } catch (ValidationException e) {
                            // not a flow of the regulation
                        }
                    }
                }
            }
        }
        return List.copyOf(flows);
    }
}
