package briefing.analyze.time;

import briefing.model.analysis.TimeMention.Kind;
import briefing.text.CalendarWords;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A weekday SUTime does not report, as with "Sunday night" in some sentences: a capitalised
 * weekday, with the part of the day after it, that no expression found already covers.
 */
final class UnseenWeekdays {
  private static final Set<String> PARTS = Set.of("morning", "afternoon", "evening", "night");

  private UnseenWeekdays() {}

  /** The weekdays in {@code tokens} outside every expression in {@code found}, without values. */
  static List<SutimeMention> in(List<CoreLabel> tokens, List<SutimeMention> found) {
    List<SutimeMention> unseen = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      String word = tokens.get(i).word();
      if (CalendarWords.weekday(word) == null || !Character.isUpperCase(word.charAt(0))
          || !"NNP".equals(tokens.get(i).tag()) || covered(i, found)) {
        continue;
      }
      int to = i + 1;
      if (to < tokens.size() && PARTS.contains(tokens.get(to).word().toLowerCase(Locale.ROOT))
          && !covered(to, found)) {
        to++;
      }
      String text = String.join(" ", tokens.subList(i, to).stream().map(CoreLabel::word).toList());
      unseen.add(new SutimeMention(text, Kind.DATE, null, tokens, i, to));
    }
    return unseen;
  }

  private static boolean covered(int token, List<SutimeMention> found) {
    return found.stream().anyMatch(m -> m.from() <= token && token < m.to());
  }
}
