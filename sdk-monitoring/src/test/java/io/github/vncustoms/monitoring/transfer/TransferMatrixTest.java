package io.github.vncustoms.monitoring.transfer;

import static io.github.vncustoms.monitoring.transfer.TransferFixtures.T0;
import static io.github.vncustoms.monitoring.transfer.TransferFixtures.UNITS;
import static io.github.vncustoms.monitoring.transfer.TransferFixtures.event;
import static io.github.vncustoms.monitoring.transfer.TransferOperation.APPLY;
import static io.github.vncustoms.monitoring.transfer.TransferOperation.EXPORT;
import static io.github.vncustoms.monitoring.transfer.TransferOperation.RECEIVE;
import static io.github.vncustoms.monitoring.transfer.TransferOperation.TRANSMIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.vncustoms.core.error.ValidationException;
import java.io.StringReader;
import java.util.Set;
import net.jqwik.api.Example;
import net.jqwik.api.Label;

/** The matrix of QĐ 3035 Art. 7–11 (MON-T-05): every row of Art. 7 and Art. 9, and the flows it refuses. */
final class TransferMatrixTest {
    private static final TransferMatrix MATRIX = TransferMatrix.qd3035();

    private static void assertRow(String system, String from, String to, TransferOperation op, int fromLevel, int toLevel,
            Set<Integer> monitoredBy, String article) {
        TransferRule rule = MATRIX.resolve(event(system, from, to, op, T0), UNITS);
        assertThat(rule.system()).isEqualTo(system);
        assertThat(rule.operation()).isEqualTo(op);
        assertThat(rule.fromLevel()).isEqualTo(fromLevel);
        assertThat(rule.toLevel()).isEqualTo(toLevel);
        assertThat(rule.monitoredBy()).as("levels monitoring %s %s %s→%s", system, op, from, to).isEqualTo(monitoredBy);
        assertThat(rule.basis()).contains(article);
    }

    private static ValidationException refused(String system, String from, String to, TransferOperation op) {
        return catchThrowableOfType(ValidationException.class, () -> MATRIX.resolve(event(system, from, to, op, T0), UNITS));
    }

    @Example
    @Label("MON-T-05 Art. 7.1.c, 7.2.b, 7.3.a: a branch's export and transmission of declarations to its department are monitored at every level")
    void slxnk_branchToDepartment_exportAndTransmit() {
        assertRow("SLXNK", "01AB", "HQ01", EXPORT, 3, 2, Set.of(1, 2, 3), "7.3.a");
        assertRow("SLXNK", "01AB", "HQ01", TRANSMIT, 3, 2, Set.of(1, 2, 3), "7.3.a");
    }

    @Example
    @Label("MON-T-05 Art. 7.1.b, 7.2.a: the department's receipt and update of its branches' declarations are monitored by HQ and the department, not the branch")
    void slxnk_branchToDepartment_receiveAndApply() {
        assertRow("SLXNK", "01AB", "HQ01", RECEIVE, 3, 2, Set.of(1, 2), "7.2.a");
        assertRow("SLXNK", "02XE", "HQ02", APPLY, 3, 2, Set.of(1, 2), "7.2.a");
    }

    @Example
    @Label("MON-T-05 Art. 7.1.b, 7.2.a: a department's export and transmission to HQ are monitored by HQ and the department")
    void slxnk_departmentToHeadquarters_exportAndTransmit() {
        assertRow("SLXNK", "HQ01", "TCHQ", EXPORT, 2, 1, Set.of(1, 2), "7.2.a");
        assertRow("SLXNK", "HQ03", "TCHQ", TRANSMIT, 2, 1, Set.of(1, 2), "7.2.a");
    }

    @Example
    @Label("MON-T-05 Art. 7.1.a: receipt and update of declarations at HQ are monitored by HQ only")
    void slxnk_departmentToHeadquarters_receiveAndApply() {
        assertRow("SLXNK", "HQ01", "TCHQ", RECEIVE, 2, 1, Set.of(1), "7.1.a");
        assertRow("SLXNK", "HQ02", "TCHQ", APPLY, 2, 1, Set.of(1), "7.1.a");
    }

    @Example
    @Label("MON-T-05 Art. 7: declarations have exactly these eight rows")
    void slxnk_hasEightRows() {
        assertThat(MATRIX.rules("slxnk")).hasSize(8).noneMatch(TransferRule::downward);
    }

    @Example
    @Label("MON-T-05 Art. 9.1.a: HQ's export and transmission of risk data to departments are monitored by HQ only")
    void qlrr_headquartersToDepartment_exportAndTransmit() {
        assertRow("QLRR", "TCHQ", "HQ01", EXPORT, 1, 2, Set.of(1), "9.1.a");
        assertRow("QLRR", "TCHQ", "HQ02", TRANSMIT, 1, 2, Set.of(1), "9.1.a");
    }

