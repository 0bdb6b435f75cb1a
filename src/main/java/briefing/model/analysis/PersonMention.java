package briefing.model.analysis;

import java.util.Objects;

/**
 * A newsmaker as one sentence mentions them: named, or described by their role alone.
 *
 * @param name the name as written ("Anna Lindqvist", "Lindqvist"), or null for an unnamed person
 *     ("a spokesperson for the National Security Council")
 * @param role the title or role the text gives them here ("Russian Deputy Foreign Minister"), or
 *     null where none is given
 * @param affiliation the country, nationality or organisation the text ties them to, or null
 * @param span where the name (or, for an unnamed person, the description) is written
 */
public record PersonMention(String name, String role, String affiliation, Span span) {
  public PersonMention {
    Objects.requireNonNull(span, "span");
    if ((name == null || name.isBlank()) && (role == null || role.isBlank())) {
      throw new IllegalArgumentException("a person mention has a name or a role");
    }
  }

  public boolean named() {
    return name != null && !name.isBlank();
  }
}
