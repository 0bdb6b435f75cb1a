package briefing.analyze.time.rules;

import briefing.analyze.time.Resolution;
import briefing.analyze.time.SutimeMention;
import briefing.model.analysis.TimeMention.Kind;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * A century ("the 20th Century", "this century"): TimeML writes it by its first two digits,
 * "19", where SUTime writes "19XX", which TimeML reads as some year of the century.
 */
final class Centuries implements DateRule {
  private static final Pattern CENTURY_VALUE = Pattern.compile("\\d{2}XX");

  @Override
  public boolean applies(SutimeMention m) {
    return m.kind() == Kind.DATE && m.value() != null && CENTURY_VALUE.matcher(m.value()).matches()
        && (m.has("century") || m.has("centuries"));
  }

  @Override
  public boolean needsAnchor() {
    return false;
  }

  @Override
  public Resolution resolve(SutimeMention m, LocalDate anchor) {
    String value = m.value().substring(0, 2);
    return new Resolution(Kind.DATE, value, "'" + m.text() + "': a century, written by its first two digits, "
        + value, !m.hasDigits(), m.to());
  }
}
