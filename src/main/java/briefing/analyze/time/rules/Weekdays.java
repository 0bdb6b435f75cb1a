package briefing.analyze.time.rules;

import briefing.analyze.time.Direction;
import briefing.analyze.time.Resolution;
import briefing.analyze.time.SutimeMention;
import briefing.analyze.time.TimexValues;
import briefing.model.analysis.TimeMention.Kind;
import briefing.text.CalendarWords;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A weekday named without a date ("on Monday", "Friday night", "9 a.m. Tuesday"): the one before
 * publication in a past-tense sentence, the next one in a future-tense sentence, the nearest one
 * otherwise; "Sunday (9)" is the Sunday that falls on a 9th.
 */
final class Weekdays implements DateRule {
  static final Pattern DAY_VALUE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");
  private static final Set<String> OFFSETS = Set.of("before", "after", "ago", "later", "earlier");
  private static final Set<String> OPEN = Set.of("(", "-lrb-");
  private static final Set<String> CLOSE = Set.of(")", "-rrb-");

  @Override
  public boolean applies(SutimeMention m) {
    // SUTime gives no value to some ("the early hours of Thursday morning"): the weekday decides.
    return m.weekday() != null && m.month() == null && !m.hasYear()
        && (m.value() == null ? m.kind() == Kind.DATE : DAY_VALUE.matcher(m.value()).matches())
        && m.tokens().stream().noneMatch(t -> OFFSETS.contains(t.word().toLowerCase(Locale.ROOT)));
  }

  @Override
  public Resolution resolve(SutimeMention m, LocalDate anchor) {
    DayOfWeek weekday = m.weekday();
    String name = weekday.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
    int dayNumber = dayInParentheses(m);
    Direction direction = Direction.of(m.text(), m.tense(), m.story());
    List<LocalDate> candidates = new ArrayList<>();
    int reach = dayNumber > 0 ? 400 : 13;
    for (LocalDate d = anchor.minusDays(reach); !d.isAfter(anchor.plusDays(reach)); d = d.plusDays(1)) {
      if (d.getDayOfWeek() == weekday && (dayNumber == 0 || d.getDayOfMonth() == dayNumber)) {
        candidates.add(d);
      }
    }
    if (candidates.isEmpty()) {
      return Resolution.unresolved(m, "no " + name + " falls on a " + dayNumber + " near publication");
    }
    LocalDate day = direction.pick(candidates, d -> ChronoUnit.DAYS.between(anchor, d)).orElseThrow();
    String how;
    if (dayNumber > 0) {
      how = "the " + name + " that falls on the " + CalendarWords.ordinal(dayNumber)
          + ", nearest publication";
    } else if (day.equals(anchor)) {
      how = direction.explain(name).replaceFirst(": .*", "") + ": the day of publication itself";
    } else {
      how = direction.explain(name);
    }
    return new Resolution(m.kind(), m.value() == null ? day.toString() : TimexValues.withDay(m.value(), day),
        "'" + m.text() + "' " + how + ", " + CalendarWords.longDate(day), true, m.to());
  }

  /** The day of the month written in parentheses just after the weekday ("Sunday (9)"), or 0. */
  private static int dayInParentheses(SutimeMention m) {
    if (OPEN.contains(m.after(1)) && CalendarWords.isDayNumber(m.after(2)) && CLOSE.contains(m.after(3))) {
      return Integer.parseInt(m.after(2).replaceAll("\\D", ""));
    }
    return 0;
  }
}
