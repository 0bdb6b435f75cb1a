package briefing.correct.people;

import briefing.correct.BriefingCorrection;
import briefing.correct.Edit;
import briefing.correct.Entry;
import briefing.model.Citation;
import briefing.model.briefing.Attested;
import briefing.model.briefing.Event;
import briefing.model.briefing.MentionLink;
import briefing.model.briefing.Person;
import briefing.model.briefing.QuoteComparison;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code people: - split: Tom Lee, article: coast-radio} (or {@code spelling: T. Lee}): the
 * mentions of one article, or of one form of the name, are someone else. They move to a new
 * person, named {@code name:} or by the form those mentions use most, with the roles, spellings,
 * quotes and linked words of those sentences.
 */
public record SplitPerson(int line, String name, String article, String spelling, String newName)
    implements BriefingCorrection {
  public static SplitPerson read(Entry entry) {
    String article = entry.optional("article").orElse(null);
    String spelling = entry.optional("spelling").orElse(null);
    if ((article == null) == (spelling == null)) {
      entry.error("split", "people: split needs either article: or spelling:",
          "article: takes an article's id (its page is articles/ID.html); spelling: a form of the name");
    }
    return new SplitPerson(entry.line(), entry.subject(), article, spelling,
        entry.optional("name").orElse(null));
  }

  @Override
  public Optional<String> apply(Edit edit) {
    Optional<Person> found = edit.person(name);
    if (found.isEmpty()) {
      return Optional.of("no one person is named '" + name + "'");
    }
    Person p = found.get();
    Set<Citation> moved = Set.copyOf(p.mentions().stream().filter(moves(p)).toList());
    String what = article != null ? edit.outlet(article) : "the spelling '" + spelling + "'";
    if (moved.isEmpty()) {
      return Optional.of(p.name() + " has no mention in " + what);
    }
    if (moved.size() == p.mentions().size()) {
      return Optional.of("every mention of " + p.name() + " is in " + what + "; nothing is left to split off");
    }
    Predicate<Citation> there = c -> c != null && moved.contains(c);
    Predicate<Citation> here = c -> c == null || !moved.contains(c);
    List<Attested> spellings = People.only(p.spellings(), there);
    String shown = newName != null ? newName
        : spellings.stream().max(Comparator.comparingInt((Attested a) -> a.citations().size()))
            .map(Attested::value).orElse(p.name());
    String id = Edit.freshId(shown, edit.people.stream().map(Person::id).toList());
    List<Attested> roles = People.only(p.roles(), there);
    Person split = new Person(id, shown, roles, roles.isEmpty() ? null : p.affiliation(), spellings,
        p.mentions().stream().filter(there).toList(),
        p.quotes().stream().filter(q -> there.test(q.citation())).toList());
    Person kept = new Person(p.id(), p.name(), People.only(p.roles(), here), p.affiliation(),
        People.only(p.spellings(), here), p.mentions().stream().filter(here).toList(),
        p.quotes().stream().filter(q -> here.test(q.citation())).toList());
    edit.replace(edit.people, p, kept);
    edit.people.add(edit.people.indexOf(kept) + 1, split);
    edit.moveLinks(MentionLink.Kind.PERSON, p.id(), id, there);
    edit.events.replaceAll(e -> regrouped(e, p.id(), id, moved, kept.mentions()));
    edit.quotes.replaceAll(q -> p.id().equals(q.speaker())
        && q.versions().stream().allMatch(v -> there.test(v.quote().citation()))
        ? new QuoteComparison(id, q.versions(), q.creditsDiffer()) : q);
    edit.note("person", p.id(), "Split by the editor: " + shown + " in " + what + " is someone else.");
    edit.note("person", id, "Split by the editor from " + p.name() + ".");
    return Optional.empty();
  }

  private Predicate<Citation> moves(Person p) {
    if (article != null) {
      return c -> c.article().equals(article);
    }
    List<Citation> written = p.spellings().stream()
        .filter(s -> Edit.plain(s.value()).equals(Edit.plain(spelling)))
        .flatMap(s -> s.citations().stream()).toList();
    return written::contains;
  }

  /** The event with the new person where it cites their sentences, without the old where it no longer does. */
  private static Event regrouped(Event e, String from, String to, Set<Citation> moved, List<Citation> left) {
    if (!e.people().contains(from) || e.citations().stream().noneMatch(moved::contains)) {
      return e;
    }
    List<String> who = new ArrayList<>(e.people());
    if (e.citations().stream().noneMatch(left::contains)) {
      who.set(who.indexOf(from), to);
    } else {
      who.add(who.indexOf(from) + 1, to);
    }
    return e.withPeople(who.stream().distinct().toList(), e.announcedBy());
  }
}
