package io.github.vncustoms.core.statistics;

import static io.github.vncustoms.core.statistics.StatisticsFixtures.MARCH_TITLE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import net.jqwik.api.Example;

/** Source citations and the check of reuse texts (STA-05, QĐ 1991/QĐ-TCHQ Art. 8). */
final class CitationTest {
    private final CitationGenerator citations = CitationGenerator.defaultGenerator();
    private final CitationCheck check = CitationCheck.defaultCheck();
    private final StatisticsRelease march = StatisticsFixtures.marchPreliminary();

    @Example
    void the_citation_names_the_body_title_period_status_version_and_publication_date() {
        assertThat(citations.cite(march).text()).isEqualTo("Nguồn: Cục Hải quan, “" + MARCH_TITLE
                + "” (tháng 3/2026; sơ bộ; phiên bản 1; công bố ngày 15/04/2026).");
        assertThat(citations.cite(march, CitationLanguage.ENGLISH).text()).isEqualTo("Source: Department of Vietnam"
                + " Customs, “" + MARCH_TITLE + "” (March 2026; preliminary; version 1; published 2026-04-15).");
        Citation c = citations.cite(march);
        assertThat(c.releaseId()).isEqualTo("XNK-2026-03");
        assertThat(c.version()).isEqualTo(1);
        assertThat(c.publicationDate()).isEqualTo(LocalDate.of(2026, 4, 15));
    }

    @Example
    void the_body_is_named_as_it_was_called_on_the_publication_day_in_vietnam_time() {
        // Art. 8 says "Tổng cục Hải quan"; since 1 March 2025 (QĐ 382/QĐ-BTC) the body is "Cục Hải quan".
        StatisticsRelease before = StatisticsRelease.first("XNK-2025-01", ContentKind.PERIODIC_REPORT,
                ReferencePeriod.month(2025, 1), ReleaseContent.of("Báo cáo tháng 1/2025", ReleaseStatus.OFFICIAL),
                Instant.parse("2025-02-28T16:59:59Z"));   // 23:59:59 on 28 February in Hà Nội
        StatisticsRelease after = StatisticsRelease.first("XNK-2025-02", ContentKind.PERIODIC_REPORT,
                ReferencePeriod.month(2025, 2), ReleaseContent.of("Báo cáo tháng 2/2025", ReleaseStatus.OFFICIAL),
                Instant.parse("2025-02-28T17:00:00Z"));   // 00:00 on 1 March in Hà Nội
        assertThat(citations.cite(before).text()).startsWith("Nguồn: Tổng cục Hải quan, “Báo cáo tháng 1/2025”")
                .endsWith("công bố ngày 28/02/2025).");
        assertThat(citations.cite(before, CitationLanguage.ENGLISH).text())
                .startsWith("Source: General Department of Vietnam Customs, ");
        assertThat(citations.cite(after).text()).startsWith("Nguồn: Cục Hải quan, ").endsWith("công bố ngày 01/03/2025).");
        assertThat(citations.bodies()).containsExactly(CitingBody.GENERAL_DEPARTMENT_OF_CUSTOMS, CitingBody.CUSTOMS_DEPARTMENT);
    }

    @Example
    void the_citing_body_can_be_fixed_and_the_check_then_accepts_only_that_body() {
        CitationGenerator fixed = CitationGenerator.builder()
                .citingBody(CitingBody.GENERAL_DEPARTMENT_OF_CUSTOMS).build();
        assertThat(fixed.cite(march).text()).startsWith("Nguồn: Tổng cục Hải quan, ");

        CitationGenerator renamed = CitationGenerator.builder()
                .citingBody(new CitingBody("Cục Hải quan", "Vietnam Customs")).build();
        assertThat(renamed.cite(march, CitationLanguage.ENGLISH).text()).startsWith("Source: Vietnam Customs, ");
        CitationCheck strict = CitationCheck.using(renamed);
        assertThat(strict.check("Nguồn: Cục Hải quan.", march).sourceNamed()).isTrue();
        assertThat(strict.check("Nguồn: Tổng cục Hải quan.", march).sourceNamed()).isFalse();
    }

    @Example
    void a_full_citation_in_either_language_passes_the_check() {
        for (CitationLanguage language : CitationLanguage.values()) {
            String article = "Xuất khẩu tháng 3 đạt 35,2 tỷ USD. " + citations.cite(march, language).text();
            CitationCheckResult result = check.check(article, march);
            assertThat(result.sourceNamed()).isTrue();
            assertThat(result.complete()).as(result.explanation()).isTrue();
            assertThat(result.missing()).isEmpty();
            assertThat(result.explanation()).startsWith("The text cites release XNK-2026-03 version 1 in full");
        }
    }

