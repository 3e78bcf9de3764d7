package io.github.vncustoms.valuation.duty;

import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.time.WorkingCalendar;
import io.github.vncustoms.valuation.goods.GoodsDescriptor;
import io.github.vncustoms.valuation.observation.PriceObservation;
import io.github.vncustoms.valuation.source.PriceSource;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One declaration-file result entered after the day its value was determined (QĐ 2344 Art. 7.1.a.1;
 * VAL-18): which result, from which source, for which goods, determined when, entered when and by
 * whom, and how many calendar days late (Asia/Ho_Chi_Minh days).
 *
 * <p>Immutable and thread-safe.
 *
 * @param observationId the observation's id
 * @param source its source, one with the same-day duty
 * @param goods the goods
 * @param determinedOn the day the value was determined
 * @param enteredAt when it was entered
 * @param daysLate calendar days from the day determined to the day entered, at least 1
 * @param enteringUnit the unit that entered it
 * @param enteringOfficer the officer who entered it
 * @param reference the declaration number or document, may be empty
 */
public record LateEntry(String observationId, PriceSource source, GoodsDescriptor goods, LocalDate determinedOn,
        Instant enteredAt, long daysLate, String enteringUnit, String enteringOfficer, String reference) {
    /**
     * Validates the entry.
     *
     * @throws ValidationException if the days late do not follow from the two dates, or are not positive
     */
    public LateEntry {
        Objects.requireNonNull(observationId, "observationId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(goods, "goods");
        Objects.requireNonNull(determinedOn, "determinedOn");
        Objects.requireNonNull(enteredAt, "enteredAt");
        Objects.requireNonNull(enteringUnit, "enteringUnit");
        Objects.requireNonNull(enteringOfficer, "enteringOfficer");
        Objects.requireNonNull(reference, "reference");
        long days = ChronoUnit.DAYS.between(determinedOn, enteredAt.atZone(WorkingCalendar.VIETNAM_ZONE).toLocalDate());
        if (daysLate != days || daysLate < 1) {
            throw new ValidationException("daysLate", "Result " + observationId + " determined on " + determinedOn
                    + " and entered at " + enteredAt + " is said to be " + daysLate + " day(s) late: expected " + days
                    + ", and at least 1 for a late entry");
        }
    }

    /**
     * Tells whether an observation is a late entry: a result with the same-day duty entered on a later
     * Vietnamese day than the day its value was determined.
     *
     * @param observation the observation
     * @return {@code true} if it is late
     */
    public static boolean isLate(PriceObservation observation) {
        Objects.requireNonNull(observation, "observation");
        return observation.source().sameDayDuty() && observation.enteredOn().isAfter(observation.determinedOn());
    }

    /**
     * Returns the late entry of an observation.
     *
     * @param observation the observation, {@linkplain #isLate(PriceObservation) late}
     * @return the late entry
     * @throws ValidationException if the observation has no same-day duty or was entered on time
     */
    public static LateEntry of(PriceObservation observation) {
        if (!isLate(observation)) {
            throw new ValidationException("observation", "Observation " + observation.id() + " from "
                    + observation.source() + ", determined on " + observation.determinedOn() + " and entered on "
                    + observation.enteredOn() + ", is not a late entry: expected a result with the same-day duty "
                    + "entered on a later day (VAL-18)");
        }
        long days = ChronoUnit.DAYS.between(observation.determinedOn(), observation.enteredOn());
        return new LateEntry(observation.id(), observation.source(), observation.goods(), observation.determinedOn(),
                observation.enteredAt(), days, observation.enteringUnit(), observation.enteringOfficer(), observation.reference());
    }

    /**
     * Returns the day it was entered, Asia/Ho_Chi_Minh.
     *
     * @return the entry day
     */
    public LocalDate enteredOn() {
        return enteredAt.atZone(WorkingCalendar.VIETNAM_ZONE).toLocalDate();
    }
}
