package io.github.vncustoms.monitoring.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.vncustoms.core.error.ValidationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The Annex I general information of an export run (MON-T-02) and its checks. */
final class ExportRunTest {
    private static final Instant AT = Instant.parse("2026-11-20T02:30:15.750Z");
    private static final List<ExportedFile> FILES = List.of(
            ExportedFile.automatic("TK_01AB_0001.xml", 48_213),
            ExportedFile.automatic("TK_01AB_0002.xml", 1_000),
            new ExportedFile("TK_01AB_0003.xml", 1_024, "sha256:9f86d0", ExportMode.CONDITIONAL));

    @Test
    @DisplayName("MON-T-02: of() computes the automatic, conditional and total counts and the total size from the files")
    void of_computesTheAnnexFiguresFromTheFiles() {
        ExportRun run = ExportRun.of("01AB-0930", "slxnk", "01ab", "HQ01", AT, FILES);
        assertThat(run.automaticFiles()).isEqualTo(2);
        assertThat(run.conditionalFiles()).isEqualTo(1);
        assertThat(run.totalFiles()).isEqualTo(3);
        assertThat(run.totalSize()).isEqualTo(48_213 + 1_000 + 1_024);
        assertThat(run.system()).isEqualTo("SLXNK");
        assertThat(run.fromUnit()).isEqualTo("01AB");
        assertThat(run.operation()).isEqualTo(TransferOperation.EXPORT);
        assertThat(run.occurredAt()).isEqualTo(AT);
        assertThat(run.unitCode()).isEqualTo("01AB");
    }

    @Test
    @DisplayName("MON-T-02: declared figures that contradict the files are all listed in one exception")
    void constructor_whenFiguresContradictTheFiles_listsEveryContradictionAtOnce() {
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> new ExportRun("01AB-0930", "SLXNK", "01AB", "HQ01", AT, 3, 2, 4, 999, FILES));
        assertThat(e.field()).isEqualTo("files");
        assertThat(e.problems()).containsExactlyInAnyOrder(
                "total files 4 is not automatic 3 + conditional 2",
                "total files 4 but 3 files listed",
                "automatic files 3 but 2 listed as automatic",
                "conditional files 2 but 1 listed as conditional",
                "total size 999 bytes but the files listed add up to 50237 bytes");
        assertThat(e.getMessage()).contains("01AB-0930", "expected the declared figures to match the files listed");
    }

    @Test
    @DisplayName("MON-T-02: consistent declared figures are accepted as given")
    void constructor_whenFiguresAgree_keepsThem() {
        ExportRun run = new ExportRun("01AB-0930", "SLXNK", "01AB", "HQ01", AT, 2, 1, 3, 50_237, FILES);
        assertThat(run).isEqualTo(ExportRun.of("01AB-0930", "SLXNK", "01AB", "HQ01", AT, FILES));
    }

    @Test
    void constructor_whenAFileNameRepeats_namesTheFile() {
        List<ExportedFile> twice = List.of(ExportedFile.automatic("TK_1.xml", 1), ExportedFile.automatic("TK_1.xml", 2));
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> ExportRun.of("R1", "SLXNK", "01AB", "HQ01", AT, twice));
        assertThat(e.problems()).containsExactly("file TK_1.xml is listed twice");
    }

    @Test
    void constructor_whenFromAndToAreTheSameUnit_isRefusedOnToUnit() {
        assertThatThrownBy(() -> ExportRun.of("R1", "SLXNK", "01AB", "01ab", AT, FILES))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("toUnit"))
                .hasMessageContaining("to itself");
    }

    @Test
    void constructor_whenAFieldIsMissingOrNegative_namesTheField() {
        assertField(() -> ExportRun.of(" ", "SLXNK", "01AB", "HQ01", AT, FILES), "runId");
        assertField(() -> ExportRun.of("R1", null, "01AB", "HQ01", AT, FILES), "system");
        assertField(() -> ExportRun.of("R1", "SLXNK", "0", "HQ01", AT, FILES), "fromUnit");
        assertField(() -> ExportRun.of("R1", "SLXNK", "01AB", null, AT, FILES), "toUnit");
        assertField(() -> ExportRun.of("R1", "SLXNK", "01AB", "HQ01", null, FILES), "exportedAt");
        assertField(() -> ExportRun.of("R1", "SLXNK", "01AB", "HQ01", AT, null), "files");
        assertField(() -> new ExportRun("R1", "SLXNK", "01AB", "HQ01", AT, -1, 0, 0, 0, List.of()), "automaticFiles");
        assertField(() -> new ExportRun("R1", "SLXNK", "01AB", "HQ01", AT, 0, 0, 0, -5, List.of()), "totalSize");
        assertField(() -> ExportedFile.automatic("TK.xml", -1), "file size");
        assertField(() -> new ExportedFile("TK.xml", 1, "", null), "mode");
        assertField(() -> new ExportedFile("TK.xml", 1, "sha256:not hex!", ExportMode.AUTOMATIC), "checksum");
    }

    @Test
    void constructor_copiesTheFileList() {
        List<ExportedFile> files = new java.util.ArrayList<>(FILES);
        ExportRun run = ExportRun.of("R1", "SLXNK", "01AB", "HQ01", AT, files);
        files.clear();
        assertThat(run.files()).hasSize(3);
        assertThatThrownBy(() -> run.files().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    @DisplayName("MON-T-02: export date and time are Vietnam's (UTC+7), the time to the second")
    void exportDateAndTime_areInAsiaHoChiMinh() {
        ExportRun lateEvening = ExportRun.of("R1", "SLXNK", "01AB", "HQ01", Instant.parse("2026-11-20T17:30:15.750Z"), FILES);
        assertThat(lateEvening.exportDate()).isEqualTo(LocalDate.of(2026, 11, 21));
        assertThat(lateEvening.exportTime()).isEqualTo(LocalTime.of(0, 30, 15));
        ExportRun morning = ExportRun.of("R1", "SLXNK", "01AB", "HQ01", AT, FILES);
        assertThat(morning.exportDate()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(morning.exportTime()).isEqualTo(LocalTime.of(9, 30, 15));
    }

    static void assertField(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
        assertThatThrownBy(call).as(field).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }
}
