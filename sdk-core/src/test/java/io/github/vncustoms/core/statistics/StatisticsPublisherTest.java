package io.github.vncustoms.core.statistics;

import static io.github.vncustoms.core.statistics.StatisticsFixtures.EXPORTS;
import static io.github.vncustoms.core.statistics.StatisticsFixtures.MARCH_TITLE;
import static io.github.vncustoms.core.statistics.StatisticsFixtures.marchContent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.error.InvalidStateException;
import io.github.vncustoms.core.error.NotFoundException;
import io.github.vncustoms.core.error.ValidationException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Example;

/** Publishing and revising releases (STA-02, STA-03): every revision is a new, explained version. */
final class StatisticsPublisherTest {
    private final TestClock clock = TestClock.at("2026-04-15T02:00:00Z");
    private final StatisticsPublisher publisher = StatisticsPublisher.builder().clock(clock).build();

    private StatisticsRelease publishMarch() {
        return publisher.publish("XNK-2026-03", ContentKind.PERIODIC_REPORT, ReferencePeriod.month(2026, 3), marchContent());
    }

    @Example
    void a_preliminary_release_revised_to_official_becomes_version_2_with_its_explanation_and_keeps_version_1() {
        // STA-03: preliminary → official is a revision; Art. 7.1.b: it carries an explanation.
        StatisticsRelease v1 = publishMarch();
        clock.advance(Duration.ofDays(20));
        StatisticsRelease v2 = publisher.changeStatus(v1, ReleaseStatus.OFFICIAL,
                "Số liệu chính thức sau khi tổng hợp đầy đủ tờ khai hải quan");

        assertThat(v1.version()).isEqualTo(1);
        assertThat(v1.revisionExplanation()).isEmpty();
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.status()).isEqualTo(ReleaseStatus.OFFICIAL);
        assertThat(v2.revisionExplanation()).isEqualTo("Số liệu chính thức sau khi tổng hợp đầy đủ tờ khai hải quan");
        assertThat(v2.publishedAt()).isEqualTo(Instant.parse("2026-05-05T02:00:00Z"));
        assertThat(v2.content().indicators()).isEqualTo(v1.content().indicators());