    @Example
    @Label("MON-T-05 Art. 9.1.b, 9.2.a: a department's receipt of risk data is monitored by HQ and the department")
    void qlrr_headquartersToDepartment_receive() {
        assertRow("QLRR", "TCHQ", "HQ03", RECEIVE, 1, 2, Set.of(1, 2), "9.2.a");
    }

    @Example
    @Label("MON-T-05 Art. 9.1.a: HQ's export and transmission of risk data to branches are monitored by HQ only")
    void qlrr_headquartersToBranch_exportAndTransmit() {
        assertRow("QLRR", "TCHQ", "01AB", EXPORT, 1, 3, Set.of(1), "9.1.a");
        assertRow("QLRR", "TCHQ", "03EE", TRANSMIT, 1, 3, Set.of(1), "9.1.a");
    }

    @Example
    @Label("MON-T-05 Art. 9.1.c, 9.2.b, 9.3.a: a branch's receipt and update of risk data are monitored at every level")
    void qlrr_headquartersToBranch_receiveAndApply() {
        assertRow("QLRR", "TCHQ", "01AB", RECEIVE, 1, 3, Set.of(1, 2, 3), "9.3.a");
        assertRow("QLRR", "TCHQ", "02CI", APPLY, 1, 3, Set.of(1, 2, 3), "9.2.b");
    }

    @Example
    @Label("MON-T-05 Art. 9: risk data has exactly these seven rows, all top-down")
    void qlrr_hasSevenRows_allTopDown() {
        assertThat(MATRIX.rules("QLRR")).hasSize(7).allMatch(TransferRule::downward);
        assertThat(MATRIX.expects("QLRR", 1, 2, APPLY)).isFalse();
        assertThat(MATRIX.monitoredBy("QLRR", 1, 3, APPLY, 2)).isTrue();
        assertThat(MATRIX.monitoredBy("QLRR", 1, 2, EXPORT, 2)).isFalse();
    }

    @Example
    @Label("MON-T-05 Art. 7: declarations sent down from a department are refused: they flow bottom-up only")
    void slxnk_departmentToBranch_isRefused_asBottomUpOnly() {
        ValidationException e = refused("SLXNK", "HQ01", "01AB", EXPORT);
        assertThat(e.field()).isEqualTo("toUnit");
        assertThat(e.getMessage()).contains("bottom-up only", "3→2", "2→1");
    }

    @Example
    @Label("MON-T-05 Art. 9: risk data sent up from a branch is refused: it flows top-down only")
    void qlrr_branchToHeadquarters_isRefused_asTopDownOnly() {
        ValidationException e = refused("QLRR", "01AB", "TCHQ", TRANSMIT);
        assertThat(e.getMessage()).contains("top-down only", "Art. 9");
        assertThat(refused("QLRR", "HQ01", "TCHQ", EXPORT).getMessage()).contains("top-down only");
    }

    @Example
    @Label("MON-T-05 Art. 9.2: departments receive risk data but do not apply it")
    void qlrr_applyAtDepartment_isRefused() {
        ValidationException e = refused("QLRR", "TCHQ", "HQ01", APPLY);
        assertThat(e.field()).isEqualTo("operation");
        assertThat(e.getMessage()).contains("has no APPLY", "EXPORT, TRANSMIT, RECEIVE", "Art. 9");
    }

    @Example
    @Label("MON-T-05: no flow goes sideways between branches or between unrelated units")
    void sidewaysAndUnrelatedFlows_areRefused() {
        assertThat(refused("SLXNK", "01AB", "01DD", EXPORT).getMessage())
                .contains("neither of which lies above the other", "01AB → HQ01 → TCHQ", "01DD → HQ01 → TCHQ");
        assertThat(refused("SLXNK", "01AB", "HQ02", EXPORT).getMessage()).contains("neither of which lies above the other");
        assertThat(refused("GTT22", "HQ01", "HQ02", RECEIVE).getMessage()).contains("neither of which lies above the other");
        assertThat(refused("KT559", "HQ02", "01AB", RECEIVE).getMessage()).contains("neither of which lies above the other");
    }

    @Example
    @Label("MON-T-05: HQ's divisions send and receive as HQ")
    void divisions_actAsHeadquarters() {
        assertRow("QLRR", "TCHQ-DTCBL", "01AB", EXPORT, 1, 3, Set.of(1), "9.1.a");
        assertRow("SLXNK", "HQ01", "TCHQ-CNTT", RECEIVE, 2, 1, Set.of(1), "7.1.a");
        assertRow("GTT22", "TCHQ-TXNK", "HQ02", APPLY, 1, 2, Set.of(1, 2), "Art. 8");
        assertThat(refused("GTT22", "TCHQ-TXNK", "TCHQ", EXPORT).getMessage()).contains("stays within TCHQ");
    }

