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

  /** Four figures alone, or more: what SUTime reads as a year ("01534" too, as 1534). */
  private static final Pattern FOUR_FIGURES = Pattern.compile("\\d{4,}");
  /** Four figures and a percent sign or word: "up 1000%", "1500 percent". */
  private static final Pattern PERCENT = Pattern.compile("(?i)\\d{4,}\\s*(?:%|percent|per cent)");
  /**
   * Days that, besides a weekday's name and {@link #PARTS_OF_DAYS}, may stand before "at" and four
   * figures on a clock: "tonight at 2330".
   */
  private static final Set<String> DAYS_BY_NAME = Set.of("tonight", "today", "yesterday");
  /** Brackets as the tokenizer writes them. */
  private static final Set<String> OPENING = Set.of("(", "-lrb-", "[", "-lsb-");
  private static final Set<String> CLOSING = Set.of(")", "-rrb-", "]", "-rsb-");
  /**
   * Words besides a time zone ({@link CalendarWords#isTimeZone}) that make four figures a time of
   * day on a 24-hour clock: "2330 hrs", "0930 local time".
   */
  private static final Set<String> CLOCK_AFTER = Set.of("hrs", "hours", "local");

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
   * local time", "on Friday night at 2330"), a share ("up 1000%"), a telephone number or a code
   * with a leading zero ("01534 445566"), or a code in brackets, a market's suffix after it
   * ("Cathay Pacific (0293.HK)", "Eva Airways (2618.TW)", which the sentence splitter may cut
   * after the point).
   */
  private static boolean isClockOrCode(SutimeMention m) {
    String text = m.text().trim();
    if (PERCENT.matcher(text).matches()) {
      return true;
    }
    if (!FOUR_FIGURES.matcher(text).matches()) {
      return false;
    }
    String next = m.after(1);
    return text.length() > 4 || text.startsWith("0") || CLOCK_AFTER.contains(next) || CalendarWords.isTimeZone(next)
        || next.startsWith(".") && next.length() > 1
        || next.equals("%") || next.equals("percent") || next.equals("per") && m.after(2).equals("cent")
        || OPENING.contains(m.before(1)) && !m.followedBy(CLOSING)
        || m.before(1).equals("at") && aDay(m.before(2)) && onAClock(text);
  }

  /** A day or a part of one, in lower case: "friday", "night", "tonight" ("on Friday night at 2330"). */
  private static boolean aDay(String word) {
    return CalendarWords.isWeekdayName(word) || PARTS_OF_DAYS.contains(word) || DAYS_BY_NAME.contains(word);
  }

  /** Four figures that read as hours and minutes: "2330", not "2380". */
  private static boolean onAClock(String figures) {
    return Integer.parseInt(figures.substring(0, 2)) < 24 && Integer.parseInt(figures.substring(2, 4)) < 60;
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
