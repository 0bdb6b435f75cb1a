package briefing.model.analysis;

import java.util.Objects;

/**
 * An organisation or a place as one sentence names it.
 *
 * @param name the name as written ("Organization of the Petroleum Exporting Countries", "Rotterdam")
 * @param kind organisation or place
 * @param type the finer type where known ("COUNTRY", "STATE_OR_PROVINCE", "LOCATION",
 *     "ORGANIZATION")
 * @param acronym the acronym the text ties to this name ("OPEC"), or null
 * @param span where it is written
 */
public record EntityMention(String name, Kind kind, String type, String acronym, Span span) {
  /** Organisations and places are kept apart. */
  public enum Kind { ORGANIZATION, PLACE }

  public EntityMention {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(type, "type");
    if (name.isBlank() || type.isBlank()) {
      throw new IllegalArgumentException("an entity has a name and a type");
    }
    Objects.requireNonNull(span, "span");
  }
}
