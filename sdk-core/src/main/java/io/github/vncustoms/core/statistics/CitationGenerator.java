package io.github.vncustoms.core.statistics;

import io.github.vncustoms.core.org.OrgEra;
import io.github.vncustoms.core.time.WorkingCalendar;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Writes the source attribution that reuse of published statistics requires (QĐ 1991/QĐ-TCHQ
 * Art. 8, STA-05): the citing body, then the title, reference period, status, version and
 * publication date of the version reused.
 *
 * <pre>{@code
 * CitationGenerator citations = CitationGenerator.defaultGenerator();
 * citations.cite(release).text();
 * // Nguồn: Tổng cục Hải quan, “Tình hình xuất khẩu, nhập khẩu hàng hóa tháng 3/2024” (tháng 3/2024; sơ bộ;
 * //     phiên bản 2; công bố ngày 15/04/2024).
 * citations.cite(release, CitationLanguage.ENGLISH).text();
 * // Source: General Department of Vietnam Customs, “...” (March 2024; preliminary; version 2; published 2024-04-15).
 * }</pre>
 *
 * <p><b>Which body is named.</b> By default the body is named as it was called on the day the cited
 * version was published, in Vietnam time: {@link CitingBody#GENERAL_DEPARTMENT_OF_CUSTOMS} (Tổng cục
 * Hải quan, the regulation's wording) before 1 March 2025, {@link CitingBody#CUSTOMS_DEPARTMENT} (Cục
 * Hải quan) from then on. {@link Builder#citingBody(CitingBody)} names one body for every date;
 * {@link Builder#citingBodyFrom(LocalDate, CitingBody)} adds a later renaming.
 *
 * <p>Immutable and thread-safe.
 */
public final class CitationGenerator {
    private static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT);
    private static final CitationGenerator DEFAULT = builder().build();

    private final NavigableMap<LocalDate, CitingBody> bodies;
    private final ZoneId zone;

    private CitationGenerator(NavigableMap<LocalDate, CitingBody> bodies, ZoneId zone) {
        this.bodies = Collections.unmodifiableNavigableMap(new TreeMap<>(bodies));
        this.zone = zone;
    }

    /**
     * Returns the generator with the default names and Vietnam time.
     *
     * @return the shared default generator
     */
    public static CitationGenerator defaultGenerator() {
        return DEFAULT;
    }

    /**
     * Starts a generator with the default names ({@code Tổng cục Hải quan} until 28 February 2025,
     * {@code Cục Hải quan} from 1 March 2025) and zone {@code Asia/Ho_Chi_Minh}.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder with this generator's settings.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.bodies.clear();
        b.bodies.putAll(bodies);
        b.zone = zone;
        return b;
    }

    /**
     * Cites a version in Vietnamese.
     *
     * @param release the version reused
     * @return the citation
     */
    public Citation cite(StatisticsRelease release) {
        return cite(release, CitationLanguage.VIETNAMESE);
    }

    /**
     * Cites a version.
     *
     * @param release the version reused
     * @param language the language of the citation
     * @return the citation
     */
    public Citation cite(StatisticsRelease release, CitationLanguage language) {
        Objects.requireNonNull(release, "release");
        Objects.requireNonNull(language, "language");
        LocalDate published = publicationDate(release);
        CitingBody body = bodyOn(published);
        List<String> details = new ArrayList<>();
        boolean vi = language == CitationLanguage.VIETNAMESE;
        if (release.period() != null) {
            details.add(vi ? release.period().labelVi() : release.period().labelEn());
        }
        details.add(vi ? release.status().labelVi() : release.status().labelEn());
        details.add((vi ? "phiên bản " : "version ") + release.version());
        details.add(vi ? "công bố ngày " + VI_DATE.format(published) : "published " + published);
        String text = (vi ? "Nguồn: " : "Source: ") + body.name(language) + ", “" + release.title() + "” ("
                + String.join("; ", details) + ").";
        return new Citation(text, language, body, release.id(), release.version(), published);
    }

    /**
     * Returns the body named for a publication day.
     *
     * @param day the day the cited version was published
     * @return the body whose name was in use that day
     */
    public CitingBody bodyOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        Map.Entry<LocalDate, CitingBody> entry = bodies.floorEntry(day);
        return entry != null ? entry.getValue() : bodies.firstEntry().getValue();
    }

    /**
     * Returns every body this generator may name, in the order they took effect. A reuse text that
     * names any of them names the source ({@link CitationCheck}).
     *
     * @return an unmodifiable list without duplicates
     */
    public List<CitingBody> bodies() {
        return bodies.values().stream().distinct().toList();
    }

    /**
     * Returns the day a version was published, in this generator's zone.
     *
     * @param release the version
     * @return the publication day
     */
    public LocalDate publicationDate(StatisticsRelease release) {
        return release.publishedAt().atZone(zone).toLocalDate();
    }

    /**
     * Returns the zone in which publication days are counted.
     *
     * @return the zone, {@code Asia/Ho_Chi_Minh} unless configured
     */
    public ZoneId zone() {
        return zone;
    }

    /** Configures a {@link CitationGenerator}. Not thread-safe. */
    public static final class Builder {
        private final NavigableMap<LocalDate, CitingBody> bodies = new TreeMap<>();
        private ZoneId zone = WorkingCalendar.VIETNAM_ZONE;

        private Builder() {
            bodies.put(LocalDate.MIN, CitingBody.GENERAL_DEPARTMENT_OF_CUSTOMS);
            bodies.put(OrgEra.REORGANISATION_2025.effectiveFrom(), CitingBody.CUSTOMS_DEPARTMENT);
        }

        /**
         * Names one body for every publication date, replacing the schedule of names.
         *
         * @param body the body
         * @return this builder
         */
        public Builder citingBody(CitingBody body) {
            Objects.requireNonNull(body, "body");
            bodies.clear();
            bodies.put(LocalDate.MIN, body);
            return this;
        }

        /**
         * Names a body for versions published on or after a day, e.g. after a renaming.
         *
         * @param from the first publication day the name applies to
         * @param body the body
         * @return this builder
         */
        public Builder citingBodyFrom(LocalDate from, CitingBody body) {
            bodies.put(Objects.requireNonNull(from, "from"), Objects.requireNonNull(body, "body"));
            return this;
        }

        /**
         * Sets the zone in which publication days are counted. Default: {@code Asia/Ho_Chi_Minh}.
         *
         * @param zone the zone
         * @return this builder
         */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /**
         * Builds the generator.
         *
         * @return an immutable generator
         */
        public CitationGenerator build() {
            return new CitationGenerator(bodies, zone);
        }
    }
}
