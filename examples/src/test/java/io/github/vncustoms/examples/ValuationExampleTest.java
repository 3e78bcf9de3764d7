package io.github.vncustoms.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The tour's valuation stop derives, approves, issues and screens as QĐ 2344 asks (VAL-05, VAL-08, VAL-11..13, VAL-15, VAL-18). */
final class ValuationExampleTest {

    @Test
    void sampleMonth_derivesTheReferencePrice_screensThreeLines_andFindsTheLateEntryAndTheAmendment() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ValuationExample.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String text = bytes.toString(StandardCharsets.UTF_8);

        assertThat(text)
                .contains("the internet offer is PENDING")
                .contains("hung.lv wrote \"chấp nhận\": the offer now counts (VERIFIED)")
                .contains("02CI asking for 01AB's observation: refused (VNC-403)")
                .contains("look-back: SIX_MONTHS 2026-05-20..2026-11-20, 7 IDENTICAL observations, 1 excluded as an outlier")
                .contains("7 of the 8 candidate(s) given")
                .contains("median of the 6 prices kept → 401.50 USD per PCE")
                .contains("internet offer price (Art. 5.1.b.2.6) (VAL-08): 442.00 USD per PCE")
                .contains("25 % without evidence of the actual rate: refused")
                .contains("risk list version 1 issued with 1 item: 401.50 USD per PCE")
                .contains("line 1: CONSISTENT, next NONE")
                .contains("line 2: BELOW_REFERENCE by 25.29 %, next RAISE_DOUBT_AND_CONSULT")
                .contains("line 3: NO_MATCH, next NONE")
                .contains("revision: AMEND_PRICE on form DMSD_03, change 18.81 %")
                .contains("same-day duty: 01AB entered 1 of 8 results late, e.g. determined 2026-11-18, entered 2026-11-19")
                .contains("verified true");
        assertThat(text.lines().filter(l -> l.startsWith("  line ")))
                .as("screening flags and explains but states no amount, let alone a value to impose (VAL-12)")
                .hasSize(3).noneMatch(l -> l.contains("USD") || l.contains("401.50"));
    }
}
