package briefing.crossref.people;

import briefing.crossref.Spelling;
import briefing.model.analysis.PersonMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The people one article names, each with every mention that names them: a bare surname or
 * "Mr X" joins the one person of that surname its title and sex fit; two full names with
 * different first or middle names stay apart.
 */
final class LocalPeople {
  /** One named mention of a person in one article, at its place in reading order. */
  record Mention(String article, int order, PersonName name, PersonMention mention) {}

  private LocalPeople() {}

  /**
   * The people named in {@code mentions} (in reading order), skipping anyone whose plain name is
   * in {@code credits}; each person's mentions in reading order, people by first mention. A bare
   * surname that two people of the article could both be is left out: see {@link #owner}.
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
        people.stream().filter(p -> fullNames(p).anyMatch(n -> n.matches(m.name()))
                && Cues.sameSex(p, m)).findFirst()
            .orElseGet(() -> add(people)).add(m);
      }
    }
    List<List<Mention>> fullNamed = List.copyOf(people);
    for (Mention m : named) {
      if (m.name().bareSurname()) {
        List<List<Mention>> candidates = owners(fullNamed, m);
        if (candidates.size() == 1) {
          candidates.get(0).add(m);
        } else if (candidates.isEmpty()) {
          people.stream()
              .filter(p -> p.stream().allMatch(x -> x.name().bareSurname())
                  && p.get(0).name().sameSurname(m.name()) && Cues.compatible(p, m))
              .findFirst().orElseGet(() -> add(people)).add(m);
        }
        // Two or more people fit ("Hallor" after Tom and Ann Hallor): not guessed.
      }
    }
    people.forEach(p -> p.sort(java.util.Comparator.comparingInt(Mention::order)));
    people.sort(java.util.Comparator.comparingInt(p -> p.get(0).order()));
    return people;
  }

  /**
   * The people a bare surname may refer to: those named in full with that surname whose title and
   * sex agree with the mention's ("Mr X" is not Mrs X; "President X" not a person who holds
   * another role), those named before it where any are; else the person whose first name it is
   * ("Mr Xi" for "Xi Jinping").
   */
  private static List<List<Mention>> owners(List<List<Mention>> people, Mention bare) {
    List<List<Mention>> before = new ArrayList<>();
    List<List<Mention>> after = new ArrayList<>();
    for (List<Mention> person : people) {
      boolean surname = fullNames(person).anyMatch(n -> n.sameSurname(bare.name()));
      if (surname && Cues.compatible(person, bare)) {
        boolean earlier = person.stream()
            .anyMatch(m -> !m.name().bareSurname() && m.order() < bare.order());
        (earlier ? before : after).add(person);
      }
    }
    if (!before.isEmpty()) {
      return before;
    }
    if (!after.isEmpty()) {
      return after.subList(0, 1); // a following full name only as a fallback: the first
    }
    String word = bare.name().surnameKey();
    for (List<Mention> person : people) {
      if (fullNames(person).anyMatch(n -> Spelling.phonetic(n.given()).equals(word))) {
        return List.of(person);
      }
    }
    return List.of();
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
