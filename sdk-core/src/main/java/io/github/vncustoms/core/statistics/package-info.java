/**
 * Import/export statistics releases (QĐ 1991/QĐ-TCHQ Art. 6–9): what the statistics information
 * system publishes, how revisions are explained, how reuse cites the source, and how forecast
 * rounds collect and aggregate the opinions of authorised organisations.
 *
 * <ul>
 *   <li><b>Releases</b> (STA-02, STA-03): a {@link io.github.vncustoms.core.statistics.StatisticsRelease}
 *       is one version of a published statistic or report: its
 *       {@link io.github.vncustoms.core.statistics.ContentKind} (the six kinds of Art. 6), its
 *       {@link io.github.vncustoms.core.statistics.ReferencePeriod} (month, quarter, year), its
 *       {@link io.github.vncustoms.core.statistics.ReleaseStatus} (chính thức, sơ bộ, ước tính,
 *       dự báo) and its {@link io.github.vncustoms.core.statistics.IndicatorValue}s. Every revision,
 *       a status change included, is a new version with a non-blank explanation (Art. 7.1.b); the
 *       {@link io.github.vncustoms.core.statistics.ReleaseHistory} keeps every version. The
 *       {@link io.github.vncustoms.core.statistics.StatisticsPublisher} publishes, revises and
 *       queries through the {@link io.github.vncustoms.core.statistics.spi.ReleaseStore} SPI.
 *   <li><b>Text</b> (STA-04): titles, summaries, explanations, names and opinions are stripped,
 *       normalised to NFC and refused if not well-formed Vietnamese Unicode (TCVN 6909:2001, Art. 7.3).
 *   <li><b>Citations</b> (STA-05): the {@link io.github.vncustoms.core.statistics.CitationGenerator}
 *       writes "Nguồn: Tổng cục Hải quan, …" with title, period, status, version and publication
 *       date (Art. 8); the citing body is configurable ({@link io.github.vncustoms.core.statistics.CitingBody}:
 *       by default Tổng cục Hải quan before 1 March 2025 and Cục Hải quan since).
 *       {@link io.github.vncustoms.core.statistics.CitationCheck} tells whether a reuse text cites
 *       the source and what it is missing.
 *   <li><b>Forecasts</b> (STA-06): a {@link io.github.vncustoms.core.statistics.ForecastRound}
 *       carries the General Department's initial forecast per topic and the authorisation list;
 *       the {@link io.github.vncustoms.core.statistics.ForecastDesk} takes attributed estimates
 *       and opinions until the clock reaches the deadline, and the
 *       {@link io.github.vncustoms.core.statistics.ForecastAggregator} turns them into the
 *       {@link io.github.vncustoms.core.statistics.ForecastReport}: count, mean, median, range and
 *       who said what, per indicator (Art. 9).
 * </ul>
 *
 * <pre>{@code
 * StatisticsPublisher publisher = StatisticsPublisher.builder().clock(clock).build();
 * StatisticsRelease v1 = publisher.publish("XNK-2026-03", ContentKind.PERIODIC_REPORT,
 *         ReferencePeriod.month(2026, 3),
 *         ReleaseContent.of("Tình hình xuất khẩu, nhập khẩu hàng hóa tháng 3/2026", ReleaseStatus.PRELIMINARY)
 *                 .withIndicators(List.of(IndicatorValue.of("XK_TRI_GIA", "Trị giá xuất khẩu", "35200000000", "USD"))));
 * StatisticsRelease v2 = publisher.changeStatus(v1, ReleaseStatus.OFFICIAL, "Số liệu chính thức");
 *
 * String source = CitationGenerator.defaultGenerator().cite(v2).text();
 * // Nguồn: Cục Hải quan, “Tình hình xuất khẩu, nhập khẩu hàng hóa tháng 3/2026” (tháng 3/2026; chính thức;
 * //     phiên bản 2; công bố ngày 20/04/2026).
 * CitationCheckResult check = CitationCheck.defaultCheck().check(article, v2);
 *
 * Page<StatisticsRelease> official2026 = publisher.search(ReleaseQuery.builder()
 *         .statuses(ReleaseStatus.OFFICIAL).within(ReferencePeriod.year(2026)).build(), PageRequest.first(50));
 * }</pre>
 *
 * <p>Values and results are immutable records; the publisher, desk, generator, check and aggregator
 * are immutable and thread-safe; builders are not thread-safe. Time comes from an injected
 * {@link java.time.Clock}; publication days are counted in Asia/Ho_Chi_Minh.
 */
package io.github.vncustoms.core.statistics;
