package briefing.analyze.time.rules;

import briefing.analyze.time.Resolution;
import briefing.analyze.time.SutimeMention;
import briefing.analyze.time.Tense;
import briefing.analyze.time.TimexValues;
import briefing.model.analysis.TimeMention.Kind;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date counted from publication: "four years ago" is the year four years before it, to the year
 * (not to SUTime's day); "comes eight years after" in a present- or future-tense sentence counts
 * back from publication to the year of what it follows.
 */
final class CountedDates implements DateRule {
  private static final Pattern AMOUNT = Pattern.compile("P(\\d+)([YMWD])");
  private static final Map<String, String> UNITS = Map.ofEntries(Map.entry("year", "Y"),
      Map.entry("years", "Y"), Map.entry("decade", "Y"), Map.entry("decades", "Y"),
      Map.entry("century", "Y"), Map.entry("centuries", "Y"), Map.entry("month", "M"),
      Map.entry("months", "M"), Map.entry("week", "W"), Map.entry("weeks", "W"),
      Map.entry("day", "D"), Map.entry("days", "D"));

  @Override
  public boolean applies(SutimeMention m) {
    if (m.kind() == Kind.DATE && m.has("ago") && m.value() != null
        && Weekdays.DAY_VALUE.matcher(m.value()).matches()) {
      return unit(m.tokens().stream().map(t -> t.word()).toList()) != null;
    }
    return isCountBack(m);
  }

  private static boolean isCountBack(SutimeMention m) {
    return m.kind() == Kind.DURATION && m.value() != null && AMOUNT.matcher(m.value()).matches()
        && m.after(1).equals("after") && !m.after(2).equals("that") && (m.tense() == Tense.PRESENT
        || m.tense() == Tense.FUTURE);
  }

  @Override
  public Resolution resolve(SutimeMention m, LocalDate anchor) {
    if (isCountBack(m)) {
      Matcher amount = AMOUNT.matcher(m.value());
      amount.matches();
      int n = Integer.parseInt(amount.group(1));
      String unit = amount.group(2);
      Period back = switch (unit) {
        case "Y" -> Period.ofYears(n);
        case "M" -> Period.ofMonths(n);
        case "W" -> Period.ofWeeks(n);
        default -> Period.ofDays(n);
      };
      String value = truncate(anchor.minus(back), unit);
      return new Resolution(Kind.DATE, value, "'" + m.text() + " after' in a "
          + m.tense().name().toLowerCase(Locale.ROOT) + "-tense sentence: what it follows was "
          + m.text() + " before publication, " + value, true, m.to() + 1);
    }
    String unit = unit(m.tokens().stream().map(t -> t.word()).toList());
    // SUTime has counted from the publication day already; only the precision is too fine.
    String value = truncate(LocalDate.parse(m.value().substring(0, 10)), unit);
    return new Resolution(Kind.DATE, value, "'" + m.text() + "': counted back from publication, to the "
        + switch (unit) {
          case "Y" -> "year";
          case "M" -> "month";
          case "W" -> "week";
          default -> "day";
        } + ", " + value, true, m.to());
  }

  /** The unit of the last unit word before "ago", or null. */
  private static String unit(List<String> words) {
    String unit = null;
    for (String w : words) {
      if (w.equalsIgnoreCase("ago")) {
        return unit;
      }
      unit = UNITS.getOrDefault(w.toLowerCase(Locale.ROOT), unit);
    }
    return unit;
  }

  private static String truncate(LocalDate day, String unit) {
    return switch (unit) {
      case "Y" -> String.valueOf(day.getYear());
      case "M" -> day.toString().substring(0, 7);
      case "W" -> TimexValues.week(day);
      default -> day.toString();
    };
  }
}
