package briefing.model.briefing;

import briefing.model.Citation;
import java.util.Objects;

/**
 * A quote as one source carries it.
 *
 * @param text the quoted words
 * @param speaker the speaker as the source credits them, or null where unattributed
 * @param partial true for a fragment inside the writer's sentence
 * @param citation where it starts
 * @param rule the attribution rule that credited the speaker, as the analysis names it
 *     ("quote-then-speaker"), or "unattributed"
 */
public record QuoteRef(String text, String speaker, boolean partial, Citation citation, String rule) {
  public QuoteRef {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(citation, "citation");
    Objects.requireNonNull(rule, "rule");
  }
}
