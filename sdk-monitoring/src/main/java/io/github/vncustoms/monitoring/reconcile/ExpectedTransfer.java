package io.github.vncustoms.monitoring.reconcile;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.monitoring.internal.Fields;
import java.time.Duration;
import java.time.LocalTime;

/**
 * A transfer that is expected to happen on a schedule, so that runs that never happen are found too
 * ({@link DiscrepancyKind#EXPECTED_RUN_MISSING}, MON-T-01, MON-T-04): which system, who sends, to
 * whom, and how often.
 *
 * <p>The two examples:
 * <pre>{@code
 * // each branch sends declarations to its department every 30 minutes (in working hours)
 * ExpectedTransfer declarations = ExpectedTransfer.of("SLXNK-BRANCH-30MIN", "SLXNK",
 *         Senders.everyUnitAtLevel(3), Receivers.parent(),
 *         Cadence.everyInWorkingHours(Duration.ofMinutes(30)));
 * // tax-debt lists reach every branch by 17:00 on working days
 * ExpectedTransfer taxDebt = ExpectedTransfer.of("KT559-DEBT-1700", "KT559",
 *         Senders.unit("TCHQ"), Receivers.everyUnitAtLevelBelow(3),
 *         Cadence.dailyBy(LocalTime.of(17, 0)));
 * }</pre>
 *
 * <p>A {@link Reconciler} expands a schedule over its unit directory into one expectation per
 * sender and receiver, and checks each against the transfer matrix when it is built. Schedules are
 * matched on offices: a headquarters division sends and receives as headquarters.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the schedule's identifier, unique within a reconciler; named in every discrepancy it causes
 * @param system the business system's code
 * @param senders who sends
 * @param receivers to whom
 * @param cadence how often, and by when
 */
public record ExpectedTransfer(String id, String system, Senders senders, Receivers receivers, Cadence cadence) {

    /**
     * Validates and normalises.
     *
     * @throws ValidationException if a field is missing or malformed
     */
    public ExpectedTransfer {
        id = Fields.id(id, "id");
        system = Fields.system(system);
        Fields.present(senders, "senders", "Senders.unit(code) or Senders.everyUnitAtLevel(level)");
        Fields.present(receivers, "receivers", "Receivers.parent(), Receivers.unit(code) or Receivers.everyUnitAtLevelBelow(level)");
        Fields.present(cadence, "cadence", "Cadence.every(duration), Cadence.everyInWorkingHours(duration) or Cadence.dailyBy(time)");
    }

    /**
     * Creates a schedule.
     *
     * @param id the schedule's identifier
     * @param system the system code
     * @param senders who sends
     * @param receivers to whom
     * @param cadence how often
     * @return the schedule
     * @throws ValidationException if a field is missing or malformed
     */
    public static ExpectedTransfer of(String id, String system, Senders senders, Receivers receivers, Cadence cadence) {
        return new ExpectedTransfer(id, system, senders, receivers, cadence);
    }

    /**
     * Who sends: one unit, or every office of a level.
     *
     * <p>Immutable and thread-safe.
     *
     * @param unit the sending unit's code, or {@code ""} for every office of {@code level}
     * @param level the level rank whose every office sends, or 0 when {@code unit} is given
     */
    public record Senders(String unit, int level) {
        /**
         * Validates: exactly one of a unit and a level.
         *
         * @throws ValidationException if both or neither are given, the code is malformed or the
         *     level outside 1–9
         */
        public Senders {
            if (unit == null || unit.isBlank()) {
                unit = "";
                checkLevel(level, "senders.level");
            } else {
                unit = Fields.unit(unit, "senders.unit");
                if (level != 0) {
                    throw new ValidationException("senders.level", "Senders name unit " + unit + " and level " + level
                            + ": expected a unit or a level, not both");
                }
            }
        }

        /**
         * One sending unit.
         *
         * @param code the unit's code
         * @return the senders
         * @throws ValidationException if the code is malformed
         */
        public static Senders unit(String code) {
            return new Senders(Fields.require(code, "senders.unit"), 0);
        }

        /**
         * Every office of a level, e.g. every branch (3).
         *
         * @param level the level rank
         * @return the senders
         * @throws ValidationException if the level is outside 1–9
         */
        public static Senders everyUnitAtLevel(int level) {
            return new Senders("", level);
        }

        /**
         * Tells whether every office of a level sends.
         *
         * @return {@code true} unless one unit is named
         */
        public boolean everyUnit() {
            return unit.isEmpty();
        }
    }

    /**
     * To whom each sender sends.
     *
     * <p>Immutable and thread-safe.
     *
     * @param target which of the three forms this is
     * @param unit the receiving unit's code for {@link Target#UNIT}, {@code ""} otherwise
     * @param level the level rank for {@link Target#EVERY_UNIT_AT_LEVEL_BELOW}, 0 otherwise
     */
    public record Receivers(Target target, String unit, int level) {
        /** The forms of receivers. Immutable. */
        public enum Target {
            /** The sender's parent office (a branch's department, a department's headquarters). */
            PARENT,
            /** One given unit. */
            UNIT,
            /** Every office of a given level below the sender. */
            EVERY_UNIT_AT_LEVEL_BELOW
        }

