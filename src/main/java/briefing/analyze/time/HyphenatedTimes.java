package briefing.analyze.time;

import briefing.model.analysis.TimeMention.Kind;
import briefing.text.CalendarWords;
import edu.stanford.nlp.ling.CoreLabel;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times written as one hyphenated word, which SUTime does not see or sees only in part: "late-November" (a month),
 * "post-1959" (a year), "a day-long vigil" and "decades-long exile" (lengths of time).
 */
final class HyphenatedTimes {
  private static final Pattern EDGE = Pattern.compile("(?i)(early|mid|late|pre|post)-(\\w+)");
  private static final Pattern LONG = Pattern.compile("(?i)(hour|day|week|month|year|decade)(s?)-long");
  private static final Map<String, String> UNITS = Map.of("hour", "TH", "day", "D", "week", "W",
      "month", "M", "year", "Y", "decade", "Y");

  private HyphenatedTimes() {}

  /**
   * {@code found} with the hyphenated times in {@code tokens} added ("late - November", as the
   * tokenizer splits it), each replacing what SUTime found inside it, with the value SUTime would
   * give it on {@code anchor} (null when not known).
   */
  static List<SutimeMention> with(List<CoreLabel> tokens, List<SutimeMention> found, LocalDate anchor) {
    List<SutimeMention> all = new ArrayList<>(found);
    for (int i = 0; i < tokens.size(); i++) {
      boolean split = i + 2 < tokens.size() && tokens.get(i + 1).word().equals("-");
      int from = i;
      int to = split ? i + 3 : i + 1;
      if (found.stream().anyMatch(m -> m.from() < to && m.to() > from && (m.from() < from || m.to() > to))) {
        continue;
      }
      String word = split ? tokens.get(i).word() + "-" + tokens.get(i + 2).word() : tokens.get(i).word();
      SutimeMention time = edge(word, tokens, i, to, anchor);
      if (time == null) {
        time = length(word, tokens, i, to);
      }
      if (time != null) {
        all.removeIf(m -> m.from() >= from && m.to() <= to);
        all.add(time);
      }
    }
    return all;
  }

  /** "late-November" as November of the year of publication, "post-1959" as 1959. */
  private static SutimeMention edge(String word, List<CoreLabel> tokens, int i, int to, LocalDate anchor) {
    Matcher edge = EDGE.matcher(word);
    if (!edge.matches()) {
      return null;
    }
    String rest = edge.group(2);
    if (rest.matches("(1[0-9]|20)\\d\\d")) {
      return new SutimeMention(word, Kind.DATE, rest, tokens, i, to);
    }
    Month month = CalendarWords.month(rest);
    if (month == null || !Character.isUpperCase(rest.charAt(0))) {
      return null;
    }
    String value = anchor == null ? null : String.format("%d-%02d", anchor.getYear(), month.getValue());
    return new SutimeMention(word, Kind.DATE, value, tokens, i, to);
  }

  /** "day-long" as one day, "decades-long" as some decades. */
  private static SutimeMention length(String word, List<CoreLabel> tokens, int i, int to) {
    Matcher length = LONG.matcher(word);
    if (!length.matches()) {
      return null;
    }
    String unit = length.group(1).toLowerCase(Locale.ROOT);
    String code = UNITS.get(unit);
    String count = !length.group(2).isEmpty() ? "X" : unit.equals("decade") ? "10" : "1";
    String value = code.startsWith("T") ? "PT" + count + "H" : "P" + count + code;
    return new SutimeMention(word, Kind.DURATION, value, tokens, i, to);
  }
}
