package briefing.model.briefing;

import briefing.model.analysis.TimeMention.Precision;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When an event happened, at the precision it is known to: a year, a quarter, a month, a week
 * or a day (a time of day is kept to its day: events are placed by day). Read once from an ISO
 * 8601 value, so no later stage parses the string again.
 *
 * @param value the ISO 8601 value ("2022-01-10", "2022-W02", "2022-01", "2022-Q1", "2014"), or
 *     a week's weekend ("2022-W02-WE": at a week's precision, its Saturday and Sunday)
 * @param precision how fine it is
 * @param first the first day it covers
 * @param last the last day it covers
 */
public record EventDate(String value, Precision precision, LocalDate first, LocalDate last)
    implements Comparable<EventDate> {
  private static final Pattern DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}).*");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-WE)?");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  public EventDate {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(precision, "precision");
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("a date ends no earlier than it starts: " + value);
    }
  }

  /** The date an ISO value stands for, or empty for values no timeline can place ("PRESENT_REF"). */
  public static Optional<EventDate> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    try {
      Matcher m = DAY.matcher(value);
      if (m.matches()) {
        LocalDate d = LocalDate.parse(m.group(1));
        return Optional.of(new EventDate(m.group(1), Precision.DAY, d, d));
      }
      if ((m = WEEK.matcher(value)).matches()) {
        LocalDate monday = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
            .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate first = m.group(3) == null ? monday : monday.plusDays(5);
        return Optional.of(new EventDate(value, Precision.WEEK, first, monday.plusDays(6)));
      }
      if ((m = MONTH.matcher(value)).matches()) {
        YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        return Optional.of(new EventDate(value, Precision.MONTH, ym.atDay(1), ym.atEndOfMonth()));
      }
      if ((m = QUARTER.matcher(value)).matches()) {
        int q = Integer.parseInt(m.group(2));
        YearMonth start = YearMonth.of(Integer.parseInt(m.group(1)), 3 * q - 2);
        return Optional.of(new EventDate(value, Precision.QUARTER, start.atDay(1),
            start.plusMonths(2).atEndOfMonth()));
      }
      if (YEAR.matcher(value).matches()) {
        int y = Integer.parseInt(value);
        return Optional.of(new EventDate(value, Precision.YEAR, LocalDate.of(y, 1, 1),
            LocalDate.of(y, 12, 31)));
      }
    } catch (RuntimeException e) {
      return Optional.empty(); // a malformed value: not placed, never fatal
    }
    return Optional.empty();
  }

  /** True for a week's weekend ("2022-W02-WE"), its Saturday and Sunday. */
  public boolean weekend() {
    return precision == Precision.WEEK && value.endsWith("-WE");
  }

  /** True where this date lies within {@code other} and is finer than it. */
  public boolean within(EventDate other) {
    return precision.compareTo(other.precision) > 0 && !first.isBefore(other.first)
        && !last.isAfter(other.last);
  }

  /** The day it names, where it names one. */
  public Optional<LocalDate> day() {
    return precision == Precision.DAY ? Optional.of(first) : Optional.empty();
  }

  /** By first day, then coarser before finer, then by value. */
  @Override
  public int compareTo(EventDate o) {
    int c = first.compareTo(o.first);
    if (c == 0) {
      c = precision.compareTo(o.precision);
    }
    return c != 0 ? c : value.compareTo(o.value);
  }
}
