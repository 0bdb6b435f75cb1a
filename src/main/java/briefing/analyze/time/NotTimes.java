package briefing.analyze.time;

import briefing.model.analysis.TimeMention.Kind;
import briefing.text.CalendarWords;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What SUTime takes for a time expression that is not one: an age ("a 6-year-old"), a vague word
 * with no place on a timeline ("once", "recently"), a name that starts with a month ("Jan Kavan",
 * "April Ryan"), a month word used as a verb ("they march"), a time word inside a name
 * ({@link TimeWordsInNames}), a unit of time with neither a count nor a day ("all week") and
 * "Now" opening a sentence as a discourse marker
 * ("Now, she said, ...").
 */
final class NotTimes {
  private static final Pattern AGE = Pattern.compile("(?i).*\\b[\\w.]+-(year|month|week|day)s?-old\\b.*");
  private static final Set<String> VAGUE = Set.of("once", "previously", "recently", "present",
      "past", "time", "formerly", "lately");

  private static final Set<String> UNIT = Set.of("day", "week", "month", "year");
  private static final Set<String> PLURAL_UNIT = Set.of("seconds", "minutes", "hours", "days");
  private static final Pattern LONE_DAY = Pattern.compile("(the|this) day");
  /** A part of a day written alone ("brought to the night", "in the morning"): of no named day. */
  private static final Set<String> PARTS_OF_DAYS = Set.of("morning", "afternoon", "evening", "night");

  /** Four figures alone: what SUTime reads as a year. */
  private static final Pattern FOUR_FIGURES = Pattern.compile("\\d{4}");
  /** Time zones and words that make four figures a time of day on a 24-hour clock: "1801 GMT". */
  private static final Set<String> CLOCK_AFTER = Set.of("gmt", "bst", "utc", "z", "est", "edt", "cst",
      "cdt", "mst", "mdt", "pst", "pdt", "cet", "cest", "eet", "eest", "ist", "jst", "hkt", "aest",
      "aedt", "msk", "hrs", "hours", "local");

  private NotTimes() {}

  /** True when {@code m} is not a time expression after all. */
  static boolean isNotATime(SutimeMention m) {
    String text = m.text().toLowerCase(Locale.ROOT).trim();
    if (AGE.matcher(text).matches() || VAGUE.contains(text)) {
      return true;
    }
    if (TimeWordsInNames.isInAName(m) || isDiscourseNow(m) || isUnitAlone(m) || isClockOrCode(m)) {
      return true;
    }
    List<CoreLabel> tokens = m.tokens();
    CoreLabel first = tokens.get(0);
    if (tokens.size() == 1 && CalendarWords.month(first.word()) != null
        && Character.isLowerCase(first.word().charAt(0)) && first.word().length() > 3) {
      return true;
    }
    return CalendarWords.month(first.word()) != null && !m.hasDigits() && tokens.size() > 1
        && tokens.subList(1, tokens.size()).stream().allMatch(NotTimes::isOtherName);
  }

  /**
   * A unit of time with no count and no day to name: "a great day", "all week", "later that
   * year", "the day belonged to them", "only minutes apart", "brought to the night" (SUTime
   * takes a part of a day alone for the publication day's). It is neither a length nor a date.
   */
  private static boolean isUnitAlone(SutimeMention m) {
    if (m.kind() == Kind.SET) {
      return false;
    }
    String text = m.text().toLowerCase(Locale.ROOT);
    return UNIT.contains(text) || LONE_DAY.matcher(text).matches() || PARTS_OF_DAYS.contains(text)
        || (PLURAL_UNIT.contains(text) && m.after(1).equals("apart"));
  }

  /**
   * Four figures that are no year: a time of day on a 24-hour clock ("by 1801 GMT", "at 0930
   * local time") or a code with a leading zero or a market's suffix ("Cathay Pacific (0293.HK)").
   */
  private static boolean isClockOrCode(SutimeMention m) {
    String text = m.text().trim();
    if (!FOUR_FIGURES.matcher(text).matches()) {
      return false;
    }
    String next = m.after(1).toLowerCase(Locale.ROOT);
    return text.startsWith("0") || CLOCK_AFTER.contains(next) || next.startsWith(".") && next.length() > 1;
  }

  /** "Now" as a sentence's first word, not followed by "that": it moves the story on, it dates nothing. */
  private static boolean isDiscourseNow(SutimeMention m) {
    return m.from() == 0 && m.tokens().size() == 1 && m.text().equals("Now") && !m.after(1).equals("that");
  }

  private static boolean isOtherName(CoreLabel t) {
    return "NNP".equals(t.tag()) && CalendarWords.month(t.word()) == null
        && CalendarWords.weekday(t.word()) == null && Character.isUpperCase(t.word().charAt(0));
  }
}
