package briefing.correct.people;

import briefing.correct.BriefingCorrection;
import briefing.correct.Edit;
import briefing.correct.Entry;
import briefing.model.briefing.Person;
import java.util.Optional;

/**
 * {@code people: - hide: Jane Doe}: someone the analysis took for a newsmaker who is not (a
 * name in a caption, a street named after someone). Their page, links and credits go; quotes
 * credited to them are shown unattributed.
 */
public record HidePerson(int line, String name) implements BriefingCorrection {
  public static HidePerson read(Entry entry) {
    return new HidePerson(entry.line(), entry.subject());
  }

  @Override
  public Optional<String> apply(Edit edit) {
    Optional<Person> p = edit.person(name);
    if (p.isEmpty()) {
      return Optional.of("no one person is named '" + name + "'");
    }
    edit.people.remove(p.get());
    edit.movePerson(p.get().id(), null);
    edit.note("person", p.get().id(), "Hidden by the editor: " + p.get().name() + ".");
    return Optional.empty();
  }
}
