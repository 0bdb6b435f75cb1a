package briefing.model.analysis;

import java.util.List;
import java.util.Objects;

/**
 * Words the article reports someone said, in quotation marks.
 *
 * @param text the quoted words, without the quotation marks
 * @param partial true for a fragment inside the writer's own sentence ("called the talks
 *     'useful'"), false for a full quotation
 * @param speaker the name or description of who said it, as written, or null where the text does
 *     not make it clear (never guessed)
 * @param rule the attribution rule that credited the speaker ("'…,' X said"), or "unattributed"
 * @param sentences the ids of the sentences the quote runs through, in order
 * @param span where the quote starts, in its first sentence
 */
public record Quote(
    String text, boolean partial, String speaker, String rule, List<String> sentences, Span span) {
  public Quote {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(rule, "rule");
    sentences = List.copyOf(sentences);
    if (sentences.isEmpty()) {
      throw new IllegalArgumentException("a quote lies in at least one sentence");
    }
    Objects.requireNonNull(span, "span");
  }

  public boolean attributed() {
    return speaker != null;
  }
}
