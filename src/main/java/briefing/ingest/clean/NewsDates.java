package briefing.ingest.clean;

import briefing.text.CalendarWords;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the calendar dates that news pages print ("Jan. 10", "10 Jan, 2022 | 4:06 pm",
 * "Tuesday, March 18, 2025", "2022-01-10T16:06"); relative dates are the analysis stage's job.
 */
public final class NewsDates {
  private static final String MONTH =
      "(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  private static final String WEEKDAY =
      "(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?,?\\s+)?";
  private static final String TIME =
      "(?:\\s*(?:[|,@-]|at)?\\s*(?<hour>\\d{1,2})[:.](?<minute>\\d{2})\\s*(?<ampm>[ap]\\.?m\\.?)?"
          + "(?:\\s*(?:[A-Z]{2,4}|GMT[+-]\\d{1,2}))?)?";
  private static final Pattern MONTH_FIRST =
      Pattern.compile(
          "\\b" + WEEKDAY + MONTH + "\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?\\b"
              + "(?:,?\\s+(?<year>(?:19|20)\\d{2})\\b)?" + TIME,
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_FIRST =
      Pattern.compile(
          "\\b" + WEEKDAY + "(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH
              + "(?:,?\\s+(?<year>(?:19|20)\\d{2})\\b)?" + TIME,
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ISO =
      Pattern.compile(
          "\\b(?<year>(?:19|20)\\d{2})-(?<month>\\d{2})-(?<day>\\d{2})"
              + "(?:[T ](?<hour>\\d{2}):(?<minute>\\d{2}))?(?<ampm>)");

  private NewsDates() {}

  /** Every date in the text, in order of position; overlapping finds keep the longer one. */
  public static List<NewsDate> find(String text) {
    List<NewsDate> found = new ArrayList<>();
    collect(MONTH_FIRST.matcher(text), false, found);
    collect(DAY_FIRST.matcher(text), false, found);
    collect(ISO.matcher(text), true, found);
    found.sort((a, b) -> a.start() != b.start() ? a.start() - b.start() : b.end() - a.end());
    List<NewsDate> kept = new ArrayList<>();
    for (NewsDate date : found) {
      if (kept.isEmpty() || date.start() >= kept.get(kept.size() - 1).end()) {
        kept.add(date);
      }
    }
    return kept;
  }

  private static void collect(Matcher m, boolean numericMonth, List<NewsDate> into) {
    while (m.find()) {
      try {
        int month = numericMonth ? Integer.parseInt(m.group("month")) : monthNumber(m.group("month"));
        MonthDay day = MonthDay.of(month, Integer.parseInt(m.group("day")));
        String year = m.group("year");
        OptionalInt y = year == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(year));
        int end = m.end();
        LocalTime time = time(m);
        if (time == null && m.group("hour") != null) {
          end = m.start("hour");
        }
        String matched = m.group();
        int trimmedEnd = m.start() + matched.substring(0, end - m.start()).stripTrailing().length();
        into.add(new NewsDate(day, y, time, m.start(), trimmedEnd));
      } catch (DateTimeException | NumberFormatException notADate) {
        // "Feb 30" or a number that only looks like a day: not a date.
      }
    }
  }

  private static LocalTime time(Matcher m) {
    String hour = m.group("hour");
    if (hour == null) {
      return null;
    }
    int h = Integer.parseInt(hour);
    int minute = Integer.parseInt(m.group("minute"));
    String ampm = m.group("ampm");
    if (ampm != null && !ampm.isEmpty()) {
      if (h < 1 || h > 12) {
        return null;
      }
      boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
      h = h % 12 + (pm ? 12 : 0);
    }
    if (h > 23 || minute > 59) {
      return null;
    }
    return LocalTime.of(h, minute);
  }

  /** The month number of an English month name or abbreviation. */
  static int monthNumber(String name) {
    Month month = CalendarWords.month(name);
    if (month == null) {
      throw new DateTimeException("not a month: " + name);
    }
    return month.getValue();
  }
}
