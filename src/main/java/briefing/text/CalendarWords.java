package briefing.text;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The English words for weekdays, months and units, and how dates are written for people. */
public final class CalendarWords {
  private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
      Map.entry("monday", DayOfWeek.MONDAY), Map.entry("mon", DayOfWeek.MONDAY),
      Map.entry("tuesday", DayOfWeek.TUESDAY), Map.entry("tue", DayOfWeek.TUESDAY),
      Map.entry("tues", DayOfWeek.TUESDAY), Map.entry("wednesday", DayOfWeek.WEDNESDAY),
      Map.entry("wed", DayOfWeek.WEDNESDAY), Map.entry("thursday", DayOfWeek.THURSDAY),
      Map.entry("thu", DayOfWeek.THURSDAY), Map.entry("thurs", DayOfWeek.THURSDAY),
      Map.entry("friday", DayOfWeek.FRIDAY), Map.entry("fri", DayOfWeek.FRIDAY),
      Map.entry("saturday", DayOfWeek.SATURDAY), Map.entry("sat", DayOfWeek.SATURDAY),
      Map.entry("sunday", DayOfWeek.SUNDAY), Map.entry("sun", DayOfWeek.SUNDAY));
  private static final Map<String, Month> MONTHS = Map.ofEntries(
      Map.entry("january", Month.JANUARY), Map.entry("jan", Month.JANUARY),
      Map.entry("february", Month.FEBRUARY), Map.entry("feb", Month.FEBRUARY),
      Map.entry("march", Month.MARCH), Map.entry("mar", Month.MARCH),
      Map.entry("april", Month.APRIL), Map.entry("apr", Month.APRIL),
      Map.entry("may", Month.MAY), Map.entry("june", Month.JUNE), Map.entry("jun", Month.JUNE),
      Map.entry("july", Month.JULY), Map.entry("jul", Month.JULY),
      Map.entry("august", Month.AUGUST), Map.entry("aug", Month.AUGUST),
      Map.entry("september", Month.SEPTEMBER), Map.entry("sep", Month.SEPTEMBER),
      Map.entry("sept", Month.SEPTEMBER), Map.entry("october", Month.OCTOBER),
      Map.entry("oct", Month.OCTOBER), Map.entry("november", Month.NOVEMBER),
      Map.entry("nov", Month.NOVEMBER), Map.entry("december", Month.DECEMBER),
      Map.entry("dec", Month.DECEMBER));
  private static final Pattern YEAR = Pattern.compile("(1[0-9]|20)\\d\\d(s|'s)?|'\\d\\d(s)?|FY\\d+");
  private static final Pattern DAY_NUMBER = Pattern.compile("([1-9]|[12]\\d|3[01])(st|nd|rd|th)?");
  private static final DateTimeFormatter LONG =
      DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH_AND_YEAR =
      DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

  private CalendarWords() {}

  /** Time zones written after a time of day: "1801 GMT", "22.09 BST". */
  private static final Set<String> TIME_ZONES = Set.of("gmt", "bst", "utc", "z", "est", "edt",
      "cst", "cdt", "mst", "mdt", "pst", "pdt", "cet", "cest", "eet", "eest", "ist", "jst", "hkt",
      "aest", "aedt", "msk");

  /** True for a time zone's abbreviation, in any case ("GMT", "bst"). */
  public static boolean isTimeZone(String word) {
    return TIME_ZONES.contains(word.toLowerCase(Locale.ROOT));
  }

  /** The weekday a word names ("Monday", "Tues."), or null. */
  public static DayOfWeek weekday(String word) {
    return WEEKDAYS.get(key(word));
  }

  /** The month a word names ("January", "Jan."), or null. */
  public static Month month(String word) {
    return MONTHS.get(key(word));
  }

  /** True for a written year: "2014", "1990s", "'98". */
  public static boolean isYear(String word) {
    return YEAR.matcher(word).matches();
  }

  /** True for a day of the month: "9", "10th". */
  public static boolean isDayNumber(String word) {
    return DAY_NUMBER.matcher(word).matches();
  }

  /** A day as people read it: "Monday 10 January 2022". */
  public static String longDate(LocalDate day) {
    return LONG.format(day);
  }

  /** A month as people read it: "January 2022". */
  public static String monthAndYear(YearMonth month) {
    return MONTH_AND_YEAR.format(month);
  }

  /** True for a month's name or its abbreviation ("January", "jan", "Sept"), in any case. */
  public static boolean isMonthWord(String word) {
    return month(word) != null;
  }

  /** True for a weekday's full name ("Monday"), in any case; abbreviations are not counted. */
  public static boolean isWeekdayName(String word) {
    DayOfWeek day = weekday(word);
    return day != null && key(word).length() > 5;
  }

  /** A day of the month as an ordinal: "1st", "2nd", "9th", "11th". */
  public static String ordinal(int n) {
    if (n % 100 >= 11 && n % 100 <= 13) {
      return n + "th";
    }
    return n + switch (n % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
  }

  private static String key(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
  }
}
