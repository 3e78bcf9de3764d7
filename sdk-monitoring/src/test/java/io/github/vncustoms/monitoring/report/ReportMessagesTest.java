package io.github.vncustoms.monitoring.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vncustoms.monitoring.internal.report.ReportText;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The report's Vietnamese and English texts (MON-T-02, MON-T-03). */
final class ReportMessagesTest {
    @Test
    @DisplayName("MON-T-02, MON-T-03: the Vietnamese and English messages have the same keys")
    void bothLanguages_haveTheSameKeys() {
        ResourceBundle vi = ReportText.bundle(ReportLanguage.VIETNAMESE);
        ResourceBundle en = ReportText.bundle(ReportLanguage.ENGLISH);
        Set<String> viKeys = vi.keySet();
        assertThat(viKeys).isEqualTo(en.keySet()).contains("general.12", "receipt.11").doesNotContain("general.13");
        assertThat(vi.getString("general.6")).isEqualTo("Tổng File được kết xuất");
        assertThat(en.getString("general.6")).isEqualTo("Total files exported");
    }

    @Test
    @DisplayName("MON-T-02: sizes are grouped exactly, with a dot in Vietnamese and a comma in English")
    void numbers_areGroupedPerLanguage_andStayExact() {
        assertThat(ReportText.of(ReportLanguage.VIETNAMESE).number(1_234_567_890_123L)).isEqualTo("1.234.567.890.123");
        assertThat(ReportText.of(ReportLanguage.ENGLISH).number(48_213)).isEqualTo("48,213");
        assertThat(ReportText.of(ReportLanguage.ENGLISH).number(999)).isEqualTo("999");
        assertThat(ReportText.of(ReportLanguage.VIETNAMESE).number(0)).isEqualTo("0");
        assertThat(ReportText.of(ReportLanguage.VIETNAMESE).number(Long.MAX_VALUE)).isEqualTo("9.223.372.036.854.775.807");
    }
}
