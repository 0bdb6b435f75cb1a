package briefing.model;

import java.util.Objects;

/**
 * A person credited for a contribution to an article that is not its text, such as a photograph.
 *
 * @param name the person's name, or the agency's where no person is named
 * @param role what they did ("photo")
 * @param agency the agency they work for ("EPA-EFE"), or "" where none is given
 */
public record Credit(String name, String role, String agency) {
  public Credit {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(agency, "agency");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a credit names someone");
    }
  }
}
