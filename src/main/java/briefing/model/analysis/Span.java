package briefing.model.analysis;

import java.util.Objects;

/**
 * Where a fact was read: a stretch of one sentence.
 *
 * @param sentence the id of the sentence ("s12")
 * @param start where the stretch starts in the sentence's text, in chars
 * @param end where it ends, exclusive
 */
public record Span(String sentence, int start, int end) {
  public Span {
    Objects.requireNonNull(sentence, "sentence");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("a span has 0 <= start <= end: " + start + ".." + end);
    }
  }
}
