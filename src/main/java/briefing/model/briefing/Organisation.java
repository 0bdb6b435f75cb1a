package briefing.model.briefing;

import briefing.model.Citation;
import java.util.List;
import java.util.Objects;

/**
 * One organisation across the articles.
 *
 * @param id a stable id for URLs
 * @param name the name to show (the expansion where one is known)
 * @param acronym its acronym, or null
 * @param spellings each form and the sources that write it
 * @param mentions every sentence that names it
 */
public record Organisation(String id, String name, String acronym, List<Attested> spellings,
    List<Citation> mentions) {
  public Organisation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    spellings = List.copyOf(spellings);
    mentions = List.copyOf(mentions);
  }
}
