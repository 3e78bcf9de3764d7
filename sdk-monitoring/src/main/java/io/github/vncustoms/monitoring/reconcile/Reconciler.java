package io.github.vncustoms.monitoring.reconcile;

import io.github.vncustoms.core.error.ConfigurationException;
import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.org.UnitDirectory;
import io.github.vncustoms.core.time.WorkingCalendar;
import io.github.vncustoms.monitoring.internal.Fields;
import io.github.vncustoms.monitoring.internal.reconcile.Engine;
import io.github.vncustoms.monitoring.internal.reconcile.EngineConfig;
import io.github.vncustoms.monitoring.internal.reconcile.FlowIndex;
import io.github.vncustoms.monitoring.internal.reconcile.LaneSpec;
import io.github.vncustoms.monitoring.internal.reconcile.Texts;
import io.github.vncustoms.monitoring.internal.reconcile.UnitIndex;
import io.github.vncustoms.monitoring.transfer.RecordedTransfer;
import io.github.vncustoms.monitoring.transfer.TransferEvent;
import io.github.vncustoms.monitoring.transfer.TransferMatrix;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reconciles transfers (MON-T-04): matches export, transmission, receipt and update per file and per
 * run, and against the expected schedules, and reports each {@link Discrepancy} with the figures on
 * both sides, and each run's Annex I figures as a {@link RunSummary} (MON-T-02, MON-T-03).
 *
 * <pre>{@code
 * Reconciler reconciler = Reconciler.builder(TransferMatrix.qd3035())
 *         .directory(UnitDirectories.sample())
 *         .receiveWithin(Duration.ofMinutes(30))
 *         .applyWithin(Duration.ofMinutes(30))
 *         .settleAfter(Duration.ofHours(2))
 *         .schedule(ExpectedTransfer.of("SLXNK-BRANCH-30MIN", "SLXNK", ExpectedTransfer.Senders.everyUnitAtLevel(3),
 *                 ExpectedTransfer.Receivers.parent(),
 *                 ExpectedTransfer.Cadence.everyInWorkingHours(Duration.ofMinutes(30))))
 *         .build();
 * // as a stream
 * try (ReconciliationSession session = reconciler.open(dayStart, incidents)) {
 *     events.forEach(session::accept);   // advancing the watermark as the stream goes
 *     session.finish(dayEnd);
 * }
 * // or in one go
 * ReconciliationResult result = reconciler.reconcile(events, dayStart, dayEnd);
 * }</pre>
 *
 * <h2>What is found</h2>
 * A file is identified by {@code (system, fromUnit, runId, fileName)}, a run by
 * {@code (system, fromUnit, runId)}; the {@code ExportRun} lists the run's files. The receiving unit
 * a receipt or update names is not compared with the export run's: each event's flow is checked
 * against the matrix when it is accepted. When a run is settled (its export time plus
 * {@link #settleAfter()}):
 * <ul>
 *   <li>{@link DiscrepancyKind#MISSING_AT_RECEIVER}: a listed file with no receipt.
 *   <li>{@link DiscrepancyKind#UNEXPECTED_FILE}: a file transmitted, received or updated that no
 *       export run lists (decided at settlement, so an export run reported late still matches).
 *   <li>{@link DiscrepancyKind#SIZE_MISMATCH}: the transmitted or received size differs from the
 *       exported one, or the updated size from the received one (the exported one if no receipt).
 *   <li>{@link DiscrepancyKind#CHECKSUM_MISMATCH}: both checksums known and different.
 *   <li>{@link DiscrepancyKind#RECEIVED_NOT_APPLIED}: received, never updated, where the flow updates
 *       at all: where the matrix has no {@code APPLY} on the flow (risk data at a department, Art. 9)
 *       a missing update is not a discrepancy.
 *   <li>{@link DiscrepancyKind#APPLY_FAILED}: an update reported an error (the text is in
 *       {@code actual}), even if a later update succeeded.
 *   <li>{@link DiscrepancyKind#DUPLICATE_DELIVERY}: received more than once; one per file with the count.
 *   <li>{@link DiscrepancyKind#LATE}: received more than {@link #receiveWithin()} after export, or
 *       updated more than {@link #applyWithin()} after receipt.
 *   <li>{@link DiscrepancyKind#TOTALS_MISMATCH}: the Annex I comparison per run: exported count and
 *       size against the distinct files received and their size (of the first receipt), and, where
 *       the flow updates, against the size updated.
 * </ul>
 * Separately, as the watermark passes their time: {@link DiscrepancyKind#STALE_VERSION} for an update
 * whose version ({@code FileApplied.VERSION_ORDER}) is older than one already applied earlier at the
 * same unit for the same system; and, for each schedule slot, {@link DiscrepancyKind#EXPECTED_RUN_MISSING}
 * or (daily deadline met late) {@link DiscrepancyKind#LATE}. Where a file has several receipts or
 * updates, the earliest counts; every figure comes from the events alone, so the result does not
 * depend on their arrival order. Texts are Vietnamese unless {@link Builder#locale(Locale)} asks for
 * English; times in them are local to the calendar's zone.
 *
 * <p>Immutable and thread-safe: build once, open any number of sessions.
 */
public final class Reconciler {
    private static final Duration DEFAULT_WITHIN = Duration.ofMinutes(30);
    private static final Duration DEFAULT_SETTLE = Duration.ofHours(2);
    private static final Duration LONGEST = Duration.ofDays(366);

    private final TransferMatrix matrix;
    private final UnitDirectory directory;
    private final WorkingCalendar calendar;
    private final Duration receiveWithin;
    private final Duration applyWithin;
    private final Duration settleAfter;
    private final Duration rememberSettledFor;
    /** As set on the builder; {@code null} follows the settle time, also in a {@link #toBuilder()} copy. */
    private final Duration rememberSetting;
    private final Locale locale;
    private final List<ExpectedTransfer> schedules;
    private final EngineConfig config;

    private Reconciler(Builder b) {
        this.matrix = b.matrix;
        this.directory = b.directory;
        this.calendar = b.calendar != null ? b.calendar : WorkingCalendar.defaultCalendar();
        this.receiveWithin = b.receiveWithin;
        this.applyWithin = b.applyWithin;
        this.settleAfter = b.settleAfter;
        this.rememberSetting = b.rememberSettledFor;
        this.rememberSettledFor = b.rememberSettledFor != null ? b.rememberSettledFor : b.settleAfter;
        this.locale = b.locale;
        this.schedules = List.copyOf(b.schedules.values());
        if (settleAfter.compareTo(receiveWithin.plus(applyWithin)) < 0) {
            throw new ValidationException("settleAfter", "Settle time " + settleAfter + " is shorter than receiveWithin "
                    + receiveWithin + " + applyWithin " + applyWithin + ": expected at least "
                    + receiveWithin.plus(applyWithin) + ", so that a file received and updated in time is settled after both");
        }
        if (!schedules.isEmpty() && directory == null) {
            throw new ValidationException("directory", "Schedules " + b.schedules.keySet()
                    + " need a unit directory to expand: expected Reconciler.Builder.directory(...)");
        }
        FlowIndex flows = FlowIndex.of(matrix);
        UnitIndex units = directory == null ? null : UnitIndex.of(directory);
        List<LaneSpec> lanes = schedules.isEmpty() ? List.of() : LaneSpec.expand(schedules, directory, units, flows);
        this.config = new EngineConfig(matrix, flows, directory, units, calendar, receiveWithin, applyWithin,
                settleAfter, rememberSettledFor, locale, lanes);
    }

    /**
     * Starts a reconciler over a transfer matrix.
     *
     * @param matrix the flows and operations that exist, e.g. {@link TransferMatrix#qd3035()}
     * @return a builder with the defaults: 30 minutes to receive, 30 minutes to update, settled after
     *     2 hours, {@link WorkingCalendar#defaultCalendar()}, Vietnamese texts, no schedules
     * @throws ValidationException if the matrix is missing
     */
    public static Builder builder(TransferMatrix matrix) {
        return new Builder(Fields.present(matrix, "matrix", "a transfer matrix, e.g. TransferMatrix.qd3035()"));
    }

    /**
     * Returns a builder preset to this reconciler's settings.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(matrix);
        b.directory = directory;
        b.calendar = calendar;
        b.receiveWithin = receiveWithin;
        b.applyWithin = applyWithin;
        b.settleAfter = settleAfter;
        b.rememberSettledFor = rememberSetting;
        b.locale = locale;
        schedules.forEach(s -> b.schedules.put(s.id(), s));
        return b;
    }

    /**
     * Opens a streaming session.
     *
     * @param start where the session starts: its first watermark, and the start of the schedule
     *     slots it checks (a slot is checked if it opens at or after the start)
     * @param listener receives each discrepancy and run summary, on the thread that drives the session
     * @return the session; not thread-safe
     * @throws ValidationException if an argument is missing
     */
    public ReconciliationSession open(Instant start, ReconciliationListener listener) {
        Fields.instant(start, "start");
        Fields.present(listener, "listener", "a reconciliation listener");
        return new ReconciliationSession(new Engine(config, start, listener));
    }

    /**
     * Reconciles a batch of events: opens a session at {@code from}, accepts every event (in any
     * order), and finishes at {@code to}.
     *
     * @param events the events, whatever their time
     * @param from the start of the period: schedule slots opening from here are checked
     * @param to the end of the period: schedule slots due by here are checked
     * @return every discrepancy and run summary, sorted
     * @throws ValidationException if {@code to} is before {@code from}, an event's unit or flow is
     *     not known, or one run is reported twice with different figures
     * @throws ConfigurationException if the reconciler has no unit directory
     */
    public ReconciliationResult reconcile(Iterable<? extends TransferEvent> events, Instant from, Instant to) {
        Fields.present(events, "events", "the events to reconcile");
        return batch(from, to, session -> events.forEach(session::accept));
    }

    /**
     * Reconciles a batch of recorded transfers, e.g. a ledger's scan of a day; as
     * {@link #reconcile(Iterable, Instant, Instant)}, with the levels the ledger recorded.
     *
     * @param records the recorded transfers
     * @param from the start of the period
     * @param to the end of the period
     * @return every discrepancy and run summary, sorted
     * @throws ValidationException if {@code to} is before {@code from}, or one run is reported twice
     *     with different figures
     */
    public ReconciliationResult reconcileRecorded(Iterable<? extends RecordedTransfer> records, Instant from, Instant to) {
        Fields.present(records, "records", "the recorded transfers to reconcile");
        return batch(from, to, session -> records.forEach(session::accept));
    }

    private ReconciliationResult batch(Instant from, Instant to, java.util.function.Consumer<ReconciliationSession> feed) {
        Fields.instant(from, "from");
        Fields.instant(to, "to");
        if (to.isBefore(from)) {
            throw new ValidationException("to", "The period ends at " + to + " before it starts at " + from
                    + ": expected to at or after from");
        }
        List<Discrepancy> discrepancies = new ArrayList<>();
        List<RunSummary> runs = new ArrayList<>();
        try (ReconciliationSession session = open(from, new ReconciliationListener() {
            @Override
            public void discrepancy(Discrepancy discrepancy) {
                discrepancies.add(discrepancy);
            }

            @Override
            public void runReconciled(RunSummary summary) {
                runs.add(summary);
            }
        })) {
            feed.accept(session);
            session.finish(to);
        }
        return new ReconciliationResult(discrepancies, runs);
    }

    /**
     * Returns the transfer matrix.
     *
     * @return the matrix
     */
    public TransferMatrix matrix() {
        return matrix;
    }

    /**
     * Returns the working calendar, whose zone gives the days and times of schedules and texts.
     *
     * @return the calendar
     */
    public WorkingCalendar calendar() {
        return calendar;
    }

    /**
     * Returns the longest time from export to the end of receipt before a receipt is late.
     *
     * @return the duration
     */
    public Duration receiveWithin() {
        return receiveWithin;
    }

    /**
     * Returns the longest time from the end of receipt to the end of the update before an update is late.
     *
     * @return the duration
     */
    public Duration applyWithin() {
        return applyWithin;
    }

    /**
     * Returns how long after its export a run is settled: absence then becomes missing or not applied.
     *
     * @return the duration
     */
    public Duration settleAfter() {
        return settleAfter;
    }

    /**
     * Returns how long after its deadline a settled run's files are remembered, so that late
     * receipts are still recognised as duplicates.
     *
     * @return the duration; zero when nothing is remembered
     */
    public Duration rememberSettledFor() {
        return rememberSettledFor;
    }

    /**
     * Returns the language of the texts.
     *
     * @return {@link Locale#ENGLISH} or Vietnamese
     */
    public Locale locale() {
        return locale;
    }

    /**
     * Returns the schedules, in the order they were added.
     *
     * @return an unmodifiable list
     */
    public List<ExpectedTransfer> schedules() {
        return schedules;
    }

    @Override
    public String toString() {
        return "Reconciler[receiveWithin=" + receiveWithin + ", applyWithin=" + applyWithin + ", settleAfter="
                + settleAfter + ", schedules=" + schedules.size() + "]";
    }

    /**
     * Builds a {@link Reconciler}. Each setter checks its argument at once; {@link #build()} checks
     * them together and expands the schedules.
     *
     * <p>Not thread-safe.
     */
    public static final class Builder {
        private final TransferMatrix matrix;
        private UnitDirectory directory;
        private WorkingCalendar calendar;
        private Duration receiveWithin = DEFAULT_WITHIN;
        private Duration applyWithin = DEFAULT_WITHIN;
        private Duration settleAfter = DEFAULT_SETTLE;
        private Duration rememberSettledFor;
        private Locale locale = Texts.VIETNAMESE;
        private final Map<String, ExpectedTransfer> schedules = new LinkedHashMap<>();

        private Builder(TransferMatrix matrix) {
            this.matrix = matrix;
        }

        /**
         * Sets the unit directory, needed to accept plain {@link TransferEvent}s (their levels come
         * from it) and to expand schedules.
         *
         * @param directory the units
         * @return this builder
         * @throws ValidationException if it is missing
         */
        public Builder directory(UnitDirectory directory) {
            this.directory = Fields.present(directory, "directory", "a unit directory");
            return this;
        }

        /**
         * Sets the working calendar (days, working hours and zone of schedules and texts).
         *
         * @param calendar the calendar; default {@link WorkingCalendar#defaultCalendar()}
         * @return this builder
         * @throws ValidationException if it is missing
         */
        public Builder calendar(WorkingCalendar calendar) {
            this.calendar = Fields.present(calendar, "calendar", "a working calendar");
            return this;
        }

        /**
         * Sets the longest time from export to the end of receipt; a later receipt is
         * {@link DiscrepancyKind#LATE}.
         *
         * @param limit a positive duration, at most 366 days; default 30 minutes
         * @return this builder
         * @throws ValidationException if it is missing, zero, negative or longer than 366 days
         */
        public Builder receiveWithin(Duration limit) {
            this.receiveWithin = positive(limit, "receiveWithin");
            return this;
        }

        /**
         * Sets the longest time from the end of receipt to the end of the update; a later update is
         * {@link DiscrepancyKind#LATE}.
         *
         * @param limit a positive duration, at most 366 days; default 30 minutes
         * @return this builder
         * @throws ValidationException if it is missing, zero, negative or longer than 366 days
         */
        public Builder applyWithin(Duration limit) {
            this.applyWithin = positive(limit, "applyWithin");
            return this;
        }

        /**
         * Sets how long after its export a run's state is settled: what has not arrived by then is
         * {@link DiscrepancyKind#MISSING_AT_RECEIVER} or {@link DiscrepancyKind#RECEIVED_NOT_APPLIED}.
         * Also how long after a daily deadline a first receipt is late rather than missing. Must be
         * at least {@code receiveWithin + applyWithin}, checked by {@link #build()}.
         *
         * @param settleAfter a positive duration, at most 366 days; default 2 hours
         * @return this builder
         * @throws ValidationException if it is missing, zero, negative or longer than 366 days
         */
        public Builder settleAfter(Duration settleAfter) {
            this.settleAfter = positive(settleAfter, "settleAfter");
            return this;
        }

        /**
         * Sets how long after its deadline a settled run's files are still remembered (a few fields
         * each) so that late receipts are recognised as duplicates; zero forgets them at once.
         *
         * @param duration zero or more, at most 366 days; default the settle time
         * @return this builder
         * @throws ValidationException if it is missing, negative or longer than 366 days
         */
        public Builder rememberSettledFor(Duration duration) {
            Fields.present(duration, "rememberSettledFor", "a duration, zero or more");
            if (duration.isNegative() || duration.compareTo(LONGEST) > 0) {
                throw new ValidationException("rememberSettledFor", "rememberSettledFor " + duration
                        + " is out of range: expected zero to 366 days");
            }
            this.rememberSettledFor = duration;
            return this;
        }

        /**
         * Sets the language of the texts: English for a locale whose language is {@code en},
         * Vietnamese (the default) for any other.
         *
         * @param locale the locale
         * @return this builder
         * @throws ValidationException if it is missing
         */
        public Builder locale(Locale locale) {
            this.locale = Texts.language(Fields.present(locale, "locale", "a locale, vi or en"));
            return this;
        }

        /**
         * Adds an expected transfer. Needs a {@link #directory(UnitDirectory)}; checked against the
         * matrix by {@link #build()}.
         *
         * @param schedule the schedule
         * @return this builder
         * @throws ValidationException if it is missing or another schedule has the same id
         */
        public Builder schedule(ExpectedTransfer schedule) {
            Fields.present(schedule, "schedule", "an expected transfer");
            if (schedules.containsKey(schedule.id())) {
                throw new ValidationException("schedule", "Schedule id " + schedule.id()
                        + " is already used: expected each schedule to have its own id");
            }
            schedules.put(schedule.id(), schedule);
            return this;
        }

        /**
         * Builds the reconciler.
         *
         * @return the reconciler
         * @throws ValidationException if the settle time is shorter than {@code receiveWithin +
         *     applyWithin}, schedules are given without a directory, or a schedule names an unknown
         *     unit or a flow the matrix does not have
         */
        public Reconciler build() {
            return new Reconciler(this);
        }

        private static Duration positive(Duration d, String field) {
            Fields.present(d, field, "a positive duration");
            if (d.isZero() || d.isNegative() || d.compareTo(LONGEST) > 0) {
                throw new ValidationException(field, field + " " + d + " is out of range: expected above zero and at most 366 days");
            }
            return d;
        }
    }
}
