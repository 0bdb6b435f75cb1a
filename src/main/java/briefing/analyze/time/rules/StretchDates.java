package briefing.analyze.time.rules;

import briefing.analyze.time.Resolution;
import briefing.analyze.time.SutimeMention;
import briefing.model.analysis.TimeMention.Kind;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stretch of time reaching up to or on from publication ("the past decade", "the coming
 * years", "the next few days"): TimeML reads it as a duration, where SUTime often gives the
 * decade or the year it falls in.
 */
final class StretchDates implements DateRule {
  private static final Pattern SPAN = Pattern.compile(
      "(?:the )?(?:past|coming|recent|last|next|previous) (?:(few|several) )?"
          + "(decades?|century|centuries|years?|months?|weeks?|days?)");
  private static final Map<String, String> UNITS = Map.of("decade", "10Y", "century", "100Y",
      "year", "1Y", "month", "1M", "week", "1W", "day", "1D");

  @Override
  public boolean applies(SutimeMention m) {
    Matcher span = SPAN.matcher(m.text().toLowerCase(Locale.ROOT));
    if (m.kind() != Kind.DATE || !span.matches()) {
      return false;
    }
    String unit = span.group(2);
    // "last year", "next week" are dates; "the past decade", "the coming years" are stretches.
    return unit.endsWith("s") || span.group(1) != null || unit.startsWith("decade")
        || unit.equals("centuries");
  }

  @Override
  public boolean needsAnchor() {
    return false;
  }

  @Override
  public Resolution resolve(SutimeMention m, LocalDate anchor) {
    Matcher span = SPAN.matcher(m.text().toLowerCase(Locale.ROOT));
    span.matches();
    String unit = span.group(2).replaceFirst("ies$", "y").replaceFirst("s$", "");
    String one = UNITS.get(unit);
    String value;
    if (span.group(2).endsWith("s")) {
      value = "PX" + one.charAt(one.length() - 1);
    } else {
      value = "P" + one;
    }
    return new Resolution(Kind.DURATION, value,
        "'" + m.text() + "': a stretch of time reaching to publication, " + value, false, m.to());
  }
}
