package io.github.vncustoms.core.statistics;

import io.github.vncustoms.core.paging.Page;
import io.github.vncustoms.core.paging.PageRequest;
import io.github.vncustoms.core.error.AccessDeniedException;
import io.github.vncustoms.core.error.InvalidStateException;
import io.github.vncustoms.core.error.NotFoundException;
import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.internal.statistics.Fields;
import io.github.vncustoms.core.statistics.spi.ForecastStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs forecast rounds (QĐ 1991/QĐ-TCHQ Art. 9, STA-06): opens a round with the General
 * Department's initial forecast, takes the estimates and opinions of the authorised organisations
 * until the deadline, and aggregates them into the forecast report.
 *
 * <pre>{@code
 * ForecastDesk desk = ForecastDesk.builder().clock(clock).build();
 * desk.open(round);
 * desk.submit(round.id(), ForecastSubmission.of("BCT", "Nguyễn Văn An",
 *         EstimateEntry.of("XK_TRI_GIA", "113500000000", "Đơn hàng điện tử quý III tăng")));
 * ForecastReport report = desk.report(round.id());
 * report.indicator("XK_TRI_GIA").orElseThrow().median();
 * }</pre>
 *
 * <p>The rules:
 * <ul>
 *   <li>only organisations on the round's authorisation list may submit, others get an
 *       {@link AccessDeniedException};
 *   <li>submissions are accepted from the opening time until the deadline or an early close, by
 *       the injected clock; before or after, an {@link InvalidStateException};
 *   <li>one current estimate per organisation and indicator: a resubmission while the round is open
 *       replaces the previous estimate in the report, and the previous one stays on record with its
 *       revision number ({@link #history(String, String, String)}), so every organisation can be held
 *       to what it said and when;
 *   <li>the report aggregates deterministically ({@link ForecastAggregator}).
 * </ul>
 * Who may open and close rounds (the General Department) is the integrator's access control.
 *
 * <p>Immutable and thread-safe if its store is.
 */
public final class ForecastDesk {
    private final ForecastStore store;
    private final Clock clock;
    private final ForecastAggregator aggregator;

    private ForecastDesk(ForecastStore store, Clock clock, ForecastAggregator aggregator) {
        this.store = store;
        this.clock = clock;
        this.aggregator = aggregator;
    }

    /**
     * Starts a desk with an in-memory store, the system UTC clock and the default aggregator.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder with this desk's settings.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder().store(store).clock(clock).aggregator(aggregator);
    }

    /**
     * Opens a round: publishes its initial forecast and authorisation list.
     *
     * @param round the round
     * @return the round
     * @throws ValidationException if the round's deadline has already passed
     * @throws InvalidStateException if a round with that id exists
     */
    public ForecastRound open(ForecastRound round) {
        Objects.requireNonNull(round, "round");
        Instant now = clock.instant();
        if (round.stateAt(now) == RoundState.CLOSED) {
            throw new ValidationException("closesAt", "Forecast round " + round.id() + " closes at "
                    + round.closingTime() + ", which has passed (now " + now + "): expected a deadline in the future");
        }
        store.create(round);
        return round;
    }

    /**
     * Records an organisation's estimates and opinions, attributed to it, its sender and the
     * clock's time (STA-06).
     *
     * @param roundId the round
     * @param submission the estimates
     * @return the recorded estimates, with their revision numbers
     * @throws NotFoundException if no round has that id
     * @throws AccessDeniedException if the organisation is not on the round's authorisation list
     * @throws InvalidStateException if the round is not yet open or already closed
     * @throws ValidationException if an estimate names an indicator the round does not have
     */
    public List<ForecastEstimate> submit(String roundId, ForecastSubmission submission) {
        Objects.requireNonNull(submission, "submission");
        ForecastRound round = round(roundId);
        AuthorisedOrganisation organisation = round.organisation(submission.organisationCode())
                .orElseThrow(() -> new AccessDeniedException("Organisation " + submission.organisationCode()
                        + " is not authorised to submit estimates to forecast round " + round.id()
                        + ": expected one of " + round.authorised().stream().map(AuthorisedOrganisation::code).toList()
                        + " (QĐ 1991/QĐ-TCHQ Art. 9.2)"));
        Instant now = clock.instant();
        RoundState state = round.stateAt(now);
        if (state != RoundState.OPEN) {
            throw new InvalidStateException("Forecast round " + round.id() + " is " + state
                    + (state == RoundState.CLOSED ? " since " + round.closingTime() : " until " + round.opensAt())
                    + ", so the submission of " + organisation.code() + " at " + now
                    + " is refused: expected a submission while the round is open, from " + round.opensAt()
                    + " until before " + round.closingTime());
        }
        for (EstimateEntry entry : submission.estimates()) {
            if (round.initialValue(entry.indicatorCode()).isEmpty()) {
                throw new ValidationException("indicatorCode", "Forecast round " + round.id() + " has no indicator "
                        + entry.indicatorCode() + ": expected one of "
                        + round.indicators().stream().map(Indicator::code).toList());
            }
        }
        List<ForecastEstimate> recorded = store.estimates(round.id());
        List<ForecastEstimate> batch = new ArrayList<>();
        for (EstimateEntry entry : submission.estimates()) {
            int revision = 1 + (int) recorded.stream()
                    .filter(e -> e.organisationCode().equals(organisation.code())
                            && e.indicatorCode().equals(entry.indicatorCode()))
                    .count();
            batch.add(new ForecastEstimate(round.id(), entry.indicatorCode(), organisation.code(), organisation.name(),
                    submission.submittedBy(), now, entry.value(), entry.opinion(), revision));
        }
        store.append(batch);
        return List.copyOf(batch);
    }

    /**
     * Closes a round before its deadline, at the clock's time.
     *
     * @param roundId the round
     * @return the closed round
     * @throws NotFoundException if no round has that id
     * @throws InvalidStateException if the round is already closed
     */
    public ForecastRound close(String roundId) {
        return store.close(round(roundId).id(), clock.instant());
    }

    /**
     * Returns a round's state by the clock.
     *
     * @param roundId the round
     * @return the state now
     * @throws NotFoundException if no round has that id
     */
    public RoundState state(String roundId) {
        return round(roundId).stateAt(clock.instant());
    }

    /**
     * Finds a round.
     *
     * @param roundId the round's identifier
     * @return the round, or empty if none has that id
     */
    public Optional<ForecastRound> find(String roundId) {
        return store.find(Objects.requireNonNull(roundId, "roundId"));
    }

    /**
     * Returns a round.
     *
     * @param roundId the round's identifier
     * @return the round
     * @throws NotFoundException if none has that id
     * @throws ValidationException if the id is malformed
     */
    public ForecastRound round(String roundId) {
        String id = Fields.requireId(Objects.requireNonNull(roundId, "roundId"), "roundId", "a forecast look-up");
        return find(id).orElseThrow(() -> new NotFoundException("No forecast round has id '" + roundId
                + "': expected the id of an opened round"));
    }

    /**
     * Returns every estimate recorded in a round, resubmissions included, in the order recorded.
     *
     * @param roundId the round
     * @return the estimates
     * @throws NotFoundException if no round has that id
     */
    public List<ForecastEstimate> history(String roundId) {
        return store.estimates(round(roundId).id());
    }

    /**
     * Returns what one organisation said about one indicator over time, first estimate first.
     *
     * @param roundId the round
     * @param organisationCode the organisation, any case
     * @param indicatorCode the indicator, any case
     * @return its estimates, revision 1 first; empty if it has none
     * @throws NotFoundException if no round has that id
     */
    public List<ForecastEstimate> history(String roundId, String organisationCode, String indicatorCode) {
        String organisation = Fields.requireCode(organisationCode, "organisationCode", "a forecast look-up");
        String indicator = Fields.requireCode(indicatorCode, "indicatorCode", "a forecast look-up");
        return history(roundId).stream()
                .filter(e -> e.organisationCode().equals(organisation) && e.indicatorCode().equals(indicator))
                .toList();
    }

    /**
     * Aggregates the round's current estimates into the forecast report, as of the clock's time:
     * final if the round is closed, interim otherwise.
     *
     * @param roundId the round
     * @return the report
     * @throws NotFoundException if no round has that id
     */
    public ForecastReport report(String roundId) {
        ForecastRound round = round(roundId);
        Instant now = clock.instant();
        return new ForecastReport(round, now, round.stateAt(now), aggregator.aggregate(round, store.estimates(round.id())));
    }

    /**
     * Lists rounds, latest opening first.
     *
     * @param page which slice
     * @return the page
     */
    public Page<ForecastRound> rounds(PageRequest page) {
        return store.rounds(Objects.requireNonNull(page, "page"));
    }

    /** Configures a {@link ForecastDesk}. Not thread-safe. */
    public static final class Builder {
        private ForecastStore store;
        private Clock clock = Clock.systemUTC();
        private ForecastAggregator aggregator = ForecastAggregator.defaultAggregator();

        private Builder() {}

        /**
         * Sets where rounds and estimates are kept. Default: a new {@link ForecastStore#inMemory()}.
         *
         * @param value the store
         * @return this builder
         */
        public Builder store(ForecastStore value) {
            this.store = Objects.requireNonNull(value, "store");
            return this;
        }

        /**
         * Sets the clock that stamps submissions and decides whether a round is open. Default:
         * {@link Clock#systemUTC()}.
         *
         * @param value the clock
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * Sets how reports aggregate. Default: {@link ForecastAggregator#defaultAggregator()}.
         *
         * @param value the aggregator
         * @return this builder
         */
        public Builder aggregator(ForecastAggregator value) {
            this.aggregator = Objects.requireNonNull(value, "aggregator");
            return this;
        }

        /**
         * Builds the desk.
         *
         * @return an immutable desk
         */
        public ForecastDesk build() {
            return new ForecastDesk(store == null ? ForecastStore.inMemory() : store, clock, aggregator);
        }
    }
}
