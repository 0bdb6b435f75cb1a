package briefing.analyze.time.rules;

import briefing.analyze.time.Resolution;
import briefing.analyze.time.SutimeMention;
import briefing.model.analysis.TimeMention.Kind;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Years written as a span ("1990-1991", "2020–2025"): SUTime makes a length of hours of it
 * ("PT8760H"); TimeML reads the years, and the span is dated by the year it starts in.
 */
final class YearSpans implements DateRule {
  private static final Pattern SPAN = Pattern.compile("((?:1[0-9]|20)\\d\\d)\\s*[-\u2013]\\s*(?:(?:1[0-9]|20)\\d\\d|\\d\\d)");

  @Override
  public boolean applies(SutimeMention m) {
    return m.kind() == Kind.DURATION && SPAN.matcher(m.text()).matches();
  }

  @Override
  public boolean needsAnchor() {
    return false;
  }

  @Override
  public Resolution resolve(SutimeMention m, LocalDate anchor) {
    Matcher span = SPAN.matcher(m.text());
    span.matches();
    String year = span.group(1);
    return new Resolution(Kind.DATE, year, "'" + m.text() + "': years written as a span, dated by the first, "
        + year, false, m.to());
  }
}
