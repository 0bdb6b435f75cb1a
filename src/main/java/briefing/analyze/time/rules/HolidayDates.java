package briefing.analyze.time.rules;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;

/**
 * A holiday's date moved to another year: a fixed one ("Christmas", Dec. 25) keeps its day of the
 * month; Easter and the days tied to it follow Easter; any other ("Thanksgiving", the fourth
 * Thursday of November) keeps its weekday and its place in the month.
 */
final class HolidayDates {
  private static final Set<MonthDay> FIXED = Set.of(MonthDay.of(1, 1), MonthDay.of(2, 14),
      MonthDay.of(3, 17), MonthDay.of(7, 4), MonthDay.of(10, 31), MonthDay.of(11, 1),
      MonthDay.of(11, 11), MonthDay.of(12, 24), MonthDay.of(12, 25), MonthDay.of(12, 26),
      MonthDay.of(12, 31));

  private HolidayDates() {}

  /** The date in {@code year} of the holiday that falls on {@code day}. */
  static LocalDate inYear(LocalDate day, int year) {
    if (FIXED.contains(MonthDay.from(day))) {
      return day.withYear(year);
    }
    long fromEaster = ChronoUnit.DAYS.between(easter(day.getYear()), day);
    if (Math.abs(fromEaster) <= 7) {
      return easter(year).plusDays(fromEaster);
    }
    // The fifth such weekday of a month can only be "the last" one (Memorial Day).
    int nth = (day.getDayOfMonth() - 1) / 7 + 1;
    LocalDate first = LocalDate.of(year, day.getMonth(), 1);
    return first.with(nth == 5 ? TemporalAdjusters.lastInMonth(day.getDayOfWeek())
        : TemporalAdjusters.dayOfWeekInMonth(nth, day.getDayOfWeek()));
  }

  /** Easter Sunday in {@code year} (Gregorian, the anonymous algorithm). */
  static LocalDate easter(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int dayOfMonth = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, dayOfMonth);
  }
}
