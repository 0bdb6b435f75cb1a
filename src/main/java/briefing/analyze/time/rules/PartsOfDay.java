package briefing.analyze.time.rules;

import briefing.analyze.time.Resolution;
import briefing.model.analysis.TimeMention.Kind;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A named day with a part of it ("Friday night", "Tuesday morning", "tonight"): TimeML, as the
 * TempEval corpora annotate it, dates such an expression by its day ("1998-08-07"), not by the
 * part of the day ("1998-08-07TNI"), and calls it a date, not a time.
 */
final class PartsOfDay {
  private static final Pattern PART_OF_A_DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})T(MO|AF|EV|NI|DT)");
  private static final Map<String, String> NAMES = Map.of("MO", "morning", "AF", "afternoon",
      "EV", "evening", "NI", "night", "DT", "daytime");

  private PartsOfDay() {}

  /** {@code r} dated by its day when it names a part of one; {@code r} itself otherwise. */
  static Resolution asDay(Resolution r) {
    if (r.value() == null || r.kind() == Kind.DURATION || r.kind() == Kind.SET) {
      return r;
    }
    Matcher m = PART_OF_A_DAY.matcher(r.value());
    if (!m.matches()) {
      return r;
    }
    return new Resolution(Kind.DATE, m.group(1), r.derivation() + "; the " + NAMES.get(m.group(2))
        + " of that day, dated by the day as TimeML does, " + m.group(1), r.relative(), r.to());
  }
}
