package briefing.analyze.time;

import briefing.model.analysis.TimeMention.Kind;
import briefing.text.CalendarWords;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One date SUTime hands over in two pieces, a month and its day side by side ("Jan." and "30"
 * where a range such as "between now and Jan. 30" was cut apart; "30" and "January" in "between
 * now and 30 January"): joined again into one date, the month's year (or none) with the day.
 */
final class SplitDates {
  private static final Pattern YEAR_AND_MONTH = Pattern.compile("^(\\d{4}|XXXX)-(\\d\\d)");

  private SplitDates() {}

  /** {@code found} (in reading order) with each month and day that touch one another joined. */
  static List<SutimeMention> joined(List<SutimeMention> found) {
    List<SutimeMention> joined = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      SutimeMention a = found.get(i);
      SutimeMention b = i + 1 < found.size() ? found.get(i + 1) : null;
      SutimeMention date = b == null || a.to() != b.from() ? null : date(a, b);
      if (date != null) {
        joined.add(date);
        i++;
      } else {
        joined.add(a);
      }
    }
    return joined;
  }

  private static SutimeMention date(SutimeMention a, SutimeMention b) {
    if (a.kind() != Kind.DATE || b.kind() != Kind.DATE) {
      return null;
    }
    SutimeMention month = isMonth(a) ? a : isMonth(b) ? b : null;
    SutimeMention day = month == a ? b : a;
    if (month == null || !isDay(day)) {
      return null;
    }
    String prefix;
    Matcher m = month.value() == null ? null : YEAR_AND_MONTH.matcher(month.value());
    if (m != null && m.find()) {
      prefix = m.group(1) + "-" + m.group(2);
    } else {
      Month named = CalendarWords.month(month.text());
      prefix = String.format("XXXX-%02d", named.getValue());
    }
    int number = Integer.parseInt(day.text().replaceAll("\\D", ""));
    String value = String.format("%s-%02d", prefix, number);
    return new SutimeMention(a.text() + " " + b.text(), Kind.DATE, value, a.sentence(), a.from(), b.to());
  }

  /** A mention of one word naming a month: "Jan.", "January". */
  private static boolean isMonth(SutimeMention m) {
    return m.to() - m.from() == 1 && CalendarWords.month(m.text()) != null;
  }

  /** A mention of one word numbering a day of a month: "30", "30th". */
  private static boolean isDay(SutimeMention m) {
    return m.to() - m.from() == 1 && CalendarWords.isDayNumber(m.text());
  }
}
