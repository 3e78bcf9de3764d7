package io.github.vncustoms.core.statistics;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.vncustoms.core.error.ValidationException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The month, quarter or year a statistic refers to (kỳ số liệu), e.g. March 2026 in the report
 * "exports in March 2026" (STA-02, STA-03).
 *
 * <p>Written as {@code 2026-03}, {@code 2026-Q1} or {@code 2026} ({@link #toString()}, {@link
 * #parse(String)}, and in JSON); labelled for people as {@code tháng 3/2026}, {@code quý I/2026},
 * {@code năm 2026} ({@link #labelVi()}) or {@code March 2026}, {@code Q1 2026}, {@code 2026}
 * ({@link #labelEn()}).
 *
 * <pre>{@code
 * ReferencePeriod march = ReferencePeriod.month(2026, 3);
 * march.isWithin(ReferencePeriod.quarter(2026, 1));   // true
 * march.end();                                        // 2026-03-31
 * }</pre>
 *
 * <p>Ordered by first day, then longer periods first (the year 2026 before its first quarter before
 * January). Immutable and thread-safe.
 *
 * @param type month, quarter or year
 * @param year the calendar year, {@value #MIN_YEAR}–{@value #MAX_YEAR}
 * @param number the month 1–12, the quarter 1–4, or 1 for a year
 */
public record ReferencePeriod(PeriodType type, int year, int number) implements Comparable<ReferencePeriod> {
    /** The earliest year accepted. */
    public static final int MIN_YEAR = 1900;
    /** The latest year accepted. */
    public static final int MAX_YEAR = 2999;

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(?:(\\d{2})|[Qq]([1-4])))?");
    private static final String[] ROMAN = {"I", "II", "III", "IV"};
    private static final Comparator<ReferencePeriod> ORDER = Comparator.comparing(ReferencePeriod::start)
            .thenComparing(ReferencePeriod::end, Comparator.reverseOrder());

    /**
     * Validates the period.
     *
     * @throws ValidationException if the year or number is out of range for the type
     */
    public ReferencePeriod {
        Objects.requireNonNull(type, "type");
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new ValidationException("year", "Reference period year " + year + " is out of range: expected "
                    + MIN_YEAR + " to " + MAX_YEAR);
        }
        int max = switch (type) {
            case MONTH -> 12;
            case QUARTER -> 4;
            case YEAR -> 1;
        };
        if (number < 1 || number > max) {
            throw new ValidationException("number", "A " + type.name().toLowerCase(Locale.ROOT) + " period cannot have"
                    + " number " + number + ": expected " + (max == 1 ? "1 for a year" : "1 to " + max));
        }
    }

    /**
     * Returns a month.
     *
     * @param year the year
     * @param month 1–12
     * @return the period
     * @throws ValidationException if out of range
     */
    public static ReferencePeriod month(int year, int month) {
        return new ReferencePeriod(PeriodType.MONTH, year, month);
    }

    /**
     * Returns a month.
     *
     * @param month the month
     * @return the period
     * @throws ValidationException if the year is out of range
     */
    public static ReferencePeriod month(YearMonth month) {
        Objects.requireNonNull(month, "month");
        return month(month.getYear(), month.getMonthValue());
    }

    /**
     * Returns a quarter.
     *
     * @param year the year
     * @param quarter 1–4
     * @return the period
     * @throws ValidationException if out of range
     */
    public static ReferencePeriod quarter(int year, int quarter) {
        return new ReferencePeriod(PeriodType.QUARTER, year, quarter);
    }

    /**
     * Returns a year.
     *
     * @param year the year
     * @return the period
     * @throws ValidationException if out of range
     */
    public static ReferencePeriod year(int year) {
        return new ReferencePeriod(PeriodType.YEAR, year, 1);
    }

    /**
     * Returns the period of a type that contains a day.
     *
     * @param type the type
     * @param day the day
     * @return e.g. {@code 2026-Q2} for a quarter and 15 May 2026
     * @throws ValidationException if the year is out of range
     */
    public static ReferencePeriod containing(PeriodType type, LocalDate day) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(day, "day");
        return switch (type) {
            case MONTH -> month(day.getYear(), day.getMonthValue());
            case QUARTER -> quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
            case YEAR -> year(day.getYear());
        };
    }

    /**
     * Reads {@code 2026-03}, {@code 2026-Q1} (or {@code 2026-q1}) or {@code 2026}.
     *
     * @param text the text
     * @return the period
     * @throws ValidationException if the text is not one of those forms or out of range
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ReferencePeriod parse(String text) {
        Objects.requireNonNull(text, "text");
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            throw new ValidationException("period", "Reference period '" + text + "' is malformed: expected"
                    + " 2026-03 for a month, 2026-Q1 for a quarter or 2026 for a year");
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) != null) {
            return month(year, Integer.parseInt(m.group(2)));
        }
        if (m.group(3) != null) {
            return quarter(year, Integer.parseInt(m.group(3)));
        }
        return year(year);
    }

    /**
     * Tells whether {@link #parse(String)} accepts a text.
     *
     * @param text the text, may be {@code null}
     * @return {@code true} if it parses
     */
    public static boolean isValid(String text) {
        if (text == null) {
            return false;
        }
        try {
            parse(text);
            return true;
        } catch (ValidationException e) {
            return false;
        }
    }

    /**
     * Returns the first day.
     *
     * @return e.g. 2026-01-01 for {@code 2026-Q1}
     */
    public LocalDate start() {
        return switch (type) {
            case MONTH -> LocalDate.of(year, number, 1);
            case QUARTER -> LocalDate.of(year, (number - 1) * 3 + 1, 1);
            case YEAR -> LocalDate.of(year, 1, 1);
        };
    }

    /**
     * Returns the last day.
     *
     * @return e.g. 2026-03-31 for {@code 2026-Q1}
     */
    public LocalDate end() {
        return switch (type) {
            case MONTH -> YearMonth.of(year, number).atEndOfMonth();
            case QUARTER -> YearMonth.of(year, number * 3).atEndOfMonth();
            case YEAR -> LocalDate.of(year, 12, 31);
        };
    }

    /**
     * Tells whether a day falls in the period.
     *
     * @param day the day
     * @return {@code true} if {@code start() <= day <= end()}
     */
    public boolean contains(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return !day.isBefore(start()) && !day.isAfter(end());
    }

    /**
     * Tells whether this period lies entirely within another, e.g. March within Q1 or within the
     * year; every period lies within itself.
     *
     * @param other the enclosing period
     * @return {@code true} if every day of this period is in {@code other}
     */
    public boolean isWithin(ReferencePeriod other) {
        Objects.requireNonNull(other, "other");
        return !start().isBefore(other.start()) && !end().isAfter(other.end());
    }

    /**
     * Returns the Vietnamese label.
     *
     * @return {@code tháng 3/2026}, {@code quý I/2026} or {@code năm 2026}
     */
    public String labelVi() {
        return switch (type) {
            case MONTH -> "tháng " + number + "/" + year;
            case QUARTER -> "quý " + ROMAN[number - 1] + "/" + year;
            case YEAR -> "năm " + year;
        };
    }

    /**
     * Returns the English label.
     *
     * @return {@code March 2026}, {@code Q1 2026} or {@code 2026}
     */
    public String labelEn() {
        return switch (type) {
            case MONTH -> Month.of(number).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year;
            case QUARTER -> "Q" + number + " " + year;
            case YEAR -> Integer.toString(year);
        };
    }

    @Override
    public int compareTo(ReferencePeriod other) {
        return ORDER.compare(this, other);
    }

    /** Returns {@code 2026-03}, {@code 2026-Q1} or {@code 2026}, the form {@link #parse(String)} reads. */
    @JsonValue
    @Override
    public String toString() {
        return switch (type) {
            case MONTH -> String.format(Locale.ROOT, "%04d-%02d", year, number);
            case QUARTER -> String.format(Locale.ROOT, "%04d-Q%d", year, number);
            case YEAR -> String.format(Locale.ROOT, "%04d", year);
        };
    }
}