    @Example
    @Label("MON-T-01: an unknown unit or system is refused, naming the field and what exists")
    void unknownUnitOrSystem_isRefused() {
        ValidationException unit = refused("SLXNK", "ZZ99", "HQ01", EXPORT);
        assertThat(unit.field()).isEqualTo("fromUnit");
        assertThat(unit.getMessage()).contains("ZZ99", "not in the unit directory");
        assertThat(refused("SLXNK", "01AB", "HQ09", RECEIVE).field()).isEqualTo("toUnit");
        ValidationException system = refused("VNACCS", "01AB", "HQ01", EXPORT);
        assertThat(system.field()).isEqualTo("system");
        assertThat(system.getMessage()).contains("GTT22, KT559, QLRR, SLXNK, VICUM, XLDLDT");
    }

    @Example
    @Label("MON-T-05: the bundled matrix loads: six systems, 111 rows, every flow monitored by HQ")
    void bundledMatrix_loads() {
        assertThat(MATRIX.systems()).containsExactly("SLXNK", "QLRR", "GTT22", "VICUM", "KT559", "XLDLDT");
        assertThat(MATRIX.rules()).hasSize(111).allMatch(r -> r.monitoredBy().contains(1));
        for (String system : Set.of("GTT22", "VICUM", "KT559", "XLDLDT")) {
            assertThat(MATRIX.rules(system)).as(system).hasSize(24);
        }
        assertThat(MATRIX.rule("SLXNK", 3, 2, EXPORT)).isPresent();
        assertThat(MATRIX.rule("SLXNK", 2, 3, EXPORT)).isEmpty();
    }

    @Example
    @Label("MON-T-05: fromCsv reports every bad row at once")
    void fromCsv_reportsEveryBadRow() {
        String csv = """
                system,from_level,to_level,operation,monitored_by,basis
                SLXNK,3,2,EXPORT,1 2 3,Art. 7
                SLXNK,x,2,EXPORT,1,Art. 7
                SLXNK,3,2,SEND,1,Art. 7
                SLXNK,3,3,RECEIVE,1,Art. 7
                QLRR,1,2,RECEIVE,,Art. 9
                QLRR,1,2,EXPORT,1,
                QLRR,1,2,TRANSMIT,1 12,Art. 9
                """;
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> TransferMatrix.fromCsv(new StringReader(csv), "test.csv"));
        assertThat(e.field()).isEqualTo("csv");
        assertThat(e.problems()).hasSize(6);
        assertThat(e.problems().get(0)).startsWith("line 3").contains("expected integer levels");
        assertThat(e.problems().get(1)).startsWith("line 4").contains("SEND");
        assertThat(e.problems().get(2)).startsWith("line 5").contains("same level");
        assertThat(e.problems().get(3)).startsWith("line 6").contains("No level monitors");
        assertThat(e.problems().get(4)).startsWith("line 7").contains("basis");
        assertThat(e.problems().get(5)).startsWith("line 8").contains("12 is out of range");
        assertThat(e.getMessage()).contains("test.csv", "6 bad row(s)");
    }

    @Example
    @Label("MON-T-05: fromCsv refuses a missing column and a row listed twice")
    void fromCsv_refusesMissingColumnsAndDuplicateRows() {
        ValidationException missing = catchThrowableOfType(ValidationException.class, () -> TransferMatrix.fromCsv(
                new StringReader("system,from_level,to_level,operation,monitored_by\nSLXNK,3,2,EXPORT,1\n"), "short.csv"));
        assertThat(missing.getMessage()).contains("[basis]");
        ValidationException twice = catchThrowableOfType(ValidationException.class, () -> TransferMatrix.fromCsv(
                new StringReader("system,from_level,to_level,operation,monitored_by,basis\n"
                        + "SLXNK,3,2,EXPORT,1,Art. 7\nslxnk,3,2,export,1 2,Art. 7\n"), "twice.csv"));
        assertThat(twice.getMessage()).contains("listed twice");
        TransferMatrix one = TransferMatrix.fromCsv(new StringReader(
                "# a comment\nsystem,from_level,to_level,operation,monitored_by,basis\nSLXNK,3,2,export,2  1,Art. 7\n"), "one.csv");
        assertThat(one.rules()).singleElement().satisfies(r -> assertThat(r.monitoredBy()).containsExactlyInAnyOrder(1, 2));
    }
}
