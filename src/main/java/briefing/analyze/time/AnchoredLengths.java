package briefing.analyze.time;

import briefing.model.analysis.TimeMention.Kind;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A length of time counted from an event of the story ("a month earlier", "two days later"):
 * SUTime counts it from publication and makes it a date; TimeML marks the length alone ("a
 * month", P1M), since the event it counts from is not publication. "Ago" does count from
 * publication and stays a date.
 */
final class AnchoredLengths {
  private static final Set<String> FROM_AN_EVENT = Set.of("earlier", "later");
  private static final Map<String, String> UNITS = Map.ofEntries(Map.entry("minute", "TM"),
      Map.entry("hour", "TH"), Map.entry("day", "D"), Map.entry("week", "W"), Map.entry("month", "M"),
      Map.entry("year", "Y"), Map.entry("decade", "0Y"));
  private static final Set<String> ONE = Set.of("a", "an", "one");
  private static final Set<String> SOME = Set.of("several", "few", "some", "many");

  private AnchoredLengths() {}

  /** {@code found} with each date counted from an event cut to its length of time. */
  static List<SutimeMention> with(List<SutimeMention> found) {
    List<SutimeMention> all = new ArrayList<>();
    for (SutimeMention m : found) {
      SutimeMention length = length(m);
      all.add(length == null ? m : length);
    }
    return all;
  }

  private static SutimeMention length(SutimeMention m) {
    List<CoreLabel> tokens = m.tokens();
    int n = tokens.size();
    if ((m.kind() != Kind.DATE && m.kind() != Kind.TIME) || n < 2
        || !FROM_AN_EVENT.contains(word(tokens.get(n - 1)))) {
      return null;
    }
    String unitWord = word(tokens.get(n - 2));
    boolean plural = unitWord.endsWith("s");
    String unit = UNITS.get(plural ? unitWord.substring(0, unitWord.length() - 1) : unitWord);
    if (unit == null) {
      return null;
    }
    String count = n >= 3 ? count(tokens.get(n - 3)) : null;
    if (count == null && !plural) {
      return null;
    }
    if (count == null) {
      count = "X";
    }
    String value;
    if (unit.equals("0Y")) {
      value = count.equals("X") ? "PXY" : "P" + count + "0Y";
    } else {
      value = (unit.startsWith("T") ? "PT" : "P") + count + unit.substring(unit.length() - 1);
    }
    String text = String.join(" ", tokens.subList(0, n - 1).stream()
        .map(t -> t.originalText() == null ? t.word() : t.originalText()).toList());
    return new SutimeMention(text, Kind.DURATION, value, m.sentence(), m.from(), m.to() - 1);
  }

  /** The count {@code token} writes ("a", "two", "3"), "X" for "several", or null. */
  private static String count(CoreLabel token) {
    String word = word(token);
    if (ONE.contains(word)) {
      return "1";
    }
    if (SOME.contains(word)) {
      return "X";
    }
    if (word.matches("\\d{1,4}")) {
      return word;
    }
    Number number = token.get(CoreAnnotations.NumericCompositeValueAnnotation.class);
    return number != null && number.doubleValue() == Math.rint(number.doubleValue()) && number.intValue() > 0
        ? String.valueOf(number.intValue()) : null;
  }

  private static String word(CoreLabel t) {
    return t.word().toLowerCase(Locale.ROOT);
  }
}
