package io.github.vncustoms.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tour's transfer-auditing stop finds the sample day's problems and writes the Annex I page. */
final class TransferAuditExampleTest {

    @Test
    void sampleDay_reportsItsDiscrepanciesIncidentsAndScopes_andWritesTheAnnexPage(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TransferAuditExample.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), dir);
        String text = bytes.toString(StandardCharsets.UTF_8);

        assertThat(text)
                .contains("SIZE_MISMATCH  SLXNK 01AB→HQ01 TK_A2.xml")
                .contains("MISSING_AT_RECEIVER  SLXNK 01DD→HQ01 TK_B2.xml")
                .contains("18 events recorded by 18 ledger entries")
                .contains("it flows top-down only")
                .contains("TCHQ-CNTT  Đơn vị nhận không nhận được file: SLXNK từ 01DD đến HQ01")
                .contains("01AB  runs 1, receipts 1, discrepancies 4")
                .contains("01AB asking for 01DD's history: refused (VNC-403)");
        Path page = dir.resolve("vncustoms-phu-luc-1-2026-11-20.html");
        assertThat(Files.readString(page, StandardCharsets.UTF_8)).contains("Đơn vị kết xuất", "ORA-00001 trùng khóa");
    }
}
