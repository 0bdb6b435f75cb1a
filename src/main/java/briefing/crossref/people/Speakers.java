package briefing.crossref.people;

import briefing.crossref.people.Newsmaker.Cited;
import briefing.model.Citation;
import briefing.model.Source;
import briefing.model.analysis.Quote;
import briefing.model.briefing.QuoteRef;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Who each quote's speaker, as written, is: a name resolved like any mention of the article, a
 * description matched to the person described so.
 */
public final class Speakers {
  private static final java.util.Set<String> PARTICLES =
      java.util.Set.of("von", "van", "der", "de", "da", "di", "al", "bin", "la", "le");

  private final List<Newsmaker> people;
  private final List<String> ids;
  private final Map<String, Map<String, String>> byMention;

  /**
   * @param people everyone, in the briefing's order
   * @param ids their ids, in the same order
   * @param byMention person id by article and name as written; resolved speakers are added
   */
  Speakers(List<Newsmaker> people, List<String> ids, Map<String, Map<String, String>> byMention) {
    this.people = people;
    this.ids = ids;
    this.byMention = byMention;
  }

  /** Each person's quotes, by id; every speaker resolved is added to {@code byMention}. */
  Map<String, List<QuoteRef>> quotes(List<Source> sources) {
    Map<String, List<QuoteRef>> quotes = new TreeMap<>();
    for (Source s : sources) {
      for (Quote q : s.analysis().quotes()) {
        if (!q.attributed()) {
          continue;
        }
        Optional<String> id = resolve(s.id(), q.speaker());
        id.ifPresent(i -> {
          byMention.computeIfAbsent(s.id(), a -> new TreeMap<>()).putIfAbsent(q.speaker(), i);
          quotes.computeIfAbsent(i, k -> new java.util.ArrayList<>()).add(new QuoteRef(q.text(),
              q.speaker(), q.partial(), new Citation(s.id(), q.sentences().get(0)), q.rule()));
        });
      }
    }
    return quotes;
  }

  private Optional<String> resolve(String article, String speaker) {
    Map<String, String> known = byMention.getOrDefault(article, Map.of());
    if (known.containsKey(speaker)) {
      return Optional.of(known.get(speaker));
    }
    PersonName name = looksLikeName(speaker) ? PersonName.of(speaker) : null;
    if (name != null) {
      if (known.containsKey(name.form())) {
        return Optional.of(known.get(name.form()));
      }
      java.util.function.Predicate<Cited> same =
          n -> n.form() != null && PersonName.of(n.form()) != null && PersonName.of(n.form()).matches(name);
      List<String> here = all(article, same);
      if (here.size() > 1 && name.bareSurname()) {
        return Optional.empty(); // "Hallor said" where Tom and Ann Hallor are named: not guessed
      }
      return here.isEmpty() ? first(null, true, same) : Optional.of(here.get(0));
    }
    String key = Descriptions.key(speaker);
    Optional<String> same = first(article, false, n -> Descriptions.key(n.written()).equals(key));
    if (same.isEmpty()) {
      same = first(null, false, n -> Descriptions.key(n.written()).equals(key));
    }
    if (same.isEmpty()) { // "the spokesperson" after "a State Department spokesperson"
      List<String> words = List.of(key.split(" "));
      same = first(article, false, n -> List.of(Descriptions.key(n.written()).split(" ")).containsAll(words));
    }
    if (same.isEmpty()) { // "the top U.S. diplomat" for someone named with that role
      same = first(article, true, n -> n.role() != null && Descriptions.key(n.role()).equals(key));
    }
    return same;
  }

  /** Every named person with a mention in {@code article} that {@code test} accepts, in order. */
  private List<String> all(String article, java.util.function.Predicate<Cited> test) {
    List<String> found = new java.util.ArrayList<>();
    for (int i = 0; i < people.size(); i++) {
      Newsmaker n = people.get(i);
      if (n.named() && n.mentions().stream()
          .anyMatch(m -> m.citation().article().equals(article) && test.test(m))) {
        found.add(ids.get(i));
      }
    }
    return found;
  }

  /**
   * The first person, named or described as asked, with a mention in {@code article} (in any
   * article where null) that {@code test} accepts.
   */
  private Optional<String> first(String article, boolean named,
      java.util.function.Predicate<Cited> test) {
    for (int i = 0; i < people.size(); i++) {
      Newsmaker n = people.get(i);
      if (n.named() == named && n.mentions().stream()
          .anyMatch(m -> (article == null || m.citation().article().equals(article)) && test.test(m))) {
        return Optional.of(ids.get(i));
      }
    }
    return Optional.empty();
  }

  /** Whether {@code speaker} reads as a name: two to five words, each capitalised or a particle. */
  public static boolean looksLikeName(String speaker) {
    String[] words = speaker.strip().split("\\s+");
    if (words.length > 5) {
      return false;
    }
    for (String w : words) {
      if (!w.isEmpty() && !Character.isUpperCase(w.charAt(0)) && !PARTICLES.contains(w)) {
        return false;
      }
    }
    return true;
  }
}
