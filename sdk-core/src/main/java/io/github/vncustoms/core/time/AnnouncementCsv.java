package io.github.vncustoms.core.time;

import io.github.vncustoms.core.error.ValidationException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads {@link HolidayAnnouncement}s from the CSV format documented on {@link HolidayAnnouncements}. Stateless. */
final class AnnouncementCsv {
    private AnnouncementCsv() {}

    private static final List<String> REQUIRED = List.of("year", "holidays", "holiday",
            "weekdays_off_public_sector", "swapped_saturday_worked", "source");

    static List<HolidayAnnouncement> read(Reader reader, String sourceName) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(sourceName, "sourceName");
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        List<HolidayAnnouncement> out = new ArrayList<>();
        try (CSVParser parser = format.parse(reader)) {
            List<String> missing = REQUIRED.stream().filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new ValidationException(sourceName, sourceName + " lacks the column(s) " + missing
                        + "; expected a header with at least " + REQUIRED);
            }
            for (CSVRecord row : parser) {
                out.add(announcement(new Row(row, sourceName)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + sourceName, e);
        } catch (IllegalStateException | IllegalArgumentException | UncheckedIOException e) {
            throw new ValidationException(sourceName, sourceName + " is not valid CSV: " + e.getMessage()
                    + "; expected RFC 4180 CSV with a header row", e);
        }
        return out;
    }

    private static HolidayAnnouncement announcement(Row row) {
        int year = row.integer("year");
        Set<PublicHoliday> holidays = row.holidays("holidays");
        List<LocalDate> daysOff = row.dates("weekdays_off_public_sector");
        List<LocalDate> worked = row.dates("swapped_saturday_worked");
        if (daysOff.isEmpty()) {
            throw row.invalid("weekdays_off_public_sector", "is empty", "at least one ISO date");
        }
        LocalDate breakStart = row.has("break_start") ? row.date("break_start") : daysOff.get(0);
        LocalDate breakEnd = row.has("break_end") ? row.date("break_end") : daysOff.get(daysOff.size() - 1);
        row.checkDayOfWeek("dow_start", breakStart);
        row.checkDayOfWeek("dow_end", breakEnd);
        if (row.has("calendar_days")) {
            long length = ChronoUnit.DAYS.between(breakStart, breakEnd) + 1;
            if (row.integer("calendar_days") != length) {
                throw row.invalid("calendar_days", "is " + row.text("calendar_days"),
                        length + ", the days from " + breakStart + " to " + breakEnd);
            }
        }
        try {
            return new HolidayAnnouncement(year, holidays, row.text("holiday"), breakStart, breakEnd, daysOff, worked,
                    row.text("basis"), row.text("source"), row.text("confidence"));
        } catch (ValidationException e) {
            throw new ValidationException(e.field(), row.where() + ": " + e.getMessage(), e);
        }
    }

    /** One CSV row with its position, for messages that point at the bad cell. */
    private record Row(CSVRecord record, String sourceName) {
        String where() {
            return sourceName + " line " + record.getParser().getCurrentLineNumber();
        }

        String text(String column) {
            return record.isMapped(column) && record.isSet(column) ? record.get(column) : "";
        }

        boolean has(String column) {
            return !text(column).isEmpty();
        }

        ValidationException invalid(String column, String problem, String expected) {
            return new ValidationException(column, where() + ", column " + column + ": " + problem + "; expected "
                    + expected);
        }

        int integer(String column) {
            try {
                return Integer.parseInt(text(column));
            } catch (NumberFormatException e) {
                throw invalid(column, "\"" + text(column) + "\" is not a number", "an integer");
            }
        }

        LocalDate date(String column) {
            return parseDate(column, text(column));
        }

        private LocalDate parseDate(String column, String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw invalid(column, "\"" + value + "\" is not a date", "an ISO date such as 2026-01-02");
            }
        }

        List<LocalDate> dates(String column) {
            List<LocalDate> dates = new ArrayList<>();
            for (String token : text(column).split("\\s+")) {
                if (!token.isEmpty()) {
                    dates.add(parseDate(column, token));
                }
            }
            return dates;
        }

        Set<PublicHoliday> holidays(String column) {
            Set<PublicHoliday> holidays = EnumSet.noneOf(PublicHoliday.class);
            for (String token : text(column).split("\\s+")) {
                if (token.isEmpty()) {
                    continue;
                }
                try {
                    holidays.add(PublicHoliday.valueOf(token));
                } catch (IllegalArgumentException e) {
                    throw invalid(column, "\"" + token + "\" is not a holiday", "names from " + EnumSet.allOf(PublicHoliday.class));
                }
            }
            if (holidays.isEmpty()) {
                throw invalid(column, "is empty", "at least one of " + EnumSet.allOf(PublicHoliday.class));
            }
            return holidays;
        }

        void checkDayOfWeek(String column, LocalDate date) {
            if (!has(column)) {
                return;
            }
            String actual = date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            if (!actual.equalsIgnoreCase(text(column)) && !parsesAs(text(column), date.getDayOfWeek())) {
                throw invalid(column, "says " + text(column) + " but " + date + " is a " + actual, actual);
            }
        }

        private static boolean parsesAs(String text, DayOfWeek day) {
            return day.name().equalsIgnoreCase(text);
        }
    }
}
