package briefing.model.briefing;

import java.util.Objects;

/**
 * What the editor changed about one thing of the briefing, in words shown to readers
 * ("Merged by the editor."), so that a page never presents an editor's decision as a source's.
 *
 * @param kind what it is about: "person", "organisation", "event", "figure", "quote" or "source"
 * @param id the person's, organisation's or event's id, the figure's topic, the quote's first
 *     words, or the source's article id
 * @param text the note, one or more plain sentences
 */
public record EditorNote(String kind, String id, String text) {
  public EditorNote {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
  }
}
