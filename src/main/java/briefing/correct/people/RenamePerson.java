package briefing.correct.people;

import briefing.correct.BriefingCorrection;
import briefing.correct.Edit;
import briefing.correct.Entry;
import briefing.model.briefing.Person;
import java.util.List;
import java.util.Optional;

/**
 * {@code people: - rename: Ellen Harcourt, to: Ellen M. Harcourt}: the name to show. The person
 * takes the id of the new name (their page moves with it) and every link follows.
 */
public record RenamePerson(int line, String name, String to) implements BriefingCorrection {
  public static RenamePerson read(Entry entry) {
    return new RenamePerson(entry.line(), entry.subject(), entry.text("to"));
  }

  @Override
  public Optional<String> apply(Edit edit) {
    Optional<Person> found = edit.person(name);
    if (found.isEmpty()) {
      return Optional.of("no one person is named '" + name + "'");
    }
    Person p = found.get();
    if (p.name().equals(to)) {
      return Optional.of(p.id() + " is named '" + to + "' already");
    }
    List<String> others = edit.people.stream().map(Person::id).filter(id -> !id.equals(p.id())).toList();
    String id = Edit.freshId(to, others);
    edit.replace(edit.people, p, People.named(p, id, to));
    edit.movePerson(p.id(), id);
    edit.note("person", id, "Name set by the editor (the sources: " + p.name() + ").");
    return Optional.empty();
  }
}
