package briefing.analyze.time;

import briefing.model.analysis.TimeMention.Kind;
import briefing.text.CalendarWords;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Time words that are part of a name or an idiom, not a time: "Election Day", the TV show
 * "60 Minutes", the "March for Life", the "Spring of Life" rallies, the film "High Noon", "today's youth", and "march" or "nights" in lower case.
 */
final class TimeWordsInNames {
  private static final Set<String> UNITS = Set.of("day", "days", "minutes", "hours", "weeks",
      "months", "years", "seconds");
  private static final Set<String> SEASONS = Set.of("spring", "summer", "fall", "autumn", "winter");
  private static final Set<String> PARTS_OF_DAYS = Set.of("nights", "mornings", "evenings",
      "afternoons", "overnight");

  /** "today's youth": today as nowadays, not as a day. */
  private static final Set<String> NOWADAYS = Set.of("youth", "generation", "world", "society",
      "children", "young", "kids");

  private TimeWordsInNames() {}

  /** True when {@code m} is a time word inside a name or an idiom. */
  static boolean isInAName(SutimeMention m) {
    List<CoreLabel> tokens = m.tokens();
    String last = tokens.get(tokens.size() - 1).word();
    String lower = m.text().toLowerCase(Locale.ROOT);
    return isCapitalisedUnit(m, last)
        || (isMonthOrSeason(m) && isNameAfter(m))
        || (lower.endsWith("noon") && (lower.startsWith("high") || m.from() > 0
            && m.sentence().get(m.from() - 1).word().equalsIgnoreCase("high")))
        || PARTS_OF_DAYS.contains(lower)
        || (lower.equals("today") && m.after(1).equals("'s") && NOWADAYS.contains(m.after(2)))
        || isLowerCaseMonth(m);
  }

  /** "Election Day", "60 Minutes": a unit of time capitalised inside a sentence of prose. */
  private static boolean isCapitalisedUnit(SutimeMention m, String last) {
    return m.kind() == Kind.DURATION && m.from() > 0 && UNITS.contains(last.toLowerCase(Locale.ROOT))
        && Character.isUpperCase(last.charAt(0)) && isProse(m.sentence());
  }

  /** "March for Life", "March of the Combatant Mothers", "Spring of Life". */
  private static boolean isNameAfter(SutimeMention m) {
    if (!m.after(1).equals("for") && !m.after(1).equals("of")) {
      return false;
    }
    int next = m.after(2).equals("the") ? 3 : 2;
    return isCapitalised(m.sentence(), m.to() + next - 1);
  }

  private static boolean isMonthOrSeason(SutimeMention m) {
    return !m.hasDigits() && m.tokens().stream().anyMatch(t -> Character.isUpperCase(t.word().charAt(0))
        && (CalendarWords.month(t.word()) != null || SEASONS.contains(t.word().toLowerCase(Locale.ROOT))));
  }

  /** "this march": a month word in lower case is a walk, not a month. */
  private static boolean isLowerCaseMonth(SutimeMention m) {
    return !m.hasDigits() && m.month() == null && m.kind() == Kind.DATE
        && m.tokens().stream().anyMatch(t -> CalendarWords.month(t.word()) != null && t.word().length() > 3);
  }

  /** True when most words of {@code sentence} start in lower case: prose, not a title. */
  private static boolean isProse(List<CoreLabel> sentence) {
    long lower = sentence.stream().filter(t -> Character.isLowerCase(t.word().charAt(0))).count();
    long upper = sentence.stream().filter(t -> Character.isUpperCase(t.word().charAt(0))).count();
    return lower > upper;
  }

  /** True when token {@code i} of {@code sentence} exists and is capitalised ("March for Life"). */
  private static boolean isCapitalised(List<CoreLabel> sentence, int i) {
    return i < sentence.size() && Character.isUpperCase(sentence.get(i).word().charAt(0));
  }
}
