package io.github.vncustoms.core.statistics;

import java.time.Instant;
import java.util.List;

/** Sample releases and rounds shared by the statistics tests. Stateless. */
final class StatisticsFixtures {
    static final String MARCH_TITLE = "Tình hình xuất khẩu, nhập khẩu hàng hóa tháng 3/2026";
    static final IndicatorValue EXPORTS = IndicatorValue.of("XK_TRI_GIA", "Trị giá xuất khẩu", "35200000000", "USD");
    static final IndicatorValue IMPORTS = IndicatorValue.of("NK_TRI_GIA", "Trị giá nhập khẩu", "34100000000", "USD");

    private StatisticsFixtures() {}

    /** The preliminary March 2026 trade report, as published on 15 April 2026 at 09:00 Hà Nội time. */
    static StatisticsRelease marchPreliminary() {
        return StatisticsRelease.first("XNK-2026-03", ContentKind.PERIODIC_REPORT, ReferencePeriod.month(2026, 3),
                marchContent(), Instant.parse("2026-04-15T02:00:00Z"));
    }

    static ReleaseContent marchContent() {
        return ReleaseContent.of(MARCH_TITLE, ReleaseStatus.PRELIMINARY).withIndicators(List.of(EXPORTS, IMPORTS));
    }

    /** A round on Q3 2026 exports with three authorised organisations, open 15 June to 30 June 2026. */
    static ForecastRound exportRound() {
        return ForecastRound.builder("DB-XK-2026-Q3")
                .topic("Dự báo kim ngạch xuất khẩu quý III/2026")
                .period(ReferencePeriod.quarter(2026, 3))
                .initialForecast(IndicatorValue.of("XK_TRI_GIA", "Trị giá xuất khẩu", "112000000000", "USD"),
                        IndicatorValue.of("XK_GAO", "Lượng gạo xuất khẩu", "2100000", "tấn"))
                .authorise("BCT", "Bộ Công Thương")
                .authorise("VCCI", "Liên đoàn Thương mại và Công nghiệp Việt Nam")
                .authorise("VFA", "Hiệp hội Lương thực Việt Nam")
                .opensAt(Instant.parse("2026-06-15T01:00:00Z"))
                .closesAt(Instant.parse("2026-06-30T10:00:00Z"))
                .build();
    }
}