        ReleaseHistory history = publisher.history("XNK-2026-03");
        assertThat(history.versions()).containsExactly(v1, v2);
        assertThat(history.version(1).status()).isEqualTo(ReleaseStatus.PRELIMINARY);
        assertThat(publisher.current("XNK-2026-03")).isEqualTo(v2);
    }

    @Example
    void revised_figures_are_a_new_version_and_the_old_figures_stay_on_record() {
        StatisticsRelease v1 = publishMarch();
        IndicatorValue corrected = IndicatorValue.of(EXPORTS.indicator(), new BigDecimal("35310000000"));
        StatisticsRelease v2 = publisher.revise(v1, v1.content().withIndicators(List.of(corrected)),
                "Bổ sung tờ khai xuất khẩu đăng ký muộn");

        assertThat(v2.content().indicator("xk_tri_gia")).contains(corrected);
        assertThat(publisher.history(v1.id()).version(1).content().indicator("XK_TRI_GIA")).contains(EXPORTS);
    }

    @Example
    void a_revision_without_an_explanation_is_refused_and_nothing_is_stored() {
        // STA-03, Art. 7.1.b
        StatisticsRelease v1 = publishMarch();
        for (String blank : List.of("", "   ", "\t\n", "\u00A0", "\u200B ")) {
            assertThatThrownBy(() -> publisher.changeStatus(v1, ReleaseStatus.OFFICIAL, blank))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("without an explanation").hasMessageContaining("Art. 7.1.b")
                    .hasMessageContaining("expected a non-blank explanation");
        }
        assertThat(publisher.history(v1.id()).versions()).containsExactly(v1);
    }

    @Example
    void a_first_publication_with_an_explanation_is_refused() {
        assertThatThrownBy(() -> new StatisticsRelease("X-1", ContentKind.PERIODIC_REPORT, ReferencePeriod.month(2026, 3),
                1, marchContent(), Instant.EPOCH, "Điều chỉnh"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("version 1 carries a revision explanation");
    }

    @Example
    void official_figures_cannot_be_relabelled_preliminary() {
        StatisticsRelease v2 = publisher.changeStatus(publishMarch(), ReleaseStatus.OFFICIAL, "Số liệu chính thức");
        assertThatThrownBy(() -> publisher.changeStatus(v2, ReleaseStatus.PRELIMINARY, "Nhầm lẫn"))
                .isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("cannot make it PRELIMINARY")
                .hasMessageContaining("forecast → estimated → preliminary → official");
    }

    @Example
    void a_revision_of_a_superseded_version_is_refused_rather_than_overwriting_the_newer_one() {
        StatisticsRelease v1 = publishMarch();
        publisher.changeStatus(v1, ReleaseStatus.OFFICIAL, "Số liệu chính thức");
        assertThatThrownBy(() -> publisher.revise(v1, v1.content().withSummary("Tóm tắt"), "Thêm tóm tắt"))
                .isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("is at version 2 but the revision was made from version 1");
        assertThat(publisher.history(v1.id()).versions()).hasSize(2);
    }

    @Example
    void a_revision_that_changes_nothing_is_refused() {
        StatisticsRelease v1 = publishMarch();
        assertThatThrownBy(() -> publisher.revise(v1, v1.content(), "Không đổi"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("changes nothing");
    }

    @Example
    void publishing_an_existing_id_again_is_refused() {
        publishMarch();
        assertThatThrownBy(this::publishMarch).isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("already published");
    }

    @Example
    void unknown_releases_are_not_found() {
        assertThat(publisher.find("KHONG-CO")).isEmpty();
        assertThatThrownBy(() -> publisher.history("KHONG-CO")).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("No release has id 'KHONG-CO'");
        StatisticsRelease ghost = StatisticsFixtures.marchPreliminary();
        assertThatThrownBy(() -> publisher.changeStatus(ghost, ReleaseStatus.OFFICIAL, "Chính thức"))
                .isInstanceOf(NotFoundException.class);
    }

    @Example
    void every_kind_of_art_6_can_be_published_and_periodic_kinds_need_a_period() {
        // STA-02: the six kinds of Art. 6.
        assertThat(ContentKind.values()).extracting(ContentKind::clause)
                .containsExactly("6.1", "6.2", "6.3", "6.4", "6.5", "6.6");
        StatisticsRelease regulation = publisher.publish("TT-2026-01", ContentKind.STATISTICS_REGULATION, null,
                ReleaseContent.of("Thông tư quy định về thống kê nhà nước về hải quan", ReleaseStatus.OFFICIAL));
        assertThat(regulation.period()).isNull();
        assertThatThrownBy(() -> publisher.publish("UT-2026-04", ContentKind.ESTIMATED_FIGURES, null,
                ReleaseContent.of("Ước tính xuất khẩu tháng 4/2026", ReleaseStatus.ESTIMATED)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("without a reference period")
                .hasMessageContaining("expected the month, quarter or year it covers");
    }

    @Example
    void texts_are_stored_in_nfc_and_mojibake_is_refused() {
        // STA-04: "Tình hình" typed with combining marks becomes precomposed.
        String decomposed = java.text.Normalizer.normalize(MARCH_TITLE, java.text.Normalizer.Form.NFD);
        assertThat(ReleaseContent.of("  " + decomposed + " ", ReleaseStatus.PRELIMINARY).title()).isEqualTo(MARCH_TITLE);
        assertThatThrownBy(() -> ReleaseContent.of("B¸o c¸o xuÊt khÈu", ReleaseStatus.OFFICIAL))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("not well-formed Vietnamese Unicode")
                .hasMessageContaining("TCVN 6909:2001");
    }
}