    @Example
    void mentioning_the_body_without_a_source_marker_is_not_a_citation() {
        CitationCheckResult result = check.check("Theo số liệu của Tổng cục Hải quan, xuất khẩu tháng 3/2026 đạt"
                + " 35,2 tỷ USD.", march);
        assertThat(result.sourceNamed()).isFalse();
        assertThat(result.missing()).contains(CitationElement.SOURCE, CitationElement.TITLE, CitationElement.VERSION);
        assertThat(result.present()).containsExactly(CitationElement.PERIOD);
        assertThat(result.explanation())
                .contains("does not name the source as QĐ 1991/QĐ-TCHQ Art. 8 requires (STA-05)")
                .contains("expected \"Nguồn: Cục Hải quan\" or \"Source: Department of Vietnam Customs\"")
                .contains("Expected a citation such as: Nguồn: Cục Hải quan, “" + MARCH_TITLE + "”");
    }

    @Example
    void naming_only_the_source_satisfies_article_8_but_says_which_version_details_are_missing() {
        CitationCheckResult result = check.check("Nguồn: Tổng cục Hải quan.", march);
        assertThat(result.sourceNamed()).isTrue();
        assertThat(result.complete()).isFalse();
        assertThat(result.missing()).containsExactly(CitationElement.TITLE, CitationElement.PERIOD,
                CitationElement.STATUS, CitationElement.VERSION, CitationElement.PUBLICATION_DATE);
        assertThat(result.explanation())
                .contains("names the source as QĐ 1991/QĐ-TCHQ Art. 8 requires")
                .contains("the title (“" + MARCH_TITLE + "”)")
                .contains("the reference period (tháng 3/2026)")
                .contains("the status (sơ bộ)")
                .contains("the version (phiên bản 1)")
                .contains("the publication date (15/04/2026)");
    }

    @Example
    void an_english_reuse_text_is_answered_with_an_english_citation() {
        CitationCheckResult result = check.check("Source: General Department of Vietnam Customs (March 2026, preliminary).",
                march);
        assertThat(result.sourceNamed()).isTrue();
        assertThat(result.present()).containsExactly(CitationElement.SOURCE, CitationElement.PERIOD, CitationElement.STATUS);
        assertThat(result.expectedCitation()).startsWith("Source: Department of Vietnam Customs, ");
        assertThat(result.explanation()).contains("the version (version 1)").contains("the publication date (2026-04-15)");
    }

    @Example
    void a_provincial_department_abbreviations_and_text_without_diacritics_do_not_name_the_source() {
        assertThat(check.check("Nguồn: Cục Hải quan Hà Nội.", march).sourceNamed()).isFalse();
        assertThat(check.check("Nguồn: Cục Hải quan tỉnh Bình Dương.", march).sourceNamed()).isFalse();
        assertThat(check.check("Nguồn: Chi cục Hải quan khu vực I.", march).sourceNamed()).isFalse();
        assertThat(check.check("Nguồn: TCHQ.", march).sourceNamed()).isFalse();
        assertThat(check.check("Nguon: Tong cuc Hai quan.", march).sourceNamed()).isFalse();
        assertThat(check.check("Nguồn: Tổng cục Hải quan Việt Nam.", march).sourceNamed()).isTrue();
        assertThat(check.check("NGUỒN:   TỔNG CỤC HẢI QUAN", march).sourceNamed()).isTrue();
        assertThat(check.check("Số liệu lấy nguồn từ Tổng cục Hải quan và Tổng cục Thống kê.", march).sourceNamed()).isTrue();
    }

    @Example
    void numbers_are_matched_whole_so_a_date_or_a_longer_number_does_not_count() {
        StatisticsRelease official = march.withStatus(ReleaseStatus.OFFICIAL, "Số liệu chính thức",
                Instant.parse("2026-05-05T02:00:00Z"));
        CitationCheckResult result = check.check("Nguồn: Tổng cục Hải quan, công bố ngày 15/03/2026, phiên bản 12,"
                + " số liệu không chính thức.", official);
        assertThat(result.missing()).contains(CitationElement.PERIOD, CitationElement.VERSION, CitationElement.STATUS,
                CitationElement.PUBLICATION_DATE);
        CitationCheckResult other = check.check("Nguồn: Tổng cục Hải quan, số liệu 03/2026 chính thức, v2, ngày 5 tháng 5"
                + " năm 2026.", official);
        assertThat(other.present()).contains(CitationElement.PERIOD, CitationElement.STATUS, CitationElement.VERSION,
                CitationElement.PUBLICATION_DATE);
    }

    @Example
    void a_release_without_a_period_is_cited_and_checked_without_one() {
        StatisticsRelease regulation = StatisticsRelease.first("TT-01", ContentKind.STATISTICS_REGULATION, null,
                ReleaseContent.of("Quy định thống kê nhà nước về hải quan", ReleaseStatus.OFFICIAL),
                Instant.parse("2024-06-03T03:00:00Z"));
        String text = citations.cite(regulation).text();
        assertThat(text).isEqualTo("Nguồn: Tổng cục Hải quan, “Quy định thống kê nhà nước về hải quan” (chính thức;"
                + " phiên bản 1; công bố ngày 03/06/2024).");
        CitationCheckResult result = check.check(text, regulation);
        assertThat(result.complete()).isTrue();
        assertThat(result.present()).doesNotContain(CitationElement.PERIOD);
    }
}
