package briefing.crossref;

import briefing.model.briefing.Person;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The people of the story, and which person each name in each article refers to.
 *
 * @param people every newsmaker, merged across articles
 * @param byMention person id by article id and the name as that article writes it
 */
public record CastOfPeople(List<Person> people, Map<String, Map<String, String>> byMention) {
  public CastOfPeople {
    people = List.copyOf(people);
    byMention = Map.copyOf(byMention);
  }

  /** The id of the person {@code name} refers to in {@code article}. */
  public Optional<String> idOf(String article, String name) {
    if (name == null) {
      return Optional.empty();
    }
    Map<String, String> names = byMention.get(article);
    return names == null ? Optional.empty() : Optional.ofNullable(names.get(name));
  }
}
