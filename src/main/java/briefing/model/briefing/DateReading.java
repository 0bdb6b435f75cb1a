package briefing.model.briefing;

import briefing.model.Citation;
import java.util.Objects;

/**
 * How one source dates an event.
 *
 * @param value the ISO 8601 value it gives
 * @param text the expression as written ("on Monday"), or "" where the sentence writes none and the
 *     date was read from the report's publication day or its next sentence
 * @param derivation how it was resolved
 * @param citation where
 */
public record DateReading(String value, String text, String derivation, Citation citation) {
  public DateReading {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(derivation, "derivation");
    Objects.requireNonNull(citation, "citation");
  }

  /** True where the source writes this date in the sentence itself ("on Monday"). */
  public boolean stated() {
    return !text.isEmpty();
  }
}
