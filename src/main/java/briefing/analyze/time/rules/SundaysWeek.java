package briefing.analyze.time.rules;

import briefing.analyze.time.Resolution;
import briefing.analyze.time.SutimeMention;
import briefing.analyze.time.Tense;
import briefing.analyze.time.TimexValues;
import briefing.text.CalendarWords;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * "This week" in a report of a Sunday that looks ahead ("schools will remain closed this week",
 * "ministers meet later this week"): the week starting the next day. A Sunday paper's week is
 * the one ahead of it, where SUTime gives the week ending that Sunday (Monday to Sunday). In a
 * past-tense sentence it is the week just ending ("the council met this week").
 */
final class SundaysWeek implements DateRule {
  private static final Pattern THIS_WEEK = Pattern.compile("(?:later |earlier )?this week");

  @Override
  public boolean applies(SutimeMention m) {
    return THIS_WEEK.matcher(m.text().toLowerCase(Locale.ROOT).strip()).matches();
  }

  @Override
  public Resolution resolve(SutimeMention m, LocalDate anchor) {
    if (anchor.getDayOfWeek() != DayOfWeek.SUNDAY || m.tense() == Tense.PAST
        || m.text().toLowerCase(Locale.ROOT).startsWith("earlier")) {
      return RelativeDates.asSutimeReadsIt(m, anchor);
    }
    LocalDate monday = anchor.plusDays(1);
    return new Resolution(m.kind(), TimexValues.week(monday), "'" + m.text() + "' in a report of"
        + " Sunday " + CalendarWords.longDate(anchor) + " looking ahead: the week starting "
        + CalendarWords.longDate(monday), true, m.to());
  }
}
