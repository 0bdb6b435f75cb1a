package briefing.analyze.time.rules;

import briefing.analyze.time.Resolution;
import briefing.analyze.time.SutimeMention;
import briefing.model.analysis.TimeMention.Kind;
import briefing.text.CalendarWords;
import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day counted on from yesterday, today or tomorrow: "the talks resume a week from tomorrow" is
 * seven days after tomorrow (SUTime puts it a day off), and "closed for a week from yesterday" is
 * a stretch that began yesterday, the day the happening is dated.
 */
final class CountFrom implements DateRule {
  private static final Pattern COUNT_FROM = Pattern.compile("(?<n>a|an|one|two|three|four|five|six"
      + "|seven|eight|nine|ten|\\d{1,2}) (?<unit>day|week|month|year)s? from (?<day>yesterday|today"
      + "|tomorrow)");
  private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1),
      Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
      Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
      Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10));

  @Override
  public boolean applies(SutimeMention m) {
    return COUNT_FROM.matcher(m.text().toLowerCase(Locale.ROOT).strip()).matches();
  }

  @Override
  public Resolution resolve(SutimeMention m, LocalDate anchor) {
    Matcher c = COUNT_FROM.matcher(m.text().toLowerCase(Locale.ROOT).strip());
    c.matches();
    LocalDate from = switch (c.group("day")) {
      case "yesterday" -> anchor.minusDays(1);
      case "tomorrow" -> anchor.plusDays(1);
      default -> anchor;
    };
    String quoted = "'" + m.text() + "'";
    // "closed for a week from yesterday": how long, from the day it began
    if (m.from() > 0 && m.sentence().get(m.from() - 1).word().equalsIgnoreCase("for")) {
      return new Resolution(Kind.DATE, from.toString(), quoted + " after 'for': a stretch that"
          + " began " + c.group("day") + ", " + CalendarWords.longDate(from), true, m.to());
    }
    String word = c.group("n");
    int n = NUMBERS.getOrDefault(word, word.chars().allMatch(Character::isDigit) ? Integer.parseInt(word) : 1);
    Period count = switch (c.group("unit")) {
      case "week" -> Period.ofWeeks(n);
      case "month" -> Period.ofMonths(n);
      case "year" -> Period.ofYears(n);
      default -> Period.ofDays(n);
    };
    LocalDate day = from.plus(count);
    return new Resolution(Kind.DATE, day.toString(), quoted + ": counted on from " + c.group("day")
        + ", " + CalendarWords.longDate(day), true, m.to());
  }
}
