package briefing.crossref.people;

import briefing.crossref.CastOfPeople;
import briefing.crossref.Ids;
import briefing.crossref.Spelling;
import briefing.crossref.people.LocalPeople.Mention;
import briefing.crossref.people.Newsmaker.Cited;
import briefing.model.Credit;
import briefing.model.Source;
import briefing.model.briefing.Person;
import briefing.model.briefing.QuoteRef;
import briefing.text.UniqueIds;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One person per real person across all articles. Within an article, a bare surname or "Mr X"
 * is the full name it follows; across articles, full names with the same surname and the same
 * first name (allowing for transliteration: "Arkady" / "Arkadi") are one person, and a bare
 * surname is the person who has it. People described by role alone ("a State Department
 * spokesperson") are people too, one per description. Writers and photographers are not.
 */
public final class PeopleMerger {
  private PeopleMerger() {}

  /** The people of {@code sources} (in id order), most cited first, and who each name is. */
  public static CastOfPeople merge(List<Source> sources) {
    Set<String> credits = credits(sources);
    List<List<Mention>> locals = new ArrayList<>();
    LocalPeople.Posts posts = LocalPeople.Posts.of(sources);
    for (Source s : sources) {
      locals.addAll(LocalPeople.of(s.id(), s.analysis(), credits, posts));
    }
    List<Newsmaker> named = new ArrayList<>();
    PersonGroups.join(locals, Quotations.of(sources), PersonGroups.surnamesBySentence(sources)).forEach(group -> named.add(Newsmaker.named(group)));
    List<Newsmaker> all = new ArrayList<>(Counterparts.resolve(named));
    all.addAll(Descriptions.of(sources));
    List<Newsmaker> found = Newsmaker.mostCitedFirst(
        Spokespeople.tied(Descriptions.foldIntoNamed(all, Descriptions.indefinite(sources),
            Descriptions.Beside.of(sources))));

    UniqueIds ids = Ids.forListedPages();
    List<String> idList = new ArrayList<>();
    Map<String, Map<String, String>> byMention = new TreeMap<>();
    for (Newsmaker n : found) {
      String id = ids.next(n.name());
      idList.add(id);
      for (Cited m : n.mentions()) {
        byMention.computeIfAbsent(m.citation().article(), a -> new TreeMap<>()).putIfAbsent(m.written(), id);
      }
    }
    // A name as written comes before another's plain form: "Jesse Jackson", the father, is not
    // the form of "Jesse Jackson Jr." in an article that names both.
    for (int i = 0; i < found.size(); i++) {
      for (Cited m : found.get(i).mentions()) {
        if (m.form() != null) {
          byMention.get(m.citation().article()).putIfAbsent(m.form(), idList.get(i));
        }
      }
    }
    Map<String, List<QuoteRef>> quotes = new Speakers(found, idList, byMention).quotes(sources);
    List<Person> people = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      people.add(found.get(i).person(idList.get(i), quotes.getOrDefault(idList.get(i), List.of())));
    }
    Map<String, Map<String, String>> frozen = new TreeMap<>();
    byMention.forEach((article, names) -> frozen.put(article, Map.copyOf(names)));
    return new CastOfPeople(people, frozen);
  }

  /** The plain names of every source's writers and photographers. */
  private static Set<String> credits(List<Source> sources) {
    Set<String> names = new TreeSet<>();
    for (Source s : sources) {
      s.analysis().credits().stream().map(Credit::name).forEach(n -> names.add(Spelling.plain(n)));
      s.article().credits().stream().map(Credit::name).forEach(n -> names.add(Spelling.plain(n)));
      var authors = s.article().metadata().authors();
      if (authors != null && authors.value() != null) {
        authors.value().forEach(n -> names.add(Spelling.plain(n)));
      }
    }
    return names;
  }
}