        /**
         * Validates: the unit and level fit the target.
         *
         * @throws ValidationException if the target is missing, or the unit or level does not fit it
         */
        public Receivers {
            Fields.present(target, "receivers.target", "PARENT, UNIT or EVERY_UNIT_AT_LEVEL_BELOW");
            unit = unit == null ? "" : unit.strip();
            switch (target) {
                case PARENT -> {
                    if (!unit.isEmpty() || level != 0) {
                        throw new ValidationException("receivers", "Receivers PARENT take no unit or level: expected unit \"\" and level 0");
                    }
                }
                case UNIT -> {
                    unit = Fields.unit(unit, "receivers.unit");
                    if (level != 0) {
                        throw new ValidationException("receivers.level", "Receivers UNIT " + unit + " take no level: expected level 0");
                    }
                }
                case EVERY_UNIT_AT_LEVEL_BELOW -> {
                    if (!unit.isEmpty()) {
                        throw new ValidationException("receivers.unit", "Receivers EVERY_UNIT_AT_LEVEL_BELOW take no unit: expected unit \"\"");
                    }
                    checkLevel(level, "receivers.level");
                }
                default -> throw new IllegalStateException(target.name());
            }
        }

        /**
         * The sender's parent office.
         *
         * @return the receivers
         */
        public static Receivers parent() {
            return new Receivers(Target.PARENT, "", 0);
        }

        /**
         * One given unit.
         *
         * @param code the unit's code
         * @return the receivers
         * @throws ValidationException if the code is malformed
         */
        public static Receivers unit(String code) {
            return new Receivers(Target.UNIT, Fields.require(code, "receivers.unit"), 0);
        }

        /**
         * Every office of a level below the sender, e.g. every branch (3) below headquarters.
         *
         * @param level the level rank
         * @return the receivers
         * @throws ValidationException if the level is outside 1–9
         */
        public static Receivers everyUnitAtLevelBelow(int level) {
            return new Receivers(Target.EVERY_UNIT_AT_LEVEL_BELOW, "", level);
        }
    }

    /**
     * How often a transfer is expected, in the working calendar's zone (Asia/Ho_Chi_Minh by default).
     *
     * <ul>
     *   <li>Every {@code interval}: the day is cut into slots of that length from local midnight,
     *       and each slot expects an export run from the sender to the receiver exported within it
     *       (optionally only slots that start within working hours on working days). A slot is
     *       decided when it ends.
     *   <li>Daily by {@code deadline}: on each working day the receiver expects to have received a
     *       file from the sender between midnight and the deadline. A first receipt after the
     *       deadline but within the reconciler's settle time is {@link DiscrepancyKind#LATE};
     *       nothing by then is {@link DiscrepancyKind#EXPECTED_RUN_MISSING}.
     * </ul>
     *
     * <p>Immutable and thread-safe.
     *
     * @param interval the slot length, or {@code null} for a daily deadline; from 1 minute to 24
     *     hours, dividing a day exactly
     * @param workingHoursOnly whether only slots that start within working hours on working days
     *     expect a run; {@code false} for a daily deadline
     * @param deadline the local time of the daily deadline, or {@code null} for an interval
     */
    public record Cadence(Duration interval, boolean workingHoursOnly, LocalTime deadline) {
        private static final long DAY_SECONDS = 86_400;

        /**
         * Validates: exactly one of an interval and a deadline.
         *
         * @throws ValidationException if both or neither are given, or the interval is shorter
         *     than a minute, longer than a day, or does not divide a day
         */
        public Cadence {
            if ((interval == null) == (deadline == null)) {
                throw new ValidationException("cadence", "A cadence needs either an interval or a daily deadline"
                        + ": expected Cadence.every(duration), Cadence.everyInWorkingHours(duration) or Cadence.dailyBy(time)");
            }
            if (interval != null) {
                long s = interval.getSeconds();
                if (interval.getNano() != 0 || s < 60 || s > DAY_SECONDS || DAY_SECONDS % s != 0) {
                    throw new ValidationException("cadence.interval", "Interval " + interval
                            + " does not cut a day into equal slots: expected whole seconds from 1 minute to 24 hours"
                            + " that divide 24 hours (e.g. 15 min, 30 min, 1 h)");
                }
            } else if (workingHoursOnly) {
                throw new ValidationException("cadence.workingHoursOnly", "A daily deadline already applies to working days only"
                        + ": expected workingHoursOnly false with a deadline");
            }
        }

        /**
         * Every interval, around the clock, every day.
         *
         * @param interval the slot length
         * @return the cadence
         * @throws ValidationException if the interval does not divide a day
         */
        public static Cadence every(Duration interval) {
            return new Cadence(Fields.present(interval, "cadence.interval", "a duration"), false, null);
        }

        /**
         * Every interval, for the slots that start within working hours on working days.
         *
         * @param interval the slot length
         * @return the cadence
         * @throws ValidationException if the interval does not divide a day
         */
        public static Cadence everyInWorkingHours(Duration interval) {
            return new Cadence(Fields.present(interval, "cadence.interval", "a duration"), true, null);
        }

        /**
         * By a local time on every working day.
         *
         * @param deadline the local time
         * @return the cadence
         */
        public static Cadence dailyBy(LocalTime deadline) {
            return new Cadence(null, false, Fields.present(deadline, "cadence.deadline", "a local time"));
        }

        /**
         * Tells whether this is a daily deadline rather than an interval.
         *
         * @return {@code true} for {@link #dailyBy(LocalTime)}
         */
        public boolean daily() {
            return deadline != null;
        }
    }

    private static void checkLevel(int level, String field) {
        if (level < 1 || level > 9) {
            throw new ValidationException(field, field + " " + level + " is out of range: expected a level rank 1 to 9");
        }
    }
}
