package io.github.vncustoms.core.statistics;

import io.github.vncustoms.core.paging.Page;
import io.github.vncustoms.core.paging.PageRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.statistics.spi.ReleaseStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Queries over the release store (STA-02, STA-03; ARCHITECTURE: queries by period, status, kind,
 * time range; paging).
 */
final class ReleaseSearchProperties {

    /** What to publish: kind, period, status, and whether to revise it to official afterwards. */
    record Spec(ContentKind kind, ReferencePeriod period, ReleaseStatus status, boolean revise) {}

    @Provide
    Arbitrary<List<Spec>> specs() {
        Arbitrary<ReferencePeriod> periods = Arbitraries.oneOf(
                Combinators.combine(Arbitraries.integers().between(2024, 2026), Arbitraries.integers().between(1, 12))
                        .as(ReferencePeriod::month),
                Combinators.combine(Arbitraries.integers().between(2024, 2026), Arbitraries.integers().between(1, 4))
                        .as(ReferencePeriod::quarter),
                Arbitraries.integers().between(2024, 2026).map(ReferencePeriod::year));
        return Combinators.combine(Arbitraries.of(ContentKind.class), periods, Arbitraries.of(ReleaseStatus.class),
                Arbitraries.of(true, false)).as(Spec::new).list().ofMaxSize(25);
    }

    @Provide
    Arbitrary<ReleaseQuery> queries() {
        Arbitrary<Set<ContentKind>> kinds = Arbitraries.of(ContentKind.class).set().ofMaxSize(3);
        Arbitrary<Set<ReleaseStatus>> statuses = Arbitraries.of(ReleaseStatus.class).set().ofMaxSize(2);
        Arbitrary<ReferencePeriod> within = Arbitraries.of(ReferencePeriod.year(2025), ReferencePeriod.quarter(2026, 2),
                ReferencePeriod.month(2024, 7));
        return Combinators.combine(kinds, statuses, within.injectNull(0.4), Arbitraries.integers().between(0, 30).injectNull(0.5))
                .as((k, s, w, hours) -> {
                    ReleaseQuery.Builder b = ReleaseQuery.builder().kinds(k).statuses(s);
                    if (w != null) {
                        b.within(w);
                    }
                    if (hours != null) {
                        b.publishedBetween(Instant.parse("2026-01-01T00:00:00Z").plus(Duration.ofHours(hours)), null);
                    }
                    return b.build();
                });
    }

    @Property(tries = 150)
    void paging_through_a_query_returns_every_match_once_in_search_order(@ForAll("specs") List<Spec> specs,
            @ForAll("queries") ReleaseQuery query, @ForAll @IntRange(min = 1, max = 7) int pageSize) {
        TestClock clock = TestClock.at("2026-01-01T00:00:00Z");
        StatisticsPublisher publisher = StatisticsPublisher.builder().clock(clock).build();
        List<StatisticsRelease> current = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            Spec spec = specs.get(i);
            clock.advance(Duration.ofHours(1));
            StatisticsRelease r = publisher.publish("R-" + i, spec.kind(), spec.period(),
                    ReleaseContent.of("Báo cáo số " + i, spec.status()));
            if (spec.revise()) {
                clock.advance(Duration.ofMinutes(30));
                r = r.status() == ReleaseStatus.OFFICIAL
                        ? publisher.revise(r, r.content().withSummary("Bổ sung"), "Bổ sung tóm tắt")
                        : publisher.changeStatus(r, ReleaseStatus.OFFICIAL, "Số liệu chính thức");
            }
            current.add(r);
        }
        List<StatisticsRelease> expected = current.stream().filter(query::matches).sorted(ReleaseStore.SEARCH_ORDER).toList();

