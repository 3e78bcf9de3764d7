package io.github.vncustoms.monitoring.transfer;

import io.github.vncustoms.core.error.ConfigurationException;
import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.org.CustomsUnit;
import io.github.vncustoms.core.org.UnitDirectory;
import io.github.vncustoms.core.org.UnitKind;
import io.github.vncustoms.monitoring.internal.Fields;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The monitoring matrix of QĐ 3035/QĐ-TCHQ Art. 7–11 as data (MON-T-05): for each business system,
 * the flows between levels that exist, the operations on each flow, and the levels that may monitor
 * them and look up their history.
 *
 * <pre>{@code
 * TransferMatrix matrix = TransferMatrix.qd3035();
 * TransferRule rule = matrix.resolve(event, UnitDirectories.sample());  // ValidationException if the flow does not exist
 * boolean departmentSees = matrix.monitoredBy("QLRR", 1, 3, TransferOperation.APPLY, 2);  // true, Art. 9.2.b
 * }</pre>
 *
 * <p>The bundled matrix: declarations (SLXNK) flow bottom-up, branch → department → headquarters
 * (Art. 7); risk data (QLRR) flows top-down, headquarters → departments (received, not applied) and
 * headquarters → branches (received and applied) (Art. 9); prices (GTT22), violations (VICUM) and
 * tax-debt lists (KT559) flow both ways between a unit and the units above or below it (Art. 8, 10,
 * 11); e-customs data processing (XLDLDT) follows that last pattern too, which is this SDK's
 * decision, since Art. 7–11 give it no flows. A flow never goes sideways (branch to branch). An
 * integrator may load a matrix of its own with {@link #fromCsv(Reader, String)}.
 *
 * <p>Headquarters' functional divisions (units of kind {@link UnitKind#DIVISION}) send and receive
 * as the office they belong to.
 *
 * <p>Immutable and thread-safe.
 */
public final class TransferMatrix {
    private static final String BUNDLED = "transfer-matrix-qd3035.csv";
    private static final List<String> COLUMNS = List.of("system", "from_level", "to_level", "operation", "monitored_by", "basis");
    private static final TransferMatrix QD3035 = load();

    private final List<TransferRule> rules;
    private final Map<String, TransferRule> byKey;
    private final Map<String, List<TransferRule>> bySystem;

    private TransferMatrix(List<TransferRule> rules) {
        this.rules = List.copyOf(rules);
        Map<String, TransferRule> keys = new HashMap<>();
        Map<String, List<TransferRule>> systems = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (TransferRule rule : this.rules) {
            if (keys.put(key(rule.system(), rule.fromLevel(), rule.toLevel(), rule.operation()), rule) != null) {
                problems.add(rule.system() + " " + rule.operation() + " " + rule.fromLevel() + "→" + rule.toLevel() + " is listed twice");
            }
            systems.computeIfAbsent(rule.system(), s -> new ArrayList<>()).add(rule);
        }
        if (!problems.isEmpty()) {
            throw new ValidationException("rules", "The transfer matrix is inconsistent: " + String.join("; ", problems)
                    + "; expected one row per system, flow and operation", problems, null);
        }
        this.byKey = Map.copyOf(keys);
        Map<String, List<TransferRule>> frozen = new LinkedHashMap<>();
        systems.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        this.bySystem = java.util.Collections.unmodifiableMap(frozen);
    }

    /**
     * Returns the matrix of QĐ 3035/QĐ-TCHQ Art. 7–11, bundled with the SDK.
     *
     * @return the shared instance
     */
    public static TransferMatrix qd3035() {
        return QD3035;
    }

    /**
     * Builds a matrix from rules.
     *
     * @param rules the rules
     * @return the matrix
     * @throws ValidationException if two rules share system, levels and operation
     */
    public static TransferMatrix of(Collection<TransferRule> rules) {
        Fields.present(rules, "rules", "the matrix's rules");
        rules.forEach(r -> Fields.present(r, "rules", "no missing rule"));
        return new TransferMatrix(List.copyOf(rules));
    }

    /**
     * Reads a matrix from CSV with the header
     * {@code system,from_level,to_level,operation,monitored_by,basis}; {@code monitored_by} lists
     * level ranks separated by spaces. Every bad row is reported at once.
     *
     * @param reader the CSV text; not closed
     * @param sourceName a name for the source, used in messages
     * @return the matrix
     * @throws ValidationException listing every bad row, or if a column is missing
     */
    public static TransferMatrix fromCsv(Reader reader, String sourceName) {
        Fields.present(reader, "reader", "a reader over CSV text");
        List<TransferRule> rules = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try {
            CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                    .setCommentMarker('#').setTrim(true).setIgnoreEmptyLines(true).get().parse(reader);
            List<String> missing = COLUMNS.stream().filter(c -> !parser.getHeaderNames().contains(c)).toList();
            if (!missing.isEmpty()) {
                throw new ValidationException("csv", "Transfer matrix " + sourceName + " lacks the column(s) " + missing
                        + ": expected the header " + String.join(",", COLUMNS));
            }
            for (CSVRecord row : parser) {
                try {
                    Set<Integer> by = new TreeSet<>();
                    for (String part : row.get("monitored_by").split("\\s+")) {
                        if (!part.isEmpty()) {
                            by.add(Integer.parseInt(part));
                        }
                    }
                    rules.add(new TransferRule(row.get("system"), Integer.parseInt(row.get("from_level")),
                            Integer.parseInt(row.get("to_level")),
                            TransferOperation.valueOf(row.get("operation").toUpperCase(Locale.ROOT)), by, row.get("basis")));
                } catch (ValidationException e) {
                    problems.add("line " + row.getParser().getCurrentLineNumber() + ": " + e.getMessage());
                } catch (IllegalArgumentException | IllegalStateException e) {
                    problems.add("line " + row.getParser().getCurrentLineNumber() + ": " + e.getMessage()
                            + " (expected integer levels and one of EXPORT, TRANSMIT, RECEIVE, APPLY)");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read transfer matrix " + sourceName, e);
        } catch (java.io.UncheckedIOException e) {
            throw new ValidationException("csv", "Transfer matrix " + sourceName + " is not valid CSV: " + e.getMessage(), e);
        }
        if (!problems.isEmpty()) {
            throw new ValidationException("csv", "Transfer matrix " + sourceName + " has " + problems.size()
                    + " bad row(s): " + String.join("; ", problems), problems, null);
        }
        return new TransferMatrix(rules);
    }

    /**
     * Returns every rule, in source order.
     *
     * @return an unmodifiable list
     */
    public List<TransferRule> rules() {
        return rules;
    }

    /**
     * Returns the codes of the systems the matrix covers.
     *
     * @return an unmodifiable set, in source order
     */
    public Set<String> systems() {
        return bySystem.keySet();
    }

    /**
     * Returns the rules of one system.
     *
     * @param system the system code
     * @return an unmodifiable list, empty if the system is not covered
     */
    public List<TransferRule> rules(String system) {
        return bySystem.getOrDefault(normalise(system), List.of());
    }

    /**
     * Returns the rule for an operation on a flow, if the flow has that operation.
     *
     * @param system the system code
     * @param fromLevel the sender's level rank
     * @param toLevel the receiver's level rank
     * @param operation the operation
     * @return the rule, or empty
     */
    public Optional<TransferRule> rule(String system, int fromLevel, int toLevel, TransferOperation operation) {
        return Optional.ofNullable(byKey.get(key(normalise(system), fromLevel, toLevel, operation)));
    }

    /**
     * Tells whether an operation exists on a flow, e.g. whether received risk data is applied at a
     * department (it is not, Art. 9) so that its absence is not a discrepancy.
     *
     * @param system the system code
     * @param fromLevel the sender's level rank
     * @param toLevel the receiver's level rank
     * @param operation the operation
     * @return {@code true} if the matrix has the row
     */
    public boolean expects(String system, int fromLevel, int toLevel, TransferOperation operation) {
        return rule(system, fromLevel, toLevel, operation).isPresent();
    }

    /**
     * Tells whether a level may monitor, and look up the history of, an operation on a flow.
     *
     * @param system the system code
     * @param fromLevel the sender's level rank
     * @param toLevel the receiver's level rank
     * @param operation the operation
     * @param callerLevel the level rank of the account asking
     * @return {@code true} if the row exists and lists the caller's level
     */
    public boolean monitoredBy(String system, int fromLevel, int toLevel, TransferOperation operation, int callerLevel) {
        return rule(system, fromLevel, toLevel, operation).map(r -> r.monitoredBy().contains(callerLevel)).orElse(false);
    }

    /**
     * Checks an event's units and flow and returns the rule it falls under: both units must be in
     * the directory, one must lie above the other, and the system must have that operation on a flow
     * between their levels.
     *
     * @param event the event
     * @param directory the units
     * @return the matching rule
     * @throws ValidationException if a unit is unknown, the flow goes sideways or between unrelated
     *     units, or the regulation has no such flow or operation (e.g. risk data sent bottom-up); the
     *     message names the flows that exist
     */
    public TransferRule resolve(TransferEvent event, UnitDirectory directory) {
        Fields.present(event, "event", "a transfer event");
        Fields.present(directory, "directory", "a unit directory");
        List<TransferRule> systemRules = bySystem.get(event.system());
        if (systemRules == null) {
            throw new ValidationException("system", "Business system " + event.system()
                    + " is not in the transfer matrix: expected one of " + String.join(", ", new TreeSet<>(systems())));
        }
        CustomsUnit from = office(unit(directory, event.fromUnit(), "fromUnit"), directory);
        CustomsUnit to = office(unit(directory, event.toUnit(), "toUnit"), directory);
        if (from.code().equals(to.code())) {
            throw new ValidationException("toUnit", flow(event, from, to) + " stays within " + from.code()
                    + ": expected a flow between two offices");
        }
        boolean related = from.level() > to.level() ? directory.isWithin(from.code(), to.code())
                : from.level() < to.level() && directory.isWithin(to.code(), from.code());
        if (!related) {
            String flow = flow(event, from, to);
            throw new ValidationException("toUnit", flow + " goes between units neither of which lies above the other"
                    + ": expected a flow up or down one line of the hierarchy (" + chain(from, directory) + "; "
                    + chain(to, directory) + ")");
        }
        TransferRule rule = byKey.get(key(event.system(), from.level(), to.level(), event.operation()));
        if (rule != null) {
            return rule;
        }
        String flow = flow(event, from, to);
        List<TransferRule> leg = systemRules.stream()
                .filter(r -> r.fromLevel() == from.level() && r.toLevel() == to.level()).toList();
        if (!leg.isEmpty()) {
            throw new ValidationException("operation", flow + " has no " + event.operation() + " ("
                    + event.operation().nameVi() + ") in the regulation: the flow has only "
                    + leg.stream().map(r -> r.operation().name()).collect(Collectors.joining(", "))
                    + " (" + leg.get(0).basis() + ")");
        }
        Set<String> legs = new java.util.LinkedHashSet<>();
        Set<String> bases = new java.util.LinkedHashSet<>();
        for (TransferRule r : systemRules) {
            legs.add(r.fromLevel() + "→" + r.toLevel());
            bases.add(r.basis());
        }
        String direction = systemRules.stream().allMatch(TransferRule::downward) ? " (it flows top-down only)"
                : systemRules.stream().noneMatch(TransferRule::downward) ? " (it flows bottom-up only)" : "";
        throw new ValidationException("toUnit", flow + " is a flow the regulation does not have" + direction
                + ": expected one of the level flows " + String.join(", ", legs) + " (" + String.join("; ", bases) + ")");
    }

    @Override
    public String toString() {
        return "TransferMatrix[" + rules.size() + " rules, systems " + systems() + "]";
    }

    private static String flow(TransferEvent event, CustomsUnit from, CustomsUnit to) {
        return event.system() + " data from " + event.fromUnit() + " (level " + from.level() + ") to "
                + event.toUnit() + " (level " + to.level() + ")";
    }

    private static CustomsUnit unit(UnitDirectory directory, String code, String field) {
        return directory.find(code).orElseThrow(() -> new ValidationException(field, "Unit " + code
                + " is not in the unit directory (" + directory.era().id() + "): expected a known unit code"));
    }

    private static CustomsUnit office(CustomsUnit unit, UnitDirectory directory) {
        CustomsUnit cursor = unit;
        Set<String> seen = new HashSet<>();
        while (cursor.kind() == UnitKind.DIVISION && !cursor.isRoot() && seen.add(cursor.code())) {
            cursor = directory.get(cursor.parentCode());
        }
        return cursor;
    }

    private static String chain(CustomsUnit unit, UnitDirectory directory) {
        List<String> codes = new ArrayList<>();
        codes.add(unit.code());
        directory.ancestors(unit.code()).forEach(u -> codes.add(u.code()));
        return String.join(" → ", codes);
    }

    private static String normalise(String system) {
        return system == null ? "" : system.strip().toUpperCase(Locale.ROOT);
    }

    private static String key(String system, int from, int to, TransferOperation op) {
        return system + '|' + from + '|' + to + '|' + op.name();
    }

    private static TransferMatrix load() {
        InputStream in = TransferMatrix.class.getResourceAsStream(BUNDLED);
        if (in == null) {
            throw new ConfigurationException("The bundled transfer matrix " + BUNDLED + " is missing from the jar");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return fromCsv(reader, BUNDLED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
