package briefing.analyze.time;

import briefing.model.analysis.TimeMention.Kind;
import briefing.text.CalendarWords;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A clock time written without a day ("at 10:35 a.m."): on the day another expression of the same
 * sentence names ("Friday ... at 10 p.m."), else on the publication day. SUTime sometimes moves it
 * to the next day.
 */
final class ClockTimes {
  private static final Pattern CLOCK = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.*");
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");

  private ClockTimes() {}

  /** The sentence's expressions, with every clock time that names no day put on its day. */
  static List<FoundTime> dated(List<FoundTime> sentence, LocalDate anchor) {
    List<FoundTime> dated = new ArrayList<>();
    for (int i = 0; i < sentence.size(); i++) {
      FoundTime f = sentence.get(i);
      Resolution r = f.resolution();
      if (f.mention().kind() != Kind.TIME || r.value() == null || !CLOCK.matcher(r.value()).matches()
          || f.namesADay()) {
        dated.add(f);
        continue;
      }
      FoundTime day = dayOf(sentence, i);
      String quoted = "'" + f.mention().text() + "', no day, ";
      if (day != null) {
        LocalDate d = LocalDate.parse(day.resolution().value().substring(0, 10));
        dated.add(f.with(new Resolution(r.kind(), TimexValues.withDay(r.value(), d), quoted + "on the day of '"
            + day.mention().text() + "' in the same sentence, " + CalendarWords.longDate(d), true,
            r.to())));
      } else if (anchor != null) {
        dated.add(f.with(new Resolution(r.kind(), TimexValues.withDay(r.value(), anchor),
            quoted + "on the publication day, " + CalendarWords.longDate(anchor), true, r.to())));
      } else {
        dated.add(f.with(Resolution.unresolved(f.mention(), "a clock time on a day that is not known")));
      }
    }
    return dated;
  }

  /** The expression nearest to {@code at} in the sentence that names a day, or null. */
  private static FoundTime dayOf(List<FoundTime> sentence, int at) {
    FoundTime best = null;
    int distance = Integer.MAX_VALUE;
    for (int i = 0; i < sentence.size(); i++) {
      FoundTime f = sentence.get(i);
      String v = f.resolution().value();
      if (i != at && f.namesADay() && v != null && DAY.matcher(v).matches() && Math.abs(i - at) < distance) {
        best = f;
        distance = Math.abs(i - at);
      }
    }
    return best;
  }
}
