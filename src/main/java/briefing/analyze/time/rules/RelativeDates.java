package briefing.analyze.time.rules;

import briefing.analyze.time.Resolution;
import briefing.analyze.time.SutimeMention;
import briefing.analyze.time.TimexValues;
import briefing.model.analysis.TimeMention.Kind;
import briefing.text.CalendarWords;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Re-resolves what SUTime leaves underspecified or resolves without regard to tense, and says how
 * every value was reached. The rules are tried in order; the first that applies decides.
 */
public final class RelativeDates {
  private static final List<DateRule> RULES =
      List.of(new CountFrom(), new StretchDates(), new Centuries(), new YearSpans(), new CountedDates(), new Weekdays(),
          new Weekends(), new SundaysWeek(), new YearlessDates(), new UnvaluedDates());
  private static final Pattern REFERENCE = Pattern.compile("(PRESENT|PAST|FUTURE)_REF");
  private static final Pattern ABSOLUTE = Pattern.compile("\\d{2}[\\dX]{2}(-.*)?");

  private RelativeDates() {}

  /** What {@code m} means, written on {@code anchor} (null where the day is not known). */
  public static Resolution resolve(SutimeMention m, LocalDate anchor) {
    return PartsOfDay.asDay(byRule(m, anchor));
  }

  private static Resolution byRule(SutimeMention m, LocalDate anchor) {
    for (DateRule rule : RULES) {
      if (rule.applies(m)) {
        return anchor == null && rule.needsAnchor()
            ? Resolution.unresolved(m, "relative to the publication day, which is not known")
            : guarded(rule, m, anchor);
      }
    }
    return asSutimeReadsIt(m, anchor);
  }

  /**
   * What {@code rule} makes of {@code m}, or no value when the rule fails on it: date arithmetic
   * on "8 billion years after the Big Bang" runs past the calendar, and one expression must not
   * cost the article its analysis (TimesTest#aRuleThatFailsOnOneExpressionCostsOnlyThatExpression).
   */
  private static Resolution guarded(DateRule rule, SutimeMention m, LocalDate anchor) {
    try {
      return rule.resolve(m, anchor);
    } catch (RuntimeException e) {
      return Resolution.unresolved(m, "no value could be worked out ("
          + e.getClass().getSimpleName() + " in " + rule.getClass().getSimpleName() + ")");
    }
  }

  /** {@code m} as SUTime reads it, relative to {@code anchor} where it is relative. */
  static Resolution asSutimeReadsIt(SutimeMention m, LocalDate anchor) {
    String quoted = "'" + m.text() + "'";
    String value = m.value() == null ? null : TimexValues.withoutZone(m.value());
    if (m.kind() == Kind.DURATION || m.kind() == Kind.SET) {
      String what = m.kind() == Kind.DURATION ? "a duration" : "a recurring time";
      return new Resolution(m.kind(), value,
          quoted + ": " + what + (value == null ? " with no value" : ", " + value), false, m.to());
    }
    if (value == null) {
      return Resolution.unresolved(m, "no value could be read");
    }
    if (REFERENCE.matcher(value).matches()) {
      return new Resolution(m.kind(), value, quoted + ": the " + value.replace("_REF", "")
          .toLowerCase(java.util.Locale.ROOT) + ", not a date (" + value + ")", false, m.to());
    }
    if (m.hasYear() && ABSOLUTE.matcher(value).matches()) {
      return new Resolution(m.kind(), value, quoted + " as written", false, m.to());
    }
    if (anchor == null || !ABSOLUTE.matcher(value).matches()) {
      return Resolution.unresolved(m, anchor == null
          ? "relative to the publication day, which is not known"
          : "SUTime gives no date for it (" + value + ")");
    }
    return new Resolution(m.kind(), value, quoted + ": relative to publication on "
        + CalendarWords.longDate(anchor) + ", " + value, true, m.to());
  }
}