        List<StatisticsRelease> seen = new ArrayList<>();
        Page<StatisticsRelease> page = publisher.search(query, PageRequest.first(pageSize));
        seen.addAll(page.items());
        while (page.hasNext()) {
            assertThat(page.items()).hasSize(pageSize);
            page = publisher.search(query, page.nextRequest());
            seen.addAll(page.items());
        }
        assertThat(page.total()).isEqualTo(expected.size());
        assertThat(seen).isEqualTo(expected);
    }

    @Example
    void releases_are_found_by_period_status_and_kind() {
        TestClock clock = TestClock.at("2026-04-15T02:00:00Z");
        StatisticsPublisher publisher = StatisticsPublisher.builder().clock(clock).build();
        StatisticsRelease march = publisher.publish("XNK-2026-03", ContentKind.PERIODIC_REPORT,
                ReferencePeriod.month(2026, 3), StatisticsFixtures.marchContent());
        clock.advance(Duration.ofDays(1));
        StatisticsRelease q1 = publisher.publish("XNK-2026-Q1", ContentKind.PERIODIC_REPORT,
                ReferencePeriod.quarter(2026, 1), ReleaseContent.of("Báo cáo quý I/2026", ReleaseStatus.OFFICIAL));
        clock.advance(Duration.ofDays(1));
        StatisticsRelease estimate = publisher.publish("UT-2026-04", ContentKind.ESTIMATED_FIGURES,
                ReferencePeriod.month(2026, 4), ReleaseContent.of("Ước tính tháng 4/2026", ReleaseStatus.ESTIMATED));
        clock.advance(Duration.ofDays(1));
        StatisticsRelease regulation = publisher.publish("TT-01", ContentKind.STATISTICS_REGULATION, null,
                ReleaseContent.of("Quy định thống kê hải quan", ReleaseStatus.OFFICIAL));

        PageRequest all = PageRequest.first(10);
        assertThat(publisher.search(ReleaseQuery.all(), all).items()).containsExactly(regulation, estimate, q1, march);
        assertThat(publisher.search(ReleaseQuery.builder().within(ReferencePeriod.quarter(2026, 1)).build(), all).items())
                .containsExactly(q1, march);
        assertThat(publisher.search(ReleaseQuery.builder().statuses(ReleaseStatus.OFFICIAL).build(), all).items())
                .containsExactly(regulation, q1);
        assertThat(publisher.search(ReleaseQuery.builder().kinds(ContentKind.ESTIMATED_FIGURES).build(), all).items())
                .containsExactly(estimate);
        assertThat(publisher.search(ReleaseQuery.builder().periodTypes(PeriodType.MONTH).build(), all).items())
                .containsExactly(estimate, march);

        // Once March is official, a status query sees the current version only.
        clock.advance(Duration.ofDays(1));
        StatisticsRelease marchOfficial = publisher.changeStatus(march, ReleaseStatus.OFFICIAL, "Số liệu chính thức");
        assertThat(publisher.search(ReleaseQuery.builder().statuses(ReleaseStatus.PRELIMINARY).build(), all).items()).isEmpty();
        assertThat(publisher.search(ReleaseQuery.builder().statuses(ReleaseStatus.OFFICIAL).build(), all).items())
                .containsExactly(marchOfficial, regulation, q1);

        Page<StatisticsRelease> first = publisher.search(ReleaseQuery.all(), PageRequest.first(3));
        assertThat(first.total()).isEqualTo(4);
        assertThat(first.hasNext()).isTrue();
        assertThat(publisher.search(ReleaseQuery.all(), first.nextRequest()).items()).containsExactly(q1);
    }

    @Example
    void bad_queries_and_pages_say_what_was_expected() {
        assertThatThrownBy(() -> PageRequest.of(-1, 10)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("expected 0 or more");
        assertThatThrownBy(() -> PageRequest.first(0)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("expected 1 to 1000");
        assertThatThrownBy(() -> ReleaseQuery.builder().periodWithin(java.time.LocalDate.of(2026, 2, 1),
                java.time.LocalDate.of(2026, 1, 1))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("is empty");
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        assertThatThrownBy(() -> ReleaseQuery.builder().publishedBetween(t, t)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("expected the start before the end");
    }
}
