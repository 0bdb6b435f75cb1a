package briefing.analyze.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;

/** Small edits to TimeML values: a day or year put in, a time zone taken out, a week written. */
public final class TimexValues {
  private TimexValues() {}

  /** {@code value} with its date replaced by {@code day}, its time of day kept, its zone dropped. */
  public static String withDay(String value, LocalDate day) {
    return withoutZone(day + value.substring(10));
  }

  /** {@code value} with its year and month replaced by {@code month}, the rest kept. */
  public static String withMonth(String value, YearMonth month) {
    return withoutZone(month + value.substring(7));
  }

  /** {@code value} without a UTC offset: TimeML values are local times ("T09:00", not "T09:00-0500"). */
  public static String withoutZone(String value) {
    return value.replaceFirst("(T\\d{2}:\\d{2}(:\\d{2})?)([-+]\\d{2}:?\\d{2}|Z)$", "$1");
  }

  /** The ISO week holding {@code day}: "2022-W02". */
  public static String week(LocalDate day) {
    return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
        day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }
}
