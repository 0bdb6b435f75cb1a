package briefing.analyze.time;

import briefing.model.analysis.TimeMention.Kind;

/**
 * What a time expression means, as one rule resolved it.
 *
 * @param kind a date, a time, a duration or a set
 * @param value the ISO 8601 (TimeML) value, or null where it cannot be resolved
 * @param derivation how the value was reached, for people
 * @param relative true when the value depends on the publication day and the sentence's tense, so
 *     that a headline may borrow the value the text gives the same words
 * @param to the token after the expression's last, when the rule widened it ("eight years after")
 */
public record Resolution(Kind kind, String value, String derivation, boolean relative, int to) {
  /** A value that could not be had, with the reason. */
  public static Resolution unresolved(SutimeMention m, String why) {
    return new Resolution(m.kind(), null, "'" + m.text() + "': " + why, true, m.to());
  }
}
