package io.github.vncustoms.core.statistics;

import io.github.vncustoms.core.error.InvalidStateException;
import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.internal.statistics.Fields;
import io.github.vncustoms.core.time.WorkingCalendar;
import io.github.vncustoms.core.time.WorkingPeriod;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A forecast round on one topic (chuyên mục) for one period (QĐ 1991/QĐ-TCHQ Art. 9, STA-06): the
 * General Department publishes its initial forecast of each indicator, the organisations on the
 * authorisation list submit their estimates and opinions until the deadline, and the opinions are
 * aggregated into the forecast report.
 *
 * <pre>{@code
 * ForecastRound round = ForecastRound.builder("DB-XK-2026-Q3")
 *         .topic("Dự báo kim ngạch xuất khẩu quý III/2026")
 *         .period(ReferencePeriod.quarter(2026, 3))
 *         .initialForecast(IndicatorValue.of("XK_TRI_GIA", "Trị giá xuất khẩu", "112000000000", "USD"))
 *         .authorise("BCT", "Bộ Công Thương")
 *         .authorise("VCCI", "Liên đoàn Thương mại và Công nghiệp Việt Nam")
 *         .opensAt(Instant.parse("2026-06-15T01:00:00Z"))
 *         .closesAfterWorkingDays(calendar, 10)        // 17:00 on the 10th working day
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the round's identifier: 1–64 characters of A–Z, a–z, 0–9, {@code .}, {@code -}, {@code _}
 * @param topic the topic, in Vietnamese
 * @param period the period forecast
 * @param initialForecast the General Department's initial forecast: one value per indicator, at
 *     least one; the indicators of the round are these
 * @param authorised the organisations that may submit, at least one, codes unique
 * @param opensAt when submissions start being accepted
 * @param closesAt the deadline: submissions at or after it are refused
 * @param closedEarlyAt when the round was closed before its deadline; {@code null} if it was not
 */
public record ForecastRound(
        String id,
        String topic,
        ReferencePeriod period,
        List<IndicatorValue> initialForecast,
        List<AuthorisedOrganisation> authorised,
        Instant opensAt,
        Instant closesAt,
        Instant closedEarlyAt) {

    /**
     * Validates, normalises and copies.
     *
     * @throws ValidationException if the id is malformed, the topic blank, there is no indicator or
     *     no organisation, codes repeat, the deadline is not after the opening, or the early close is
     *     not before the deadline
     */
    public ForecastRound {
        id = Fields.requireId(id, "id", "a forecast round");
        topic = Fields.requireText(topic, "topic", "forecast round " + id);
        Objects.requireNonNull(period, "period");
        initialForecast = List.copyOf(Objects.requireNonNull(initialForecast, "initialForecast"));
        authorised = List.copyOf(Objects.requireNonNull(authorised, "authorised"));
        Objects.requireNonNull(opensAt, "opensAt");
        Objects.requireNonNull(closesAt, "closesAt");
        if (initialForecast.isEmpty()) {
            throw new ValidationException("initialForecast", "Forecast round " + id + " has no initial forecast:"
                    + " expected the General Department's initial value of at least one indicator (Art. 9.1)");
        }
        unique(initialForecast.stream().map(IndicatorValue::code).toList(), "initialForecast", "indicator", id);
        if (authorised.isEmpty()) {
            throw new ValidationException("authorised", "Forecast round " + id + " authorises no organisation:"
                    + " expected at least one organisation that may submit estimates (Art. 9.2)");
        }
        unique(authorised.stream().map(AuthorisedOrganisation::code).toList(), "authorised", "organisation", id);
        if (!closesAt.isAfter(opensAt)) {
            throw new ValidationException("closesAt", "Forecast round " + id + " closes at " + closesAt
                    + ", not after it opens at " + opensAt + ": expected a deadline after the opening");
        }
        if (closedEarlyAt != null && !closedEarlyAt.isBefore(closesAt)) {
            throw new ValidationException("closedEarlyAt", "Forecast round " + id + " was closed early at "
                    + closedEarlyAt + ", not before its deadline " + closesAt
                    + ": expected an early close before the deadline, or none");
        }
    }

    private static void unique(List<String> codes, String field, String what, String id) {
        Set<String> seen = new HashSet<>();
        for (String code : codes) {
            if (!seen.add(code)) {
                throw new ValidationException(field, "Forecast round " + id + " lists " + what + " " + code
                        + " more than once: expected each " + what + " once");
            }
        }
    }

    /**
     * Starts a round.
     *
     * @param id the round's identifier
     * @return a builder
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /**
     * Returns the round's state at an instant (STA-06).
     *
     * @param at the instant, usually the clock's now
     * @return {@link RoundState#NOT_YET_OPEN} before {@link #opensAt()}, {@link RoundState#CLOSED} at or
     *     after the deadline or the early close, {@link RoundState#OPEN} in between
     */
    public RoundState stateAt(Instant at) {
        Objects.requireNonNull(at, "at");
        if (!at.isBefore(closingTime())) {
            return RoundState.CLOSED;
        }
        return at.isBefore(opensAt) ? RoundState.NOT_YET_OPEN : RoundState.OPEN;
    }

    /**
     * Returns when the round stops accepting submissions: the early close if there was one, the
     * deadline otherwise.
     *
     * @return the closing time
     */
    public Instant closingTime() {
        return closedEarlyAt != null ? closedEarlyAt : closesAt;
    }

    /**
     * Returns the indicators of the round, in the order of the initial forecast.
     *
     * @return an unmodifiable list
     */
    public List<Indicator> indicators() {
        return initialForecast.stream().map(IndicatorValue::indicator).toList();
    }

    /**
     * Finds the initial forecast of an indicator.
     *
     * @param indicatorCode the indicator's code, any case
     * @return the initial value, or empty if the round has no such indicator
     */
    public Optional<IndicatorValue> initialValue(String indicatorCode) {
        Objects.requireNonNull(indicatorCode, "indicatorCode");
        return initialForecast.stream().filter(v -> v.code().equalsIgnoreCase(indicatorCode.strip())).findFirst();
    }

    /**
     * Finds an authorised organisation.
     *
     * @param organisationCode the organisation's code, any case
     * @return the organisation, or empty if it is not on the authorisation list
     */
    public Optional<AuthorisedOrganisation> organisation(String organisationCode) {
        Objects.requireNonNull(organisationCode, "organisationCode");
        return authorised.stream().filter(o -> o.code().equalsIgnoreCase(organisationCode.strip())).findFirst();
    }

    /**
     * Returns the round closed before its deadline.
     *
     * @param at when it closes
     * @return a copy with {@link #closedEarlyAt()} set
     * @throws InvalidStateException if the round is already closed at that time
     */
    public ForecastRound closeEarly(Instant at) {
        Objects.requireNonNull(at, "at");
        if (stateAt(at) == RoundState.CLOSED) {
            throw new InvalidStateException("Forecast round " + id + " is already closed (since " + closingTime()
                    + "): expected an open or not yet open round to close");
        }
        return new ForecastRound(id, topic, period, initialForecast, authorised, opensAt, closesAt, at);
    }

    /** Assembles a {@link ForecastRound}. Not thread-safe. */
    public static final class Builder {
        private final String id;
        private String topic;
        private ReferencePeriod period;
        private final List<IndicatorValue> initialForecast = new ArrayList<>();
        private final List<AuthorisedOrganisation> authorised = new ArrayList<>();
        private Instant opensAt;
        private Instant closesAt;
        private WorkingCalendar calendar;
        private int workingDays;

        private Builder(String id) {
            this.id = Fields.requireId(id, "id", "a forecast round");
        }

        /**
         * Sets the topic.
         *
         * @param value the topic, in Vietnamese
         * @return this builder
         */
        public Builder topic(String value) {
            this.topic = Fields.requireText(value, "topic", "forecast round " + id);
            return this;
        }

        /**
         * Sets the period forecast.
         *
         * @param value the period
         * @return this builder
         */
        public Builder period(ReferencePeriod value) {
            this.period = Objects.requireNonNull(value, "period");
            return this;
        }

        /**
         * Adds the General Department's initial forecast of indicators.
         *
         * @param values one value per indicator
         * @return this builder
         */
        public Builder initialForecast(IndicatorValue... values) {
            for (IndicatorValue v : values) {
                initialForecast.add(Objects.requireNonNull(v, "value"));
            }
            return this;
        }

        /**
         * Adds the General Department's initial forecast of indicators.
         *
         * @param values one value per indicator
         * @return this builder
         */
        public Builder initialForecast(List<IndicatorValue> values) {
            return initialForecast(values.toArray(IndicatorValue[]::new));
        }

        /**
         * Authorises an organisation to submit.
         *
         * @param code the organisation's code
         * @param name its name
         * @return this builder
         */
        public Builder authorise(String code, String name) {
            return authorise(AuthorisedOrganisation.of(code, name));
        }

        /**
         * Authorises organisations to submit.
         *
         * @param organisations the organisations
         * @return this builder
         */
        public Builder authorise(AuthorisedOrganisation... organisations) {
            authorised.addAll(Arrays.asList(organisations));
            return this;
        }

        /**
         * Sets when submissions start being accepted.
         *
         * @param value the opening time
         * @return this builder
         */
        public Builder opensAt(Instant value) {
            this.opensAt = Objects.requireNonNull(value, "opensAt");
            return this;
        }

        /**
         * Sets the deadline.
         *
         * @param value the first instant at which submissions are refused
         * @return this builder
         */
        public Builder closesAt(Instant value) {
            this.closesAt = Objects.requireNonNull(value, "closesAt");
            this.calendar = null;
            return this;
        }

        /**
         * Sets the deadline to the end of working hours on the n-th working day after the opening
         * day, counted with a working calendar (weekends, public holidays, announced swaps) in the
         * calendar's zone. Computed when the round is built.
         *
         * @param workingCalendar the calendar of the body that runs the round
         * @param days the number of working days, at least 1
         * @return this builder
         * @throws ValidationException if {@code days} is below 1
         */
        public Builder closesAfterWorkingDays(WorkingCalendar workingCalendar, int days) {
            Objects.requireNonNull(workingCalendar, "workingCalendar");
            if (days < 1) {
                throw new ValidationException("days", "Forecast round " + id + " would close after " + days
                        + " working days: expected at least 1");
            }
            this.calendar = workingCalendar;
            this.workingDays = days;
            this.closesAt = null;
            return this;
        }

        /**
         * Builds the round.
         *
         * @return the round, not closed early
         * @throws ValidationException if the topic, period, opening time or deadline is missing, or the
         *     round is otherwise invalid
         */
        public ForecastRound build() {
            if (topic == null || period == null || opensAt == null || closesAt == null && calendar == null) {
                throw new ValidationException("round", "Forecast round " + id + " lacks "
                        + (topic == null ? "a topic" : period == null ? "a period" : opensAt == null
                                ? "an opening time" : "a deadline")
                        + ": expected topic, period, opening time and deadline to be set");
            }
            Instant deadline = closesAt != null ? closesAt : deadline(calendar, opensAt, workingDays);
            return new ForecastRound(id, topic, period, initialForecast, authorised, opensAt, deadline, null);
        }

        private static Instant deadline(WorkingCalendar calendar, Instant opensAt, int days) {
            LocalDate opening = opensAt.atZone(calendar.zone()).toLocalDate();
            LocalDate last = calendar.addWorkingDays(opening, days);
            List<WorkingPeriod> periods = calendar.workingHours().periods();
            return ZonedDateTime.of(last, periods.get(periods.size() - 1).end(), calendar.zone()).toInstant();
        }
    }
}
