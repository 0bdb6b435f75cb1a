package briefing.model.briefing;

import java.util.List;
import java.util.Objects;

/**
 * How the sources spell one name that they do not all spell alike.
 *
 * @param kind "person", "organisation" or "place"
 * @param id the id of the person, organisation or place
 * @param name the name shown for it
 * @param spellings each spelling with the sources that use it
 */
public record Naming(String kind, String id, String name, List<Attested> spellings) {
  public Naming {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    spellings = List.copyOf(spellings);
  }
}
