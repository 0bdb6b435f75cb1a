package briefing.model.briefing;

import briefing.model.Citation;
import java.util.Objects;

/**
 * A name or a date in an article's sentence tied to what cross-referencing decided it is: the
 * person it names, or the timeline event it dates. Pages link the words to that person or event
 * from this record; no later stage matches spellings again.
 *
 * @param citation the sentence the words are in
 * @param start where the words start in the sentence's text
 * @param end where they end
 * @param kind what the words refer to
 * @param id the person's or the event's id
 */
public record MentionLink(Citation citation, int start, int end, Kind kind, String id) {
  /** What a mention refers to. */
  public enum Kind { PERSON, EVENT }

  public MentionLink {
    Objects.requireNonNull(citation, "citation");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("a mention spans start ≤ end: " + start + ", " + end);
    }
  }
}
