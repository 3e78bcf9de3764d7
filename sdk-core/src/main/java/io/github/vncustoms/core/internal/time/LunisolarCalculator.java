package io.github.vncustoms.core.internal.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out the months of a lunisolar year from the astronomical rules of the Vietnamese (and
 * Chinese) calendar, for the days of one fixed UTC offset:
 *
 * <ol>
 *   <li>a month starts on the local day of a true new moon and lasts until the next one;
 *   <li>the month holding the winter solstice (Sun at 270°) is month 11;
 *   <li>when 13 months start between two months 11, the first of them after month 11 that holds
 *       no major solar term (no multiple of 30° of solar longitude) is a leap month and repeats
 *       the number of the month before it.
 * </ol>
 *
 * <p>A month holds a major term when the term falls on one of its local days, that is, when the
 * Sun's longitude at the local midnight that starts the month and at the one that starts the next
 * month lie in different 30° sectors.
 *
 * <p>Immutable and thread-safe; it keeps no cache (callers cache whole years).
 */
public final class LunisolarCalculator {
    /** Julian day of 1970-01-01T00:00Z. */
    private static final double EPOCH_JULIAN_DAY = 2440587.5;

    private final double offsetDays;

    /**
     * One month of a lunar year.
     *
     * @param year the lunar year the month belongs to
     * @param month the month number, 1 to 12
     * @param leap whether it is the leap month repeating {@code month}
     * @param firstEpochDay the local day it starts on, as {@link LocalDate#toEpochDay()}
     * @param length its number of days, 29 or 30
     */
    public record MonthSpan(int year, int month, boolean leap, long firstEpochDay, int length) {}

    /** The months from one month 11 (inclusive) to the next (exclusive). */
    private record Sui(long[] starts, int leapIndex) {
        int size() {
            return starts.length - 1;
        }
    }

    /**
     * Creates a calculator for the days of one UTC offset.
     *
     * @param offsetSeconds the offset from UTC in seconds, e.g. {@code 25200} for UTC+7
     */
    public LunisolarCalculator(int offsetSeconds) {
        this.offsetDays = offsetSeconds / 86400.0;
    }

    /**
     * Returns the months of a lunar year in order, month 1 first, leap month after its namesake.
     *
     * @param year the lunar year, i.e. the Gregorian year its month 1 starts in
     * @return 12 or 13 months
     */
    public List<MonthSpan> months(int year) {
        List<MonthSpan> out = new ArrayList<>(13);
        collect(sui(year - 1), year, true, out);
        collect(sui(year), year, false, out);
        return out;
    }

    /**
     * Returns the local day of the new moon of lunation {@code k}.
     *
     * @param k the lunation number (0 is the new moon of 6 January 2000)
     * @return the local day as {@link LocalDate#toEpochDay()}
     */
    public long newMoonDay(long k) {
        double jde = NewMoon.jde(k);
        double julianDayUt = jde - DeltaT.days(jde);
        return (long) Math.floor(julianDayUt - EPOCH_JULIAN_DAY + offsetDays);
    }

    /**
     * Returns the Sun's apparent longitude at the local midnight that starts a day.
     *
     * @param epochDay the local day as {@link LocalDate#toEpochDay()}
     * @return degrees in {@code [0, 360)}
     */
    public double longitudeAtStartOf(long epochDay) {
        return SunLongitude.apparentDegreesAtUt(epochDay + EPOCH_JULIAN_DAY - offsetDays);
    }

    private int sector(long epochDay) {
        return (int) Math.floor(longitudeAtStartOf(epochDay) / 30.0);
    }

    /** Lunation number of the month that holds the winter solstice of a Gregorian year. */
    private long month11(int gregorianYear) {
        long firstOfNovember = LocalDate.of(gregorianYear, 11, 1).toEpochDay();
        long k = NewMoon.nearestLunation(firstOfNovember + EPOCH_JULIAN_DAY);
        long start = newMoonDay(k);
        for (int guard = 0; guard < 6; guard++, k++) {
            long next = newMoonDay(k + 1);
            if (longitudeAtStartOf(start) < 270.0 && longitudeAtStartOf(next) >= 270.0) {
                return k;
            }
            start = next;
        }
        throw new IllegalStateException("no month holds the winter solstice of " + gregorianYear);
    }

    private Sui sui(int gregorianYear) {
        long first = month11(gregorianYear);
        int size = (int) (month11(gregorianYear + 1) - first);
        long[] starts = new long[size + 1];
        for (int i = 0; i <= size; i++) {
            starts[i] = newMoonDay(first + i);
        }
        int leapIndex = -1;
        if (size == 13) {
            int sectorAtStart = sector(starts[1]);
            for (int i = 1; i < size && leapIndex < 0; i++) {
                int sectorAtEnd = sector(starts[i + 1]);
                if (sectorAtStart == sectorAtEnd) {
                    leapIndex = i;
                }
                sectorAtStart = sectorAtEnd;
            }
        } else if (size != 12) {
            throw new IllegalStateException(size + " months between the solstices of " + gregorianYear
                    + " and " + (gregorianYear + 1));
        }
        return new Sui(starts, leapIndex);
    }

    /**
     * Adds the months of {@code sui} that belong to lunar year {@code year}: from month 1 on when
     * {@code tail}, else the head (months 11 and 12 and a leap month between them).
     */
    private static void collect(Sui sui, int year, boolean tail, List<MonthSpan> out) {
        int month = 11;
        boolean newYearSeen = false;
        for (int i = 0; i < sui.size(); i++) {
            boolean leap = i == sui.leapIndex();
            if (i > 0 && !leap) {
                month = month == 12 ? 1 : month + 1;
                newYearSeen |= month == 1;
            }
            if (newYearSeen == tail) {
                long start = sui.starts()[i];
                out.add(new MonthSpan(year, month, leap, start, (int) (sui.starts()[i + 1] - start)));
            }
        }
    }
}
