package io.github.vncustoms.core.time;

/**
 * The public holidays on which employees are off with full pay under the Labour Code 2019
 * (Bộ luật Lao động 2019), Art. 112(1), plus Vietnamese Culture Day from 2026. Each constant's
 * Javadoc gives the rule {@link WorkingCalendar} applies when no announcement is loaded for a year.
 *
 * <p>Immutable and thread-safe.
 */
public enum PublicHoliday {
    /** New Year's Day (Tết Dương lịch), 1 January; 1 day. */
    NEW_YEAR("New Year's Day", 1, 0),
    /**
     * Lunar New Year (Tết Âm lịch, Tết Nguyên đán); 5 days whose placement the Prime Minister fixes
     * each year. Statutory fallback: the last day of the old lunar year and lunar 1/1 to 4/1.
     */
    LUNAR_NEW_YEAR("Lunar New Year", 5, 0),
    /** Hùng Kings' Commemoration (Giỗ Tổ Hùng Vương), the 10th day of the 3rd lunar month; 1 day. */
    HUNG_KINGS_COMMEMORATION("Hùng Kings' Commemoration", 1, 0),
    /** Victory Day, also called Reunification Day (Ngày Chiến thắng), 30 April; 1 day. */
    REUNIFICATION_DAY("Reunification Day", 1, 0),
    /** International Labour Day (Ngày Quốc tế lao động), 1 May; 1 day. */
    INTERNATIONAL_LABOUR_DAY("International Labour Day", 1, 0),
    /**
     * National Day (Quốc khánh), 2 September and one adjacent day fixed each year; 2 days.
     * Statutory fallback for the adjacent day: 1 September, unless 3 September is a working day
     * directly followed by a weekly rest day (2 September on a Thursday with a Saturday–Sunday
     * weekend), then 3 September; this reproduces every announcement of 2021–2026.
     */
    NATIONAL_DAY("National Day", 2, 0),
    /**
     * Vietnamese Culture Day (Ngày Văn hóa Việt Nam), 24 November, from 2026; 1 day. Reported as
     * added to the Labour Code by Resolution 28/2026/QH16 (in force 1 July 2026); the bundled
     * dataset marks that source as of medium confidence.
     */
    VIETNAMESE_CULTURE_DAY("Vietnamese Culture Day", 1, 2026);

    private final String displayName;
    private final int days;
    private final int firstYear;

    PublicHoliday(String displayName, int days, int firstYear) {
        this.displayName = displayName;
        this.days = days;
        this.firstYear = firstYear;
    }

    /**
     * Returns the English name.
     *
     * @return e.g. {@code "Lunar New Year"}
     */
    public String displayName() {
        return displayName;
    }

    /**
     * Returns the number of days off the holiday gives before any make-up day.
     *
     * @return 5 for Lunar New Year, 2 for National Day, 1 otherwise
     */
    public int days() {
        return days;
    }

    /**
     * Tells whether the holiday exists in a Gregorian year.
     *
     * @param year the Gregorian year
     * @return {@code false} only for Vietnamese Culture Day before 2026
     */
    public boolean observedIn(int year) {
        return year >= firstYear;
    }
}
