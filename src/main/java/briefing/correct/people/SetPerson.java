package briefing.correct.people;

import briefing.correct.BriefingCorrection;
import briefing.correct.Edit;
import briefing.correct.Entry;
import briefing.model.briefing.Attested;
import briefing.model.briefing.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code people: - person: Ellen Harcourt, role: Mayor of Alder Bay, affiliation: Alder Bay}:
 * the role shown first (the sources' roles stay listed after it) and the affiliation, where the
 * analysis read them wrong or not at all.
 */
public record SetPerson(int line, String name, String role, String affiliation) implements BriefingCorrection {
  public static SetPerson read(Entry entry) {
    String role = entry.optional("role").orElse(null);
    String affiliation = entry.optional("affiliation").orElse(null);
    if (role == null && affiliation == null) {
      entry.error("person", "people: person needs role: or affiliation:",
          "for example: role: Mayor of Alder Bay");
    }
    return new SetPerson(entry.line(), entry.subject(), role, affiliation);
  }

  @Override
  public Optional<String> apply(Edit edit) {
    Optional<Person> found = edit.person(name);
    if (found.isEmpty()) {
      return Optional.of("no one person is named '" + name + "'");
    }
    Person p = found.get();
    List<Attested> roles = new ArrayList<>(p.roles());
    if (role != null) {
      // The sources' own wording of the same role keeps its citations, and goes first.
      Attested same = roles.stream().filter(r -> r.value().equalsIgnoreCase(role)).findFirst()
          .orElse(new Attested(role, List.of()));
      roles.remove(same);
      roles.add(0, same);
      edit.note("person", p.id(), "Role set by the editor.");
    }
    if (affiliation != null) {
      edit.note("person", p.id(), "Affiliation set by the editor.");
    }
    edit.replace(edit.people, p, new Person(p.id(), p.name(), roles,
        affiliation != null ? affiliation : p.affiliation(), p.spellings(), p.mentions(), p.quotes()));
    return Optional.empty();
  }
}
