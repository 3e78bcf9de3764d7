package io.github.vncustoms.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The citation generator and the citation check agree on every release (STA-05). */
final class CitationProperties {
    private final CitationGenerator citations = CitationGenerator.defaultGenerator();
    private final CitationCheck check = CitationCheck.defaultCheck();

    @Provide
    Arbitrary<StatisticsRelease> releases() {
        Arbitrary<ReferencePeriod> periods = Arbitraries.oneOf(
                Combinators.combine(Arbitraries.integers().between(2010, 2030), Arbitraries.integers().between(1, 12))
                        .as(ReferencePeriod::month),
                Combinators.combine(Arbitraries.integers().between(2010, 2030), Arbitraries.integers().between(1, 4))
                        .as(ReferencePeriod::quarter),
                Arbitraries.integers().between(2010, 2030).map(ReferencePeriod::year));
        Arbitrary<String> titles = Arbitraries.of("Tình hình xuất khẩu, nhập khẩu hàng hóa",
                "Bản tin thống kê hải quan", "Ước tính kim ngạch xuất khẩu điện thoại", "Trao đổi về số liệu gạo",
                "Niên giám thống kê hải quan về hàng hóa xuất khẩu, nhập khẩu");
        Arbitrary<Instant> times = Arbitraries.longs()
                .between(Instant.parse("2010-01-01T00:00:00Z").getEpochSecond(), Instant.parse("2031-01-01T00:00:00Z").getEpochSecond())
                .map(Instant::ofEpochSecond);
        return Combinators.combine(Arbitraries.of(ContentKind.class), periods, titles, Arbitraries.of(ReleaseStatus.class),
                times, Arbitraries.integers().between(1, 15))
                .as((kind, period, title, status, at, version) -> new StatisticsRelease("R-" + version, kind,
                        kind.requiresPeriod() || version % 2 == 0 ? period : null, version,
                        ReleaseContent.of(title, status), at, version == 1 ? "" : "Điều chỉnh số liệu"));
    }

    @Property(tries = 300)
    void a_generated_citation_always_passes_the_check_in_full(@ForAll("releases") StatisticsRelease release,
            @ForAll CitationLanguage language) {
        Citation citation = citations.cite(release, language);
        CitationCheckResult result = check.check("Bài viết dùng số liệu này. " + citation.text(), release);
        assertThat(result.complete()).as(citation.text() + " → " + result.explanation()).isTrue();
        assertThat(result.sourceNamed()).isTrue();
        assertThat(citation.body()).isEqualTo(citations.bodyOn(citation.publicationDate()));
    }

    @Property(tries = 300)
    void the_same_citation_without_its_source_marker_fails_article_8(@ForAll("releases") StatisticsRelease release,
            @ForAll CitationLanguage language) {
        String text = citations.cite(release, language).text().replace("Nguồn: ", "").replace("Source: ", "");
        CitationCheckResult result = check.check(text, release);
        assertThat(result.sourceNamed()).isFalse();
        assertThat(result.missing()).containsExactly(CitationElement.SOURCE);
        assertThat(result.explanation()).contains("does not name the source");
    }

    @Property(tries = 100)
    void a_citation_of_another_version_does_not_identify_this_one(@ForAll("releases") StatisticsRelease release,
            @ForAll @IntRange(min = 1, max = 3) int offset) {
        StatisticsRelease other = new StatisticsRelease(release.id(), release.kind(), release.period(),
                release.version() + offset, release.content(), release.publishedAt(), "Điều chỉnh");
        CitationCheckResult result = check.check(citations.cite(other).text(), release);
        assertThat(result.sourceNamed()).isTrue();
        assertThat(result.missing()).contains(CitationElement.VERSION);
    }
}
