package briefing.crossref.people;

import briefing.crossref.Spelling;
import briefing.model.analysis.PersonMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The people one article names, each with every mention that names them: a bare surname or
 * "Mr X" joins the full name it follows; two full names with different first names stay apart.
 */
final class LocalPeople {
  /** One named mention of a person in one article, at its place in reading order. */
  record Mention(String article, int order, PersonName name, PersonMention mention) {
    /** This mention without the role and affiliation, which the analysis may have copied from a namesake. */
    Mention withoutRole() {
      return new Mention(article, order, name, new PersonMention(mention.name(), null, null, mention.span()));
    }
  }

  private LocalPeople() {}

  /**
   * The people named in {@code mentions} (in reading order), skipping anyone whose plain name is
   * in {@code credits}; each person's mentions in reading order, people by first mention.
   */
  static List<List<Mention>> of(String article, List<PersonMention> mentions, Set<String> credits) {
    List<Mention> named = new ArrayList<>();
    for (PersonMention m : mentions) {
      PersonName name = m.named() ? PersonName.of(m.name()) : null;
      if (name != null && !credits.contains(Spelling.plain(name.form()))) {
        named.add(new Mention(article, named.size(), name, m));
      }
    }
    List<List<Mention>> people = new ArrayList<>();
    for (Mention m : named) {
      if (!m.name().bareSurname()) {
        people.stream().filter(p -> fullNames(p).anyMatch(n -> n.matches(m.name()))).findFirst()
            .orElseGet(() -> add(people)).add(m);
      }
    }
    for (Mention m : named) {
      if (m.name().bareSurname()) {
        List<Mention> person = owner(people, m);
        long namesakes =
            people.stream().filter(p -> fullNames(p).anyMatch(n -> n.sameSurname(m.name()))).count();
        (person != null ? person : add(people)).add(namesakes > 1 ? m.withoutRole() : m);
      }
    }
    people.forEach(p -> p.sort(java.util.Comparator.comparingInt(Mention::order)));
    people.sort(java.util.Comparator.comparingInt(p -> p.get(0).order()));
    return people;
  }

  /**
   * The person a bare surname refers to: the full name with that surname written last before it
   * (or first after it, where none comes before); else the person whose first name it is ("Mr Xi"
   * for "Xi Jinping"); else an earlier bare mention of the same surname; else null.
   */
  private static List<Mention> owner(List<List<Mention>> people, Mention bare) {
    List<Mention> best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (List<Mention> person : people) {
      for (Mention full : person) {
        if (!full.name().bareSurname() && full.name().sameSurname(bare.name())) {
          int distance = full.order() < bare.order() ? bare.order() - full.order()
              : Integer.MAX_VALUE / 2 + full.order(); // a following mention only as a fallback
          if (distance < bestDistance) {
            bestDistance = distance;
            best = person;
          }
        }
      }
    }
    if (best != null) {
      return best;
    }
    String word = bare.name().surnameKey();
    for (List<Mention> person : people) {
      if (fullNames(person).anyMatch(n -> Spelling.phonetic(n.given()).equals(word))) {
        return person;
      }
    }
    return people.stream()
        .filter(p -> p.stream().allMatch(m -> m.name().bareSurname())
            && p.get(0).name().sameSurname(bare.name()))
        .findFirst().orElse(null);
  }

  private static java.util.stream.Stream<PersonName> fullNames(List<Mention> person) {
    return person.stream().map(Mention::name).filter(n -> !n.bareSurname());
  }

  private static List<Mention> add(List<List<Mention>> people) {
    List<Mention> person = new ArrayList<>();
    people.add(person);
    return person;
  }
}
