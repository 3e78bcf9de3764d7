package io.github.vncustoms.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.error.InvalidStateException;
import io.github.vncustoms.core.error.ValidationException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Revision history (STA-03): append-only, versions go up by one, every revision carries an
 * explanation, statuses never move back towards forecast.
 */
final class ReleaseRevisionProperties {

    /** One attempted revision: the status it asks for and its explanation, possibly blank. */
    record Step(ReleaseStatus status, String explanation) {}

    @Provide
    Arbitrary<String> blanks() {
        return Arbitraries.strings().withChars(" \t\n\r\u00A0\u2007\u202F\u200B\uFEFF").ofMaxLength(6);
    }

    @Provide
    Arbitrary<String> explanations() {
        return Arbitraries.of("Số liệu chính thức", "Bổ sung tờ khai đăng ký muộn", "Điều chỉnh theo đối chiếu",
                "Sửa lỗi đơn vị tính", "Cập nhật ước tính");
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<String> explanation = Arbitraries.oneOf(explanations(), explanations(), explanations(), blanks());
        return Combinators.combine(Arbitraries.of(ReleaseStatus.class), explanation).as(Step::new).list().ofMaxSize(12);
    }

    @Property(tries = 200)
    void history_is_append_only_and_each_accepted_revision_adds_exactly_the_next_version(@ForAll("steps") List<Step> steps) {
        TestClock clock = TestClock.at("2026-04-15T02:00:00Z");
        StatisticsPublisher publisher = StatisticsPublisher.builder().clock(clock).build();
        StatisticsRelease current = publisher.publish("XNK-2026-03", ContentKind.PERIODIC_REPORT,
                ReferencePeriod.month(2026, 3), ReleaseContent.of("Báo cáo tháng 3/2026", ReleaseStatus.FORECAST));
        List<StatisticsRelease> expected = new ArrayList<>(List.of(current));

        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            clock.advance(Duration.ofHours(1));
            ReleaseContent next = current.content().withStatus(step.status()).withSummary("Bản sửa số " + (i + 1));
            List<StatisticsRelease> before = publisher.history(current.id()).versions();
            boolean blank = step.explanation().strip().isEmpty() || step.explanation().chars()
                    .allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT);
            StatisticsRelease from = current;
            if (blank) {
                assertThatThrownBy(() -> publisher.revise(from, next, step.explanation()))
                        .isInstanceOf(ValidationException.class).hasMessageContaining("explanation");
            } else if (!current.status().canBeRevisedTo(step.status())) {
                assertThatThrownBy(() -> publisher.revise(from, next, step.explanation()))
                        .isInstanceOf(InvalidStateException.class);
            } else {
                StatisticsRelease revised = publisher.revise(from, next, step.explanation());
                assertThat(revised.version()).isEqualTo(current.version() + 1);
                assertThat(revised.revisionExplanation()).isEqualTo(step.explanation().strip());
                expected.add(revised);
                current = revised;
            }
            List<StatisticsRelease> after = publisher.history(current.id()).versions();
            assertThat(after.subList(0, before.size())).as("earlier versions are never changed").isEqualTo(before);
            assertThat(after).isEqualTo(expected);
        }
        List<StatisticsRelease> versions = publisher.history(current.id()).versions();
        for (int i = 0; i < versions.size(); i++) {
            assertThat(versions.get(i).version()).isEqualTo(i + 1);
            assertThat(versions.get(i).revisionExplanation().isEmpty()).isEqualTo(i == 0);
            if (i > 0) {
                assertThat(versions.get(i - 1).status().canBeRevisedTo(versions.get(i).status())).isTrue();
            }
        }
    }

    @Property(tries = 200)
    void any_revision_without_an_explanation_is_refused(@ForAll("blanks") String blank,
            @ForAll ReleaseStatus status, @ForAll @IntRange(min = 2, max = 50) int version) {
        StatisticsRelease v1 = StatisticsFixtures.marchPreliminary();
        assertThatThrownBy(() -> v1.revise(v1.content().withSummary("Bổ sung").withStatus(ReleaseStatus.OFFICIAL),
                blank, v1.publishedAt()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("without an explanation");
        assertThatThrownBy(() -> new StatisticsRelease(v1.id(), v1.kind(), v1.period(), version,
                v1.content().withStatus(status), v1.publishedAt(), blank))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Version " + version)
                .hasMessageContaining("expected a non-blank explanation");
    }

    @Property(tries = 100)
    void a_history_with_a_missing_version_is_refused_and_only_the_next_version_can_be_appended(
            @ForAll @IntRange(min = 2, max = 6) int length, @ForAll @IntRange(min = 0, max = 10) int removed,
            @ForAll @IntRange(min = -3, max = 10) int wrongVersion) {
        StatisticsRelease v = StatisticsFixtures.marchPreliminary();
        List<StatisticsRelease> versions = new ArrayList<>(List.of(v));
        for (int i = 1; i < length; i++) {
            v = v.revise(v.content().withSummary("Bản " + i), "Điều chỉnh lần " + i, v.publishedAt().plusSeconds(60));
            versions.add(v);
        }
        ReleaseHistory history = new ReleaseHistory(versions);
        assertThat(history.current().version()).isEqualTo(length);

        List<StatisticsRelease> gap = new ArrayList<>(versions);
        gap.remove(removed % (length - 1));   // never the last: that would leave a valid, shorter history
        assertThatThrownBy(() -> new ReleaseHistory(gap)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("expected versions 1..");

        StatisticsRelease last = v;
        int number = wrongVersion == length + 1 ? length + 2 : Math.max(2, wrongVersion);
        StatisticsRelease wrong = new StatisticsRelease(last.id(), last.kind(), last.period(), number,
                last.content().withSummary("Khác"), last.publishedAt(), "Điều chỉnh");
        assertThatThrownBy(() -> history.append(wrong)).isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("expected version " + (length + 1));
        assertThat(history.append(last.revise(last.content().withSummary("Tiếp"), "Điều chỉnh tiếp",
                last.publishedAt())).current().version()).isEqualTo(length + 1);
    }
}
