package briefing.correct.people;

import briefing.correct.BriefingCorrection;
import briefing.correct.Edit;
import briefing.correct.Entry;
import briefing.model.briefing.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code people: - merge: [Arkady Volkonin, Arkadi Volkonin]}: two or more people the analysis
 * kept apart are one. The first keeps its id and name and takes the others' roles, spellings,
 * mentions and quotes; every link to the others leads to it.
 */
public record MergePeople(int line, List<String> names) implements BriefingCorrection {
  public static MergePeople read(Entry entry) {
    return new MergePeople(entry.line(), entry.texts("merge", 2));
  }

  @Override
  public Optional<String> apply(Edit edit) {
    List<Person> found = new ArrayList<>();
    for (String name : names) {
      Optional<Person> p = edit.person(name);
      if (p.isEmpty()) {
        return Optional.of("no one person is named '" + name + "'");
      }
      if (!found.contains(p.get())) {
        found.add(p.get());
      }
    }
    if (found.size() < 2) {
      return Optional.of("'" + String.join("' and '", names) + "' are one person already");
    }
    Person into = found.get(0);
    Person merged = into;
    for (Person other : found.subList(1, found.size())) {
      merged = new Person(into.id(), into.name(),
          People.joined(merged.roles(), other.roles()),
          merged.affiliation() != null ? merged.affiliation() : other.affiliation(),
          People.joined(merged.spellings(), other.spellings()),
          People.sorted(People.concat(merged.mentions(), other.mentions())),
          People.quotes(People.concat(merged.quotes(), other.quotes())));
      edit.people.remove(other);
      edit.movePerson(other.id(), into.id());
    }
    edit.replace(edit.people, into, merged);
    List<String> shown = found.stream().map(Person::name).distinct().toList();
    edit.note("person", into.id(), shown.size() > 1
        ? "Merged by the editor: the sources' " + String.join(", ", shown) + " are one person."
        : "Merged by the editor.");
    return Optional.empty();
  }
}
