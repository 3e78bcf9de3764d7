package io.github.vncustoms.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The days of each public holiday under the Labour Code 2019, Art. 112(1), for a year with no
 * announcement; the choices the Code leaves to the Prime Minister (Art. 112(3)) are fixed as
 * documented on {@link PublicHoliday}. Stateless.
 */
final class StatutoryHolidays {
    private StatutoryHolidays() {}

    /** Citation for the holidays themselves. */
    static final String HOLIDAY_SOURCE = "Labour Code 2019 Art. 112(1)";
    /** Citation for the make-up rule. */
    static final String MAKE_UP_SOURCE = "Labour Code 2019 Art. 111(3)";

    /**
     * Returns the holiday's days in a Gregorian year, in order; empty if it is not observed that year.
     */
    static List<LocalDate> dates(PublicHoliday holiday, int year, LunarCalendar lunar, Set<DayOfWeek> restDays) {
        if (!holiday.observedIn(year)) {
            return List.of();
        }
        switch (holiday) {
            case NEW_YEAR:
                return List.of(LocalDate.of(year, Month.JANUARY, 1));
            case LUNAR_NEW_YEAR: {
                LocalDate newYear = lunar.newYear(year);
                List<LocalDate> days = new ArrayList<>(5);
                for (int i = -1; i < 4; i++) {
                    days.add(newYear.plusDays(i));
                }
                return List.copyOf(days);
            }
            case HUNG_KINGS_COMMEMORATION:
                return List.of(lunar.toSolar(LunarDate.of(year, 3, 10)));
            case REUNIFICATION_DAY:
                return List.of(LocalDate.of(year, Month.APRIL, 30));
            case INTERNATIONAL_LABOUR_DAY:
                return List.of(LocalDate.of(year, Month.MAY, 1));
            case NATIONAL_DAY: {
                LocalDate second = LocalDate.of(year, Month.SEPTEMBER, 2);
                LocalDate third = second.plusDays(1);
                boolean bridgeToWeekend = !restDays.contains(third.getDayOfWeek())
                        && restDays.contains(third.plusDays(1).getDayOfWeek());
                return bridgeToWeekend ? List.of(second, third) : List.of(second.minusDays(1), second);
            }
            case VIETNAMESE_CULTURE_DAY:
                return List.of(LocalDate.of(year, Month.NOVEMBER, 24));
            default:
                throw new IllegalStateException("no statutory rule for " + holiday);
        }
    }

    /** Describes the rule applied, for {@link HolidayObservance#description()}. */
    static String describe(PublicHoliday holiday, int year) {
        String rule;
        switch (holiday) {
            case LUNAR_NEW_YEAR:
                rule = "last day of lunar year " + (year - 1) + " and lunar 1/1 to 4/1 of " + year;
                break;
            case HUNG_KINGS_COMMEMORATION:
                rule = "10th day of the 3rd lunar month";
                break;
            case NATIONAL_DAY:
                rule = "2 September and the adjacent day (1 September, or 3 September when that joins the weekend)";
                break;
            default:
                rule = "fixed date";
                break;
        }
        return holiday.displayName() + " " + year + ": " + rule + " (statutory rules, no announcement loaded)";
    }
}
