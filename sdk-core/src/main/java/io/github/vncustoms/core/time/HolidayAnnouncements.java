package io.github.vncustoms.core.time;

import io.github.vncustoms.core.error.ConfigurationException;
import io.github.vncustoms.core.error.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A set of yearly holiday announcements, at most one per holiday and year: the dataset
 * {@link WorkingCalendar} reads before it falls back to the statutory rules.
 *
 * <p>The SDK bundles the announcements for 2024–2026 ({@link #defaultAnnouncements()}; sources in
 * {@code SOURCES.md} beside the CSV). Integrators extend them with newer ones or replace them:
 *
 * <pre>{@code
 * HolidayAnnouncements mine;
 * try (Reader csv = Files.newBufferedReader(path)) {
 *     mine = HolidayAnnouncements.parse(csv, path.toString());
 * }
 * WorkingCalendar calendar = WorkingCalendar.builder()
 *         .addAnnouncements(mine)          // overlay the bundled rows; or .announcements(mine) to replace
 *         .build();
 * }</pre>
 *
 * <p>The CSV format (UTF-8, header row, any column order) has the columns {@code year},
 * {@code holidays} ({@link PublicHoliday} names separated by spaces), {@code holiday} (title),
 * {@code weekdays_off_public_sector} and {@code swapped_saturday_worked} (ISO dates separated by
 * spaces), and {@code source}; optionally {@code break_start} and {@code break_end} (default: the
 * first and last day off), {@code basis}, {@code confidence}, and {@code dow_start},
 * {@code dow_end}, {@code calendar_days}, which are checked against the break when present.
 *
 * <p>Immutable and thread-safe.
 *
 * @param announcements the announcements, ordered by year and first day off on creation
 */
public record HolidayAnnouncements(List<HolidayAnnouncement> announcements) {
    /** Name of the bundled dataset, beside this class. */
    static final String BUNDLED_RESOURCE = "vn-holidays-announced.csv";

    /**
     * Checks that no holiday is announced twice for a year and no day is both off and worked,
     * and copies the list.
     *
     * @param announcements the announcements, ordered by year and first day off on creation
     * @throws ValidationException if announcements conflict
     * @throws NullPointerException if the list or an element is null
     */
    public HolidayAnnouncements {
        announcements = announcements.stream()
                .map(a -> Objects.requireNonNull(a, "announcement"))
                .sorted(Comparator.comparingInt(HolidayAnnouncement::year)
                        .thenComparing(a -> a.daysOff().get(0)))
                .toList();
        Map<String, HolidayAnnouncement> byHoliday = new HashMap<>();
        Map<LocalDate, HolidayAnnouncement> offDays = new HashMap<>();
        for (HolidayAnnouncement a : announcements) {
            for (PublicHoliday holiday : a.holidays()) {
                HolidayAnnouncement other = byHoliday.putIfAbsent(a.year() + " " + holiday, a);
                if (other != null) {
                    throw new ValidationException("announcements", holiday + " " + a.year() + " is announced twice (\""
                            + other.title() + "\" and \"" + a.title() + "\"); expected one announcement per holiday and year");
                }
            }
            a.daysOff().forEach(day -> offDays.put(day, a));
        }
        for (HolidayAnnouncement a : announcements) {
            for (LocalDate day : a.workedRestDays()) {
                HolidayAnnouncement off = offDays.get(day);
                if (off != null) {
                    throw new ValidationException("announcements", day + " is a worked day in \"" + a.title()
                            + "\" and a day off in \"" + off.title() + "\"; expected each day to be one or the other");
                }
            }
        }
    }

    /**
     * Returns a dataset of the given announcements.
     *
     * @param announcements the announcements
     * @return the dataset
     * @throws ValidationException if announcements conflict
     */
    public static HolidayAnnouncements of(Collection<HolidayAnnouncement> announcements) {
        return new HolidayAnnouncements(List.copyOf(announcements));
    }

    /**
     * Returns an empty dataset: a calendar built with it applies the statutory rules to every year.
     *
     * @return the empty dataset
     */
    public static HolidayAnnouncements empty() {
        return new HolidayAnnouncements(List.of());
    }

    /**
     * Returns the announcements bundled with the SDK (2024–2026, Vietnamese Culture Day included).
     *
     * <p>Each call reads the bundled CSV again (about a millisecond); keep the result.
     *
     * @return the bundled dataset
     * @throws ConfigurationException if the bundled resource is missing or invalid
     */
    public static HolidayAnnouncements defaultAnnouncements() {
        try (InputStream in = HolidayAnnouncements.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new ConfigurationException("bundled resource " + BUNDLED_RESOURCE
                        + " is missing from the classpath; expected it beside " + HolidayAnnouncements.class.getName());
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), BUNDLED_RESOURCE);
        } catch (IOException | UncheckedIOException | ValidationException e) {
            throw new ConfigurationException("bundled resource " + BUNDLED_RESOURCE + " cannot be read: "
                    + e.getMessage() + "; expected a valid announcements CSV", e);
        }
    }

    /**
     * Reads announcements from CSV in the format described above.
     *
     * @param csv the CSV text; not closed by this method
     * @param sourceName a name for the input in error messages, e.g. a file name
     * @return the dataset
     * @throws ValidationException naming the line and column of the first invalid value, or if
     *     announcements conflict
     * @throws java.io.UncheckedIOException if reading fails
     */
    public static HolidayAnnouncements parse(Reader csv, String sourceName) {
        return new HolidayAnnouncements(AnnouncementCsv.read(csv, sourceName));
    }

    /**
     * Returns this dataset with newer announcements laid over it: each of {@code newer}'s
     * announcements replaces every announcement here of the same year that covers one of its holidays.
     *
     * @param newer the announcements that win
     * @return the combined dataset
     * @throws ValidationException if the result has conflicting days
     */
    public HolidayAnnouncements overlay(HolidayAnnouncements newer) {
        Objects.requireNonNull(newer, "newer");
        List<HolidayAnnouncement> merged = new ArrayList<>(newer.announcements());
        for (HolidayAnnouncement a : announcements) {
            boolean replaced = a.holidays().stream().anyMatch(h -> newer.find(a.year(), h).isPresent());
            if (!replaced) {
                merged.add(a);
            }
        }
        return new HolidayAnnouncements(merged);
    }

    /**
     * Looks up the announcement of a holiday in a year.
     *
     * @param year the Gregorian year of the holiday
     * @param holiday the holiday
     * @return the announcement, or empty if none is loaded
     */
    public Optional<HolidayAnnouncement> find(int year, PublicHoliday holiday) {
        Objects.requireNonNull(holiday, "holiday");
        return announcements.stream().filter(a -> a.year() == year && a.covers(holiday)).findFirst();
    }

    /**
     * Returns the announcements of a year.
     *
     * @param year the Gregorian year of the holidays
     * @return the announcements, possibly empty
     */
    public List<HolidayAnnouncement> forYear(int year) {
        return announcements.stream().filter(a -> a.year() == year).toList();
    }

    /**
     * Returns the years with at least one announcement.
     *
     * @return the years, ascending, unmodifiable
     */
    public SortedSet<Integer> years() {
        TreeSet<Integer> years = new TreeSet<>();
        announcements.forEach(a -> years.add(a.year()));
        return Collections.unmodifiableSortedSet(years);
    }
}
