package briefing.model.analysis;

import java.util.Objects;

/**
 * A newsmaker as one sentence mentions them: named, or described by their role alone.
 *
 * @param name the name as written ("Anna Lindqvist", "Lindqvist"), or null for an unnamed person
 *     ("a spokesperson for the National Security Council")
 * @param role the title or role the text gives them here ("Ruritanian Deputy Foreign Minister"), or
 *     null where none is given
 * @param affiliation the country, nationality or organisation the text ties them to, or null
 * @param span where the name (or, for an unnamed person, the description) is written
 * @param gender what the text says of their sex here ("Mrs", "spokeswoman", "she said"), or null
 *     where it says nothing
 */
public record PersonMention(String name, String role, String affiliation, Span span, Gender gender) {
  /** A sex the text gives someone by honorific, role word, first name or pronoun. */
  public enum Gender { MALE, FEMALE }

  public PersonMention {
    Objects.requireNonNull(span, "span");
    if ((name == null || name.isBlank()) && (role == null || role.isBlank())) {
      throw new IllegalArgumentException("a person mention has a name or a role");
    }
  }

  /** A mention whose text says nothing of the person's sex. */
  public PersonMention(String name, String role, String affiliation, Span span) {
    this(name, role, affiliation, span, null);
  }

  public boolean named() {
    return name != null && !name.isBlank();
  }
}
