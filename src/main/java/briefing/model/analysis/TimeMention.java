package briefing.model.analysis;

import java.util.Objects;

/**
 * A time expression and what it means, anchored on the article's publication date.
 *
 * @param text the expression as written ("on Monday", "Jan. 10", "eight years")
 * @param kind a date or time of day, a duration, or a set of times
 * @param value the ISO 8601 value: "2022-01-10", "2022-01", "2022-W02", "2022-01-10T16:00" for
 *     dates and times, "P8Y" for durations, "P1W" for sets; null where it cannot be resolved
 * @param precision how fine the value is
 * @param derivation how the value was reached, for people ("'Monday' in a past-tense sentence:
 *     the Monday before publication, Monday 10 January 2022")
 * @param span where it is written
 */
public record TimeMention(
    String text, Kind kind, String value, Precision precision, String derivation, Span span) {
  /** Dates are points on the timeline; durations and sets are not. */
  public enum Kind { DATE, TIME, DURATION, SET }

  /** How fine a value is; durations and sets and unresolved values have {@link #NONE}. */
  public enum Precision { NONE, CENTURY, DECADE, YEAR, QUARTER, MONTH, WEEK, DAY, PART_OF_DAY, TIME }

  public TimeMention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(derivation, "derivation");
    Objects.requireNonNull(span, "span");
  }

  /** True for a resolved date or time, which can stand on a timeline. */
  public boolean isPointInTime() {
    return (kind == Kind.DATE || kind == Kind.TIME) && value != null && precision != Precision.NONE;
  }
}
