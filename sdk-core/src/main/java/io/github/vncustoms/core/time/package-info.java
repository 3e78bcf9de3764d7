/**
 * Calendars for Vietnamese customs work, every day counted in Asia/Ho_Chi_Minh (UTC+7).
 *
 * <ul>
 *   <li>{@link io.github.vncustoms.core.time.LunarCalendar}: the Vietnamese lunar calendar computed
 *       from the astronomical rules (new moons, winter solstice in month 11, leap month without a
 *       major solar term) at UTC+7, both directions, lunar years 1800–2199, with
 *       {@link io.github.vncustoms.core.time.LunarDate}, {@link io.github.vncustoms.core.time.LunarMonth}
 *       and {@link io.github.vncustoms.core.time.LunarYear}.
 *   <li>{@link io.github.vncustoms.core.time.PublicHoliday} and
 *       {@link io.github.vncustoms.core.time.HolidayAnnouncements}: the holidays of the Labour Code
 *       2019 Art. 111–112 and the Government's yearly announcements (bundled for 2024–2026, with
 *       their sources; integrators add newer ones).
 *   <li>{@link io.github.vncustoms.core.time.WorkingCalendar}: working days and hours for deadlines
 *       such as "repair within 10 working days" (CAM-10) or "3 working days" (CAM-12); every answer
 *       explains itself as a {@link io.github.vncustoms.core.time.DayStatus} or a
 *       {@link io.github.vncustoms.core.time.HolidaySchedule}.
 * </ul>
 *
 * <pre>{@code
 * WorkingCalendar calendar = WorkingCalendar.defaultCalendar();      // share one instance
 * LocalDate notice = calendar.today(clock);
 * LocalDate repairBy = calendar.addWorkingDays(notice, 10);          // CAM-10
 * int used = calendar.countWorkingDays(notice, LocalDate.of(2027, 2, 15));   // (notice, 15 Feb]
 * calendar.status(LocalDate.of(2026, 1, 2)).explanation();
 * //  "2026-01-02 (Friday) is not a working day: announced day off: Tết Dương lịch (swap) (...)"
 * calendar.holidays(2027).explanation();                             // "2027: statutory rules, no announcement loaded"
 *
 * LunarCalendar lunar = calendar.lunarCalendar();
 * lunar.toSolar(LunarDate.of(2030, 1, 1));                           // 2030-02-02 (3 February in China)
 * }</pre>
 *
 * <p>Every type here is immutable and thread-safe, except the builder of {@code WorkingCalendar}.
 */
package io.github.vncustoms.core.time;
