package briefing.model.briefing;

import briefing.model.Citation;
import java.util.List;
import java.util.Objects;

/**
 * One place across the articles.
 *
 * @param id a stable id for URLs
 * @param name the name to show
 * @param type the finer type where known ("COUNTRY", "LOCATION")
 * @param spellings each form and the sources that write it ("Mirov", "Miriv")
 * @param mentions every sentence that names it
 */
public record Place(String id, String name, String type, List<Attested> spellings,
    List<Citation> mentions) {
  public Place {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    spellings = List.copyOf(spellings);
    mentions = List.copyOf(mentions);
  }
}
