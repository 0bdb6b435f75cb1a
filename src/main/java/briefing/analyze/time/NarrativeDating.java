package briefing.analyze.time;

import briefing.analyze.time.rules.RelativeDates;
import briefing.model.analysis.TimeMention.Kind;
import briefing.text.CalendarWords;
import edu.stanford.nlp.ling.CoreLabel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates the narrative days {@link NarrativeDays} finds. Such a day is counted from the last date
 * the article gives before it ("On March 3 the council met. The day before, ..." is March 2),
 * not from publication, which SUTime counts it from; or from the date written right after it
 * ("the day before the Jan. 5 vote", "the day before last Tuesday"). Where that date is only a
 * month ("last October ... that same day"), the day is left unknown ("1998-10-XX", as TimeML
 * writes it); where the article dates nothing before it, only the tense can tie it to
 * publication ("the day before" in a past-tense sentence is the day before publication), and
 * otherwise it has no value rather than a guessed one
 * (TimesTest#aDayNamedByItsPlaceInTheStoryIsCountedFromTheLastDateBeforeIt).
 */
final class NarrativeDating {
  private static final Pattern DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}).*");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that");

  private NarrativeDating() {}

  /**
   * The expressions of an article in reading order, each narrative day among them dated from the
   * last date before it; {@code publication} may be null.
   */
  static List<FoundTime> dated(List<FoundTime> found, LocalDate publication) {
    List<FoundTime> dated = new ArrayList<>();
    FoundTime last = null;
    for (int k = 0; k < found.size(); k++) {
      FoundTime f = found.get(k);
      Integer offset = NarrativeDays.offset(f.mention());
      FoundTime d;
      if (offset != null) {
        FoundTime event = NarrativeDays.countedFromAnEvent(f.mention()) ? datedEventAfter(found, k) : null;
        d = f.with(event != null ? fromDay(f.mention(), offset, event) : resolve(f.mention(), offset, last, publication));
      } else {
        d = withDayInside(f, publication);
      }
      if (isDate(d.resolution())) {
        last = d;
      }
      dated.add(d);
    }
    return dated;
  }

  /**
   * The date that dates the event a narrative day at {@code k} is counted from, written right
   * after it ("the day before the Jan. 5 vote"), or null.
   */
  private static FoundTime datedEventAfter(List<FoundTime> found, int k) {
    SutimeMention m = found.get(k).mention();
    if (k + 1 >= found.size() || found.get(k + 1).sentence() != found.get(k).sentence()) {
      return null;
    }
    FoundTime next = found.get(k + 1);
    int gap = next.mention().from() - m.to();
    boolean adjacent = gap == 0 || gap == 1 && DETERMINERS.contains(m.after(1));
    return adjacent && next.resolution().value() != null && DAY.matcher(next.resolution().value()).matches()
        ? next : null;
  }

  /**
   * {@code f} re-dated where SUTime read a narrative day and the date it is counted from as one
   * expression ("the day before last Tuesday"), and dated the whole as the date alone: the date
   * is resolved on its own, then the day counted from it. Any other expression is left as it is.
   */
  private static FoundTime withDayInside(FoundTime f, LocalDate publication) {
    SutimeMention m = f.mention();
    int narrative = NarrativeDays.end(m.sentence(), m.from());
    if (narrative < 0 || narrative >= m.to() || !NarrativeDays.isStep(m.sentence().get(narrative - 1))
        || m.kind() != Kind.DATE && m.kind() != Kind.TIME) {
      return f;
    }
    SutimeMention inner = new SutimeMention(m.sentence().subList(narrative, m.to()).stream()
        .map(CoreLabel::word).reduce((a, b) -> a + " " + b).orElse(""), Kind.DATE, null, m.sentence(),
        narrative, m.to(), m.story());
    Resolution date = RelativeDates.resolve(inner, publication);
    int offset = NarrativeDays.step(m.sentence().get(narrative - 1));
    if (date.value() == null || !DAY.matcher(date.value()).matches()) {
      return f.with(Resolution.unresolved(m, "a day counted from '" + inner.text() + "', which has no day"));
    }
    LocalDate d = LocalDate.parse(date.value().substring(0, 10)).plusDays(offset);
    return f.with(new Resolution(Kind.DATE, d.toString(), "'" + m.text() + "': " + relation(offset) + " "
        + date.derivation() + "; so " + CalendarWords.longDate(d), true, m.to()));
  }

  /** {@code m} counted from the day of {@code from}, which the text writes right after it. */
  private static Resolution fromDay(SutimeMention m, int offset, FoundTime from) {
    LocalDate d = LocalDate.parse(from.resolution().value().substring(0, 10)).plusDays(offset);
    return new Resolution(Kind.DATE, d.toString(), "'" + m.text() + "': " + relation(offset) + " '"
        + from.mention().text() + "' that follows it, " + CalendarWords.longDate(d), true, m.to());
  }

  private static Resolution resolve(SutimeMention m, int offset, FoundTime last, LocalDate publication) {
    String quoted = "'" + m.text() + "'";
    if (NarrativeDays.countedFromAnEvent(m)) {
      return Resolution.unresolved(m, "a day counted from an event the text does not date here");
    }
    if (last != null) {
      String value = last.resolution().value();
      String from = "'" + last.mention().text() + "', the last date the article gives before it";
      Matcher day = DAY.matcher(value);
      if (day.matches()) {
        LocalDate d = LocalDate.parse(day.group(1)).plusDays(offset);
        return new Resolution(Kind.DATE, d.toString(), quoted + ": " + relation(offset) + " " + from + ", "
            + CalendarWords.longDate(d), true, m.to());
      }
      return new Resolution(Kind.DATE, value + "-XX", quoted + ": " + relation(offset) + " " + from
          + ", which names no day: the day is not known, " + value + "-XX", true, m.to());
    }
    Tense tense = m.tense();
    if (publication != null && (offset < 0 && tense == Tense.PAST || offset > 0 && tense == Tense.FUTURE)) {
      LocalDate d = publication.plusDays(offset);
      return new Resolution(Kind.DATE, d.toString(), quoted + ": no date before it in the article, in a "
          + tense.name().toLowerCase(Locale.ROOT) + "-tense sentence: " + relation(offset)
          + " publication, " + CalendarWords.longDate(d), true, m.to());
    }
    return Resolution.unresolved(m, "a day counted from an earlier one, and the article dates none before it");
  }

  /** True when {@code r} is a day or a month, which a later narrative day may be counted from. */
  private static boolean isDate(Resolution r) {
    return r.value() != null && (r.kind() == Kind.DATE || r.kind() == Kind.TIME)
        && (DAY.matcher(r.value()).matches() || MONTH.matcher(r.value()).matches());
  }

  private static String relation(int offset) {
    return offset < 0 ? "the day before" : offset > 0 ? "the day after" : "the same day as";
  }
}
