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
 * A day the story names by its place in the narrative, not by a date: "the day before", "the next
 * day", "that day", "the following morning", "earlier that same day". It is counted from the last
 * date the article gives before it ("On March 3 the council met. The day before, ..." is March
 * 2), not from publication, which SUTime counts it from. Where that date is only a month ("last
 * October ... that same day"), the day is left unknown ("1998-10-XX", as TimeML writes it); where
 * the article dates nothing before it, only the tense can tie it to publication ("the day before"
 * in a past-tense sentence is the day before publication), and otherwise it has no value rather
 * than a guessed one (TimesTest#aDayNamedByItsPlaceInTheStoryIsCountedFromTheLastDateBeforeIt).
 */
final class NarrativeDays {
  private static final Set<String> PARTS = Set.of("day", "morning", "afternoon", "evening", "night");
  private static final Set<String> BEFORE = Set.of("previous", "preceding", "before", "earlier");
  private static final Set<String> AFTER = Set.of("next", "following", "after", "later");
  /** "the day before yesterday", "the day after tomorrow": counted from publication after all. */
  private static final Set<String> PUBLICATION_DAYS = Set.of("yesterday", "today", "tomorrow");
  private static final Pattern DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}).*");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that");

  private NarrativeDays() {}

  /**
   * {@code found} with the narrative days in {@code tokens} added, each replacing what SUTime found
   * inside it; one that SUTime found as part of a longer expression ("Nov. 3, the day before") is
   * left to that expression.
   */
  static List<SutimeMention> with(List<CoreLabel> tokens, List<SutimeMention> found) {
    List<SutimeMention> all = new ArrayList<>(found);
    for (int i = 0; i < tokens.size(); i++) {
      int to = end(tokens, i);
      int from = i;
      if (to < 0 || found.stream().anyMatch(m -> m.from() < to && m.to() > from
          && (m.from() < from || m.to() > to))) {
        continue;
      }
      String text = String.join(" ", tokens.subList(from, to).stream().map(CoreLabel::word).toList());
      SutimeMention day = new SutimeMention(text, Kind.DATE, null, tokens, from, to);
      // "later in the day before returning home": a day counted from an event is only taken
      // where SUTime took it for a time too, to give it no value rather than publication's.
      if (countedFromAnEvent(day) && found.stream().noneMatch(m -> m.from() < to && m.to() > from
          && !NotTimes.isNotATime(m))) {
        continue;
      }
      all.removeIf(m -> m.from() >= from && m.to() <= to);
      all.add(day);
      i = to - 1;
    }
    return all;
  }

  /**
   * The expressions of an article in reading order, each narrative day among them dated from the
   * last date before it; {@code publication} may be null.
   */
  static List<FoundTime> dated(List<FoundTime> found, LocalDate publication) {
    List<FoundTime> dated = new ArrayList<>();
    FoundTime last = null;
    for (int k = 0; k < found.size(); k++) {
      FoundTime f = found.get(k);
      Integer offset = offset(f.mention());
      FoundTime d;
      if (offset != null) {
        FoundTime event = countedFromAnEvent(f.mention()) ? datedEventAfter(found, k) : null;
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
    int narrative = end(m.sentence(), m.from());
    if (narrative < 0 || narrative >= m.to() || !isStep(m.sentence().get(narrative - 1))
        || m.kind() != Kind.DATE && m.kind() != Kind.TIME) {
      return f;
    }
    SutimeMention inner = new SutimeMention(m.sentence().subList(narrative, m.to()).stream()
        .map(CoreLabel::word).reduce((a, b) -> a + " " + b).orElse(""), Kind.DATE, null, m.sentence(),
        narrative, m.to(), m.story());
    Resolution date = RelativeDates.resolve(inner, publication);
    int offset = BEFORE.contains(word(m.sentence().get(narrative - 1))) ? -1 : 1;
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
    if (countedFromAnEvent(m)) {
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

  /**
   * How many days after the day it is counted from {@code m} names (-1, 0 or 1), or null when it
   * is no narrative day.
   */
  static Integer offset(SutimeMention m) {
    if (m.value() != null || end(m.sentence(), m.from()) != m.to()) {
      return null;
    }
    for (CoreLabel t : m.tokens()) {
      String w = word(t);
      if (w.equals("that") || w.equals("same")) {
        return 0;
      }
      if (BEFORE.contains(w) && !isEdge(m, t)) {
        return -1;
      }
      if (AFTER.contains(w) && !isEdge(m, t)) {
        return 1;
      }
    }
    return null;
  }

  /** "earlier" or "later" opening "earlier that day": a part of the day, not another day. */
  private static boolean isEdge(SutimeMention m, CoreLabel t) {
    return t == m.tokens().get(0);
  }

  /**
   * The token after a narrative day starting at {@code i}, or -1 when none starts there: "[earlier|later]
   * (that|the same|that same) PART", "the (next|following|previous|preceding) PART" and "the PART
   * (before|after|earlier|later)", but not "the day before yesterday" (counted from publication).
   */
  static int end(List<CoreLabel> tokens, int i) {
    int j = i;
    if (is(tokens, j, "earlier") || is(tokens, j, "later")) {
      j++;
    }
    if (is(tokens, j, "that") && is(tokens, j + 1, "same") && isPart(tokens, j + 2)) {
      return j + 3;
    }
    if (is(tokens, j, "that") && isPart(tokens, j + 1)) {
      return j + 2;
    }
    if (is(tokens, j, "the") && is(tokens, j + 1, "same") && isPart(tokens, j + 2)) {
      return j + 3;
    }
    if (j != i || !is(tokens, i, "the") || i + 2 >= tokens.size()) {
      return -1;
    }
    if (isStep(tokens.get(i + 1)) && isPart(tokens, i + 2)) {
      return i + 3;
    }
    if (isPart(tokens, i + 1) && isStep(tokens.get(i + 2))
        && !(i + 3 < tokens.size() && PUBLICATION_DAYS.contains(word(tokens.get(i + 3))))) {
      return i + 3;
    }
    return -1;
  }

  /**
   * True when {@code m} is counted from an event the sentence names rather than from a day ("the
   * day before the vote", "the day after he left", "the same day as the hearing"): the text does
   * not say here which day that is.
   */
  private static boolean countedFromAnEvent(SutimeMention m) {
    String next = m.after(1);
    if (m.has("same")) {
      return next.equals("as");
    }
    return isStep(m.sentence().get(m.to() - 1)) && !next.isEmpty() && Character.isLetterOrDigit(next.charAt(0))
        && !next.equals("and") && !next.equals("but");
  }

  private static boolean isStep(CoreLabel t) {
    return BEFORE.contains(word(t)) || AFTER.contains(word(t));
  }

  private static boolean isPart(List<CoreLabel> tokens, int i) {
    return i < tokens.size() && PARTS.contains(word(tokens.get(i)));
  }

  private static boolean is(List<CoreLabel> tokens, int i, String word) {
    return i < tokens.size() && word(tokens.get(i)).equals(word);
  }

  private static String word(CoreLabel t) {
    return t.word().toLowerCase(Locale.ROOT);
  }
}
