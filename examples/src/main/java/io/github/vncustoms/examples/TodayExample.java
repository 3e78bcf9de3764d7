package io.github.vncustoms.examples;

import io.github.vncustoms.core.error.CustomsSdkException;
import io.github.vncustoms.core.error.ValidationException;
import io.github.vncustoms.core.id.ContainerNumber;
import io.github.vncustoms.core.id.TaxCode;
import io.github.vncustoms.core.org.CustomsUnit;
import io.github.vncustoms.core.org.UnitDirectories;
import io.github.vncustoms.core.org.UnitDirectory;
import io.github.vncustoms.core.time.DayStatus;
import io.github.vncustoms.core.time.HolidayObservance;
import io.github.vncustoms.core.time.HolidaySchedule;
import io.github.vncustoms.core.time.LunarCalendar;
import io.github.vncustoms.core.time.LunarDate;
import io.github.vncustoms.core.time.WorkingCalendar;
import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Prints what sdk-core knows about a day: whether customs offices work (and why not), its lunar
 * date, the deadlines counted from it in working days, the holidays still ahead that year, and a few
 * identifier and organisation look-ups on bundled data.
 *
 * <p>Run it from the repository root with {@code ./mvnw -B -q -pl examples -am compile exec:java};
 * add {@code -Dexec.args=2026-02-12} to ask about another day. Stateless.
 */
public final class TodayExample {
    private TodayExample() {}

    /**
     * Runs the example.
     *
     * @param args optionally one ISO date, e.g. {@code 2026-02-12}; today in Asia/Ho_Chi_Minh otherwise
     */
    public static void main(String[] args) {
        WorkingCalendar calendar = WorkingCalendar.defaultCalendar();
        try {
            LocalDate day = args.length > 0 ? parseDay(args[0]) : calendar.today(Clock.systemUTC());
            print(System.out, day, calendar, LunarCalendar.create(), UnitDirectories.sample());
        } catch (CustomsSdkException e) {
            System.err.println(e.code().id() + ": " + e.getMessage());
            System.exit(2);
        }
    }

    /**
     * Prints the report for one day.
     *
     * @param out where to print
     * @param day the day asked about
     * @param calendar the working calendar
     * @param lunar the lunar calendar
     * @param units the unit directory
     */
    static void print(PrintStream out, LocalDate day, WorkingCalendar calendar, LunarCalendar lunar, UnitDirectory units) {
        DayStatus status = calendar.status(day);
        LunarDate lunarDate = lunar.toLunar(day);
        out.println("vncustoms sdk-core — " + day + " in " + calendar.zone());
        out.println();
        out.println("  Working day?     " + (status.workingDay() ? "yes" : "no"));
        out.println("  Why              " + status.explanation());
        out.println("  Lunar date       day " + lunarDate.day() + " of month " + lunarDate.month()
                + (lunarDate.leapMonth() ? " (leap)" : "") + ", lunar year " + lunarDate.year()
                + " (" + lunarDate + ")");
        out.println("  Next working day " + calendar.nextWorkingDay(day));
        out.println("  +3 working days  " + calendar.addWorkingDays(day, 3)
                + "  (restore a camera transmission incident, CAM-12)");
        out.println("  +10 working days " + calendar.addWorkingDays(day, 10)
                + "  (repair a camera incident, CAM-10)");
        out.println();
        HolidaySchedule schedule = calendar.holidays(day.getYear());
        out.println("  Holidays of " + day.getYear() + " still ahead (" + schedule.explanation() + "):");
        schedule.observances().stream()
                .filter(o -> !o.daysOff().get(o.daysOff().size() - 1).isBefore(day))
                .forEach(o -> out.println("    " + daysOff(o) + "  " + o.description()));
        out.println();
        CustomsUnit branch = units.get("02XE");
        out.println("  Unit 02XE        " + branch.nameVi() + " — " + units.levelName(branch).nameVi() + ", within "
                + units.ancestors("02XE").stream().map(CustomsUnit::nameVi).collect(Collectors.joining(" → ")));
        out.println("  Tax code         " + check("0100109106", TaxCode::parse) + " / " + check("0100109107", TaxCode::parse));
        out.println("  Container        " + check("csqu 305438-3", ContainerNumber::parse));
    }

    private static String daysOff(HolidayObservance o) {
        LocalDate first = o.daysOff().get(0);
        LocalDate last = o.daysOff().get(o.daysOff().size() - 1);
        return first.equals(last) ? String.format("%-22s", first) : first + ".." + last;
    }

    private static String check(String text, Function<String, ?> parser) {
        try {
            return text + " ✓ " + parser.apply(text);
        } catch (ValidationException e) {
            return text + " ✗ " + e.getMessage();
        }
    }

    private static LocalDate parseDay(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException("date", "'" + text + "' is not a date: expected an ISO date such as 2026-02-12");
        }
    }
}
